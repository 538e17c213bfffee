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

/**
 * unknown-option: an option key the catalog does not declare for the package. It stays in the
 * diagram for the round trip, but no export reads it (a shared diagram cannot set a setting the
 * inspector does not show), so the user is told it does nothing.
 */
export const unknownOptions: Check = (ctx, problems) => {
  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id)?.pkg;
    if (!pkg || !node.options) continue;
    const declared = new Set(pkg.options.map((option) => option.key));
    const unknown = Object.keys(node.options).filter((key) => !declared.has(key));
    if (unknown.length === 0) continue;
    const shown = unknown.map((key) => JSON.stringify(key.slice(0, 60))).join(', ');
    problems.push({
      key: `unknown-option:${node.id}`,
      severity: 'warning',
      code: 'unknown-option',
      message: `${pkg.name} has ${unknown.length === 1 ? 'an option' : 'options'} the catalog does not declare (${shown}): kept in the file, not exported.`,
      packages: [pkg.name],
      nodes: [node.id],
      edges: [],
      fix: null,
    });
  }
};
