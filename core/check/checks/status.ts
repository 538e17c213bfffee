/**
 * deprecated / unmaintained: a warning naming the successor, with a one-click replace that
 * keeps the node's connections where the successor carries the same roles.
 */
import type { Fix } from '../types';
import { listText, type Check } from './context';
import { supportsTarget } from './target';

export const packageStatus: Check = (ctx, problems) => {
  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id)?.pkg;
    if (!pkg || pkg.status.state === 'maintained') continue;
    const code = pkg.status.state;
    // Successors that support the target come first: replacing into an unsupported package helps nobody.
    const known = pkg.status.successors.filter((name) => ctx.index.packages.has(name));
    const fitting = known.filter((name) => supportsTarget(ctx, ctx.index.packages.get(name)!, ctx.diagram.target));
    const successors = [...fitting, ...known.filter((name) => !fitting.includes(name))];
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
