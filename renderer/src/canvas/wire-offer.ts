/**
 * "Dropping a package near a node that needs its role offers to wire it": after a drop, the
 * nearest connection that `checkConnection` allows between the new node and a node within
 * reach, in either direction. The offer is a question, never an edit: the user accepts it.
 */
import type { Catalog } from '../../../core/catalog/catalog';
import { checkConnection, type ConnectionRequest } from '../../../core/diagram/connect';
import type { Diagram, DiagramNode } from '../../../core/diagram/model';
import { create } from 'zustand';
import { NODE_WIDTH } from '../store/edits';

/** How far (flow pixels, between the nodes' boxes) a drop looks for a partner. */
export const OFFER_REACH = 200;
const NODE_HEIGHT = 140;

export interface WireOffer {
  request: ConnectionRequest;
  /** "django-redis → Django cache" */
  label: string;
}

/** The gap between two nodes' approximate boxes (0 when they overlap). */
function gap(a: DiagramNode, b: DiagramNode): number {
  const dx = Math.max(0, Math.abs(a.position.x - b.position.x) - NODE_WIDTH);
  const dy = Math.max(0, Math.abs(a.position.y - b.position.y) - NODE_HEIGHT);
  return Math.hypot(dx, dy);
}

/** The connection to offer for the node `nodeId` just dropped, or null when none fits. */
export function wireOfferFor(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  reach = OFFER_REACH,
): WireOffer | null {
  const dropped = diagram.nodes.find((node) => node.id === nodeId);
  const pkg = dropped && catalog.get(dropped.package);
  if (!dropped || !pkg) return null;
  const neighbours = diagram.nodes
    .filter((node) => node.id !== nodeId && gap(node, dropped) <= reach)
    .sort((a, b) => gap(a, dropped) - gap(b, dropped));
  for (const neighbour of neighbours) {
    const other = catalog.get(neighbour.package);
    if (!other) continue;
    const requests: ConnectionRequest[] = [
      ...pkg.provides
        .filter((port) => other.needs.some((need) => need.role === port.role))
        .map((port) => ({ source: nodeId, sourcePort: port.role, target: neighbour.id, targetPort: port.role })),
      ...pkg.needs
        .filter((need) => other.provides.some((port) => port.role === need.role))
        .map((need) => ({ source: neighbour.id, sourcePort: need.role, target: nodeId, targetPort: need.role })),
    ];
    for (const request of requests) {
      const verdict = checkConnection(diagram, catalog, request);
      if (!verdict.ok) continue;
      const title = (id: string) => {
        const node = diagram.nodes.find((n) => n.id === id)!;
        return catalog.get(node.package)?.title ?? node.package;
      };
      const role = catalog.role(verdict.role)?.label ?? verdict.role;
      return { request, label: `${title(request.source)} → ${title(request.target)} ${role.toLowerCase()}` };
    }
  }
  return null;
}

/** The offer on screen; it is not part of the diagram, so it is no undo step. */
export const useWireOfferStore = create<{ offer: WireOffer | null; set: (offer: WireOffer | null) => void }>((set) => ({
  offer: null,
  set: (offer) => set({ offer }),
}));
