/**
 * duplicate-package: one package on the canvas more than once (two redis-py nodes, sixteen
 * Django nodes). Requirements and settings are written once per package, so the copies only
 * split the wiring; the fix merges them into the first and keeps their wires.
 */
import type { Check } from './context';

export const duplicatePackages: Check = (ctx, problems) => {
  for (const [name, nodes] of ctx.nodesOf) {
    if (nodes.length < 2) continue;
    const [first, ...copies] = nodes;
    const title = ctx.packageOf.get(first!.id)?.pkg.title ?? name;
    problems.push({
      key: `duplicate-package:${name}`,
      severity: 'warning',
      code: 'duplicate-package',
      message: `${title} is on the canvas ${nodes.length} times; a project installs and configures it once, so the copies only split its wiring.`,
      packages: [name],
      nodes: nodes.map((node) => node.id),
      edges: [],
      fix: {
        label: `Merge the ${nodes.length} ${title} nodes into one`,
        actions: [{ kind: 'merge-nodes', into: first!.id, nodes: copies.map((node) => node.id) }],
      },
    });
  }
};
