/** unknown-package: a node whose package the catalog does not know is kept, but not checked. */
import type { Check } from './context';

export const unknownPackages: Check = (ctx, problems) => {
  for (const node of ctx.diagram.nodes) {
    if (ctx.packageOf.has(node.id)) continue;
    problems.push({
      key: `unknown-package:${node.id}`,
      severity: 'warning',
      code: 'unknown-package',
      message: `${node.package} is not in the catalog: it is kept as written, but not checked.`,
      packages: [node.package],
      nodes: [node.id],
      edges: [],
      fix: null,
    });
  }
};
