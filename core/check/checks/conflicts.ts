/**
 * conflict: pairs of packages the catalog records as breaking each other. Conflicts limited
 * to some versions are the resolver's business (it avoids them, and names them when it
 * cannot); this check reports those no choice of versions avoids.
 */
import type { CatalogPackage } from '../../catalog/catalog';
import { fits } from '../../resolve/catalog-index';
import { isTotalConflict } from '../../resolve/problem';
import type { Check, CheckContext } from './context';

/** Whether the conflict applies to what is on the canvas (its resolved version, if any). */
function applies(ctx: CheckContext, pkg: CatalogPackage, range: string): boolean {
  if (!range) return true;
  const version = ctx.resolution.packages[pkg.name];
  return version !== undefined && fits(version, range);
}

export const conflicts: Check = (ctx, problems) => {
  const reported = new Set<string>();
  for (const [name, nodes] of ctx.nodesOf) {
    const pkg = ctx.index.packages.get(name)!.pkg;
    for (const conflict of pkg.conflicts) {
      const other = ctx.index.packages.get(conflict.package)?.pkg;
      const otherNodes = ctx.nodesOf.get(conflict.package);
      if (!other || !otherNodes || other.name === name) continue;
      // Version-limited conflicts between two Python packages are constraints of the resolver.
      const bothPython = pkg.kind === 'python' && other.kind === 'python';
      if (bothPython && !isTotalConflict(conflict)) continue;
      if (!bothPython && !(applies(ctx, pkg, conflict.versions) && applies(ctx, other, conflict.otherVersions)))
        continue;
      const pair = [name, other.name].sort();
      const key = `conflict:${pair.join(':')}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const involved = [...nodes, ...otherNodes];
      // Remove the one added last: usually the package that brought the conflict in.
      const last = ctx.diagram.nodes.filter((node) => involved.includes(node)).at(-1)!;
      const lastName = ctx.packageOf.get(last.id)!.pkg.name;
      const removals = [lastName, lastName === name ? other.name : name].map((remove) => ({
        label: `Remove ${remove}`,
        actions: (ctx.nodesOf.get(remove) ?? []).map((node) => ({ kind: 'remove-node' as const, node: node.id })),
      }));
      problems.push({
        key,
        severity: 'error',
        code: 'conflict',
        message: `${name} and ${other.name} conflict: ${conflict.reason.trim().replace(/([^.])$/, '$1.')}`,
        packages: [name, other.name],
        nodes: involved.map((node) => node.id),
        edges: [],
        fix: removals[0]!,
        alternatives: removals.slice(1),
      });
    }
  }
};
