/**
 * Wiring checks: bad-edge (an edge the ports cannot carry, usually from a hand-edited file),
 * unfilled-role (a required input left empty while a provider is on the canvas) and
 * duplicate-role (an input that takes one provider wired twice).
 */
import type { DiagramEdge } from '../../diagram/model';
import type { Fix, Problem } from '../types';
import { listText, roleLabel, withArticle, type Check, type CheckContext } from './context';

/** Why an edge is not valid, or null when it is. Edges touching unknown packages are not judged. */
export function edgeFault(ctx: CheckContext, edge: DiagramEdge, seen: Set<string>): string | null {
  const source = ctx.nodeById.get(edge.source);
  const target = ctx.nodeById.get(edge.target);
  if (!source || !target) return `The connection ${edge.id} points to a node that is not on the canvas.`;
  if (edge.source === edge.target) return `The connection ${edge.id} wires ${source.package} to itself.`;
  const from = ctx.packageOf.get(source.id);
  const to = ctx.packageOf.get(target.id);
  if (!from || !to) return null;
  const output = from.outputs.get(edge.sourcePort);
  const input = to.inputs.get(edge.targetPort);
  if (!output)
    return `${from.pkg.name} has no "${edge.sourcePort}" output, but a connection to ${to.pkg.name} starts there.`;
  if (!input)
    return `${to.pkg.name} has no "${edge.targetPort}" input, but a connection from ${from.pkg.name} ends there.`;
  if (output.role !== input.role) {
    return `${from.pkg.name} provides ${roleLabel(ctx, output.role)}, but the connection ends at ${to.pkg.name}'s ${roleLabel(ctx, input.role)} input: only ports of the same role connect.`;
  }
  if (edge.role !== output.role)
    return `The connection from ${from.pkg.name} to ${to.pkg.name} says role "${edge.role}", but its ports carry "${output.role}".`;
  const ends = `${edge.source}\u0000${edge.sourcePort}\u0000${edge.target}\u0000${edge.targetPort}`;
  if (seen.has(ends)) return `${from.pkg.name} is connected to ${to.pkg.name} twice by the same ports.`;
  seen.add(ends);
  return null;
}

/** Ids of the edges `badEdges` found, so that other checks ignore them. */
export function badEdgeIds(ctx: CheckContext): Map<string, string> {
  const faults = new Map<string, string>();
  const seen = new Set<string>();
  for (const edge of ctx.diagram.edges) {
    const fault = edgeFault(ctx, edge, seen);
    if (fault) faults.set(edge.id, fault);
  }
  return faults;
}

function reportBadEdges(ctx: CheckContext, bad: Map<string, string>, problems: Problem[]): void {
  for (const [id, message] of bad) {
    const edge = ctx.edgeById.get(id)!;
    const nodes = [edge.source, edge.target].filter((node) => ctx.nodeById.has(node));
    problems.push({
      key: `bad-edge:${id}`,
      severity: 'error',
      code: 'bad-edge',
      message,
      packages: [...new Set(nodes.map((node) => ctx.nodeById.get(node)!.package))],
      nodes,
      edges: [id],
      fix: { label: 'Remove this connection', actions: [{ kind: 'remove-edge', edge: id }] },
    });
  }
}

function validEdgesInto(ctx: CheckContext, bad: Map<string, string>, node: string, port: string): DiagramEdge[] {
  const edges = ctx.edgesInto.get(`${node}\u0000${port}`) ?? [];
  return bad.size === 0 ? edges : edges.filter((edge) => !bad.has(edge.id));
}

export const wiringChecks: Check = (ctx, problems) => {
  const bad = badEdgeIds(ctx);
  reportBadEdges(ctx, bad, problems);
  for (const node of ctx.diagram.nodes) {
    const pkg = ctx.packageOf.get(node.id);
    if (!pkg) continue;
    for (const [role, input] of pkg.inputs) {
      const wired = validEdgesInto(ctx, bad, node.id, role);
      if (!(input.required && wired.length === 0) && !(!input.multiple && wired.length > 1)) continue;
      const label = roleLabel(ctx, role, input.label);
      if (input.required && wired.length === 0) {
        const providers = ctx.providersOnCanvas(role).filter((other) => other.id !== node.id);
        if (providers.length === 0) continue; // missing-requirement: nothing to wire
        const fixes: Fix[] = providers.slice(0, 4).map((provider) => ({
          label: `Connect ${provider.package}${providers.filter((p) => p.package === provider.package).length > 1 ? ` (${provider.id})` : ''}`,
          actions: [{ kind: 'add-edge', source: provider.id, sourcePort: role, target: node.id, targetPort: role }],
        }));
        problems.push({
          key: `unfilled-role:${node.id}:${role}`,
          severity: 'error',
          code: 'unfilled-role',
          message: `${pkg.pkg.name} needs ${withArticle(label)}, but its ${label} input is not connected: connect ${listText([...new Set(providers.map((p) => p.package))]).replace(/ and ([^ ]+)$/, ' or $1')}.`,
          packages: [pkg.pkg.name],
          nodes: [node.id, ...providers.map((p) => p.id)],
          edges: [],
          fix: fixes[0]!,
          alternatives: fixes.slice(1),
        });
      }
      if (!input.multiple && wired.length > 1) {
        const sources = wired.map((edge) => ctx.nodeById.get(edge.source)!);
        // One "keep only" fix for each of the first few sources: a port wired 50 times needs no 50 buttons.
        const fixes: Fix[] = sources.slice(0, 4).map((keep, i) => ({
          label: `Keep only ${keep.package}${sources.filter((s) => s.package === keep.package).length > 1 ? ` (${keep.id})` : ''}`,
          actions: wired.filter((_, j) => j !== i).map((edge) => ({ kind: 'remove-edge' as const, edge: edge.id })),
        }));
        problems.push({
          key: `duplicate-role:${node.id}:${role}`,
          severity: 'error',
          code: 'duplicate-role',
          message: `${pkg.pkg.name} takes one ${label}, but ${wired.length} are connected: ${listText(sources.map((s) => s.package))}.`,
          packages: [pkg.pkg.name, ...new Set(sources.map((s) => ctx.packageOf.get(s.id)?.pkg.name ?? s.package))],
          nodes: [node.id, ...sources.map((s) => s.id)],
          edges: wired.map((edge) => edge.id),
          fix: fixes[0]!,
          alternatives: fixes.slice(1),
        });
      }
    }
  }
};
