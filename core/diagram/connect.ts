/**
 * Whether a new edge may be drawn. Every new connection, from the canvas, auto-wire or a fix,
 * passes through `checkConnection`, so the rules and their reasons live in one place.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from './model';
import { portsOf } from './ports';

export interface ConnectionRequest {
  source: string;
  sourcePort: string;
  target: string;
  targetPort: string;
}

export type ConnectionVerdict = { ok: true; role: string } | { ok: false; reason: string };

/** Decides whether `request` may become an edge of `diagram`, and why not. */
export function checkConnection(diagram: Diagram, catalog: Catalog, request: ConnectionRequest): ConnectionVerdict {
  if (request.source === request.target) return { ok: false, reason: 'A package cannot be wired to itself.' };
  const sourceNode = diagram.nodes.find((node) => node.id === request.source);
  const targetNode = diagram.nodes.find((node) => node.id === request.target);
  if (!sourceNode || !targetNode)
    return { ok: false, reason: 'Both ends of a connection must be packages on the canvas.' };
  const sourcePkg = catalog.get(sourceNode.package);
  const targetPkg = catalog.get(targetNode.package);
  if (!sourcePkg || !targetPkg) return { ok: false, reason: 'Unknown packages have no ports to connect.' };

  const output = portsOf(sourcePkg, catalog).outputs.find((port) => port.id === request.sourcePort);
  const input = portsOf(targetPkg, catalog).inputs.find((port) => port.id === request.targetPort);
  if (!output) return { ok: false, reason: `${sourcePkg.name} has no "${request.sourcePort}" output.` };
  if (!input) return { ok: false, reason: `${targetPkg.name} has no "${request.targetPort}" input.` };
  if (output.role !== input.role) {
    return {
      ok: false,
      reason: `${sourcePkg.name} provides ${output.label}, but this input of ${targetPkg.name} takes ${input.label}: only ports of the same role connect.`,
    };
  }
  const existing = diagram.edges.filter(
    (edge) => edge.target === request.target && edge.targetPort === request.targetPort,
  );
  if (existing.some((edge) => edge.source === request.source && edge.sourcePort === request.sourcePort)) {
    return { ok: false, reason: 'These ports are already connected.' };
  }
  if (!input.multiple && existing.length > 0) {
    return { ok: false, reason: `${targetPkg.name} takes only one ${input.label}; remove the current one first.` };
  }
  return { ok: true, role: output.role };
}
