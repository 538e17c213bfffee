/**
 * wrong-host: a plugin whose settings are written only when it is wired into its host (a DRF
 * auth class into DRF's Auth input) while that host is on the canvas but the plugin is wired
 * elsewhere or nowhere. Without this check the panel says "No problems" while the export
 * leaves the plugin unconfigured.
 */
import { hostsOf } from '../../diagram/hosts';
import type { DiagramNode } from '../../diagram/model';
import type { Fix, FixAction } from '../types';
import { roleLabel, type Check, type CheckContext } from './context';

function titleOf(ctx: CheckContext, node: DiagramNode): string {
  return ctx.packageOf.get(node.id)?.pkg.title ?? node.package;
}

/** The fix: wire the plugin into the host's input and drop its wires of that role elsewhere. */
function moveWireFix(ctx: CheckContext, plugin: DiagramNode, role: string, host: DiagramNode, taken: string[]): Fix {
  const actions: FixAction[] = (ctx.edgesOutOf.get(`${plugin.id}\u0000${role}`) ?? []).map((edge) => ({
    kind: 'remove-edge' as const,
    edge: edge.id,
  }));
  // An input that takes one provider gives up its current one, or the new wire would be refused.
  for (const edge of taken) actions.push({ kind: 'remove-edge', edge });
  actions.push({ kind: 'add-edge', source: plugin.id, sourcePort: role, target: host.id, targetPort: role });
  const label = `Wire ${titleOf(ctx, plugin)} into ${titleOf(ctx, host)}`;
  return { label: taken.length > 0 ? `${label} instead` : label, actions };
}

/** Edges that fill the host's `role` input when it takes one provider only. */
function singleInputTaken(ctx: CheckContext, host: DiagramNode, role: string): string[] {
  const input = ctx.packageOf.get(host.id)?.inputs.get(role);
  if (!input || input.multiple) return [];
  return (ctx.edgesInto.get(`${host.id}\u0000${role}`) ?? []).map((edge) => edge.id);
}

export const wrongHost: Check = (ctx, problems) => {
  for (const plugin of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(plugin.id);
    if (!pkg) continue;
    for (const role of pkg.outputs.keys()) {
      const hosts = hostsOf(ctx.catalog, pkg.pkg.name, role).flatMap((name) => ctx.nodesOf.get(name) ?? []);
      if (hosts.length === 0) continue;
      const wired = ctx.edgesOutOf.get(`${plugin.id}\u0000${role}`) ?? [];
      const hostIds = new Set(hosts.map((host) => host.id));
      if (wired.some((edge) => hostIds.has(edge.target))) continue;
      const host = hosts[0]!;
      const label = roleLabel(ctx, role);
      const elsewhere = wired.map((edge) => ctx.nodeById.get(edge.target)).filter((n): n is DiagramNode => !!n);
      const where =
        elsewhere.length > 0
          ? `is wired into ${elsewhere.map((n) => `${titleOf(ctx, n)}'s`).join(' and ')} ${label} input`
          : `is not wired`;
      const taken = singleInputTaken(ctx, host, role);
      const move = moveWireFix(ctx, plugin, role, host, taken);
      // The host's one slot is filled by another plugin: the plugin is spare, removing it is the plain fix.
      const remove: Fix = {
        label: `Remove ${titleOf(ctx, plugin)}`,
        actions: [{ kind: 'remove-node', node: plugin.id }],
      };
      const full = taken.length > 0 ? ` ${titleOf(ctx, host)} takes one ${label}, and it is connected already.` : '';
      problems.push({
        key: `wrong-host:${plugin.id}:${role}`,
        severity: 'warning',
        code: 'wrong-host',
        message: `${pkg.pkg.title} ${where}, but its settings are written only when it is wired into ${titleOf(ctx, host)}'s ${label} input: until then the export leaves it unconfigured.${full}`,
        packages: [pkg.pkg.name, ctx.packageOf.get(host.id)?.pkg.name ?? host.package],
        nodes: [plugin.id, host.id, ...elsewhere.map((n) => n.id)],
        edges: wired.map((edge) => edge.id),
        fix: taken.length > 0 ? remove : move,
        alternatives: taken.length > 0 ? [move] : [],
      });
    }
  }
};
