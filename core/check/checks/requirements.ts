/**
 * missing-requirement: a package hard-requires a wiring partner that is not on the canvas (knox
 * needs DRF), or a required input has no provider anywhere on the canvas (celery without a
 * broker). The fix adds the package and wires it. Install-only requirements (redis-py for
 * django-redis) are not problems: the resolver pins them as implicit packages.
 */
import { applicableDependencies, requirementText } from '../../resolve/dependencies';
import { fitsTarget } from '../../resolve/problem';
import type { Fix } from '../types';
import { listText, resolvedRelease, roleLabel, withArticle, type Check, type CheckContext } from './context';
import { wiresForNewNode } from './wiring';

/** Packages every candidate release of the node's package requires. */
function requiredBy(ctx: CheckContext, nodeId: string): Map<string, string> {
  const pkg = ctx.packageOf.get(nodeId)!;
  const resolved = resolvedRelease(ctx, pkg);
  const candidates = resolved
    ? [resolved]
    : pkg.releases.filter((r) => fitsTarget(ctx.index, pkg, r, ctx.diagram.target));
  const pool = candidates.length ? candidates : pkg.releases.slice(0, 1);
  const names = new Map<string, string>();
  const python = ctx.diagram.target.python;
  for (const [name, entries] of applicableDependencies(pool[0]!, python)) {
    if (pool.every((release) => applicableDependencies(release, python).has(name)))
      names.set(name, requirementText('', entries));
  }
  return names;
}

function addFix(ctx: CheckContext, name: string, anchors: string[]): Fix {
  return {
    label: `Add ${name} and wire it`,
    actions: [{ kind: 'add-package', package: name, near: anchors[0], wire: wiresForNewNode(ctx, name, anchors) }],
  };
}

export const missingRequirement: Check = (ctx, problems) => {
  const missing = new Map<string, { nodes: string[]; packages: string[]; specs: string[] }>();
  const requirements = new Map<string, Map<string, string>>();
  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id);
    if (!pkg || pkg.pkg.kind !== 'python') continue;
    // Every node of a package resolves to the same release: work its requirements out once.
    let required = requirements.get(pkg.pkg.name);
    if (!required) {
      required = requiredBy(ctx, node.id);
      requirements.set(pkg.pkg.name, required);
    }
    for (const [name, spec] of required) {
      if (ctx.nodesOf.has(name) || !ctx.index.packages.has(name) || pkg.installOnly.has(name)) continue;
      const entry = missing.get(name) ?? { nodes: [], packages: [], specs: [] };
      entry.nodes.push(node.id);
      if (!entry.packages.includes(pkg.pkg.name)) entry.packages.push(pkg.pkg.name);
      if (spec && !entry.specs.includes(spec)) entry.specs.push(spec);
      missing.set(name, entry);
    }
  }
  for (const [name, entry] of missing) {
    const spec = entry.specs.length ? ` (${entry.specs.join(', ')})` : '';
    const verb = entry.packages.length > 1 ? 'require' : 'requires';
    problems.push({
      key: `missing-requirement:${name}`,
      severity: 'error',
      code: 'missing-requirement',
      message: `${listText(entry.packages)} ${verb} ${name}${spec}, which is not on the canvas.`,
      packages: [name, ...entry.packages],
      nodes: entry.nodes,
      edges: [],
      fix: addFix(ctx, name, entry.nodes),
    });
  }

  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id);
    if (!pkg) continue;
    for (const [role, input] of pkg.inputs) {
      if (!input.required || ctx.edgesInto.get(`${node.id}\u0000${role}`)?.length) continue;
      const provided = ctx.providersOnCanvas(role).some((other) => other.id !== node.id);
      if (provided) continue;
      // A missing partner that provides this role is already reported, with the fix that wires it.
      const partner = [...(requirements.get(pkg.pkg.name)?.keys() ?? [])].some(
        (name) => missing.has(name) && ctx.index.packages.get(name)!.outputs.has(role),
      );
      if (partner) continue;
      const options = [...input.suggest, ...(ctx.index.providers.get(role) ?? []).map((p) => p.name)].filter(
        (name, i, all) => all.indexOf(name) === i && ctx.index.packages.has(name) && name !== pkg.pkg.name,
      );
      const fixes = options.slice(0, 3).map((name) => addFix(ctx, name, [node.id]));
      const label = roleLabel(ctx, role, input.label);
      const offer = options.length
        ? ` Add one, for example ${listText(options.slice(0, 3)).replace(/ and /, ' or ')}.`
        : '';
      problems.push({
        key: `missing-requirement:${node.id}:${role}`,
        severity: 'error',
        code: 'missing-requirement',
        message: `${pkg.pkg.name} needs ${withArticle(label)} and nothing on the canvas provides one.${offer}`,
        packages: [pkg.pkg.name],
        nodes: [node.id],
        edges: [],
        fix: fixes[0] ?? null,
        alternatives: fixes.slice(1),
      });
    }
  }
};
