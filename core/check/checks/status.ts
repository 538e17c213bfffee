/**
 * deprecated / unmaintained: a warning naming the successor, with a one-click replace that
 * keeps the node's connections where the successor carries the same roles.
 */
import type { Fix } from '../types';
import { listText, type Check } from './context';

export const packageStatus: Check = (ctx, problems) => {
  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id)?.pkg;
    if (!pkg || pkg.status.state === 'maintained') continue;
    const code = pkg.status.state;
    const successors = pkg.status.successors.filter((name) => ctx.index.packages.has(name));
    const note = pkg.status.note ? ` ${pkg.status.note.trim().replace(/([^.])$/, '$1.')}` : '';
    const advice = successors.length
      ? ` Replace it with ${listText(successors).replace(/ and ([^ ]+)$/, ' or $1')}.`
      : '';
    const fixes: Fix[] = successors.map((successor) => ({
      label: `Replace with ${successor}`,
      actions: [{ kind: 'replace-package', node: node.id, package: successor }],
    }));
    problems.push({
      key: `${code}:${node.id}`,
      severity: 'warning',
      code,
      message: `${pkg.name} is ${code}.${note}${advice}`,
      packages: [pkg.name, ...successors],
      nodes: [node.id],
      edges: [],
      fix: fixes[0] ?? null,
      alternatives: fixes.slice(1),
    });
  }
};
