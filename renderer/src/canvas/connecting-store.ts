/**
 * While the user drags a new connection, which ports could accept it. Computed once when the
 * drag starts (through `checkConnection`), so each port reads a boolean instead of every port
 * re-rendering on every mouse move.
 */
import { create } from 'zustand';
import type { Catalog } from '../../../core/catalog/catalog';
import { checkConnection } from '../../../core/diagram/connect';
import type { Diagram } from '../../../core/diagram/model';
import { portsOf } from '../../../core/diagram/ports';

export type HandleKind = 'source' | 'target';

/** One end of a connection being made. */
export interface PortRef {
  nodeId: string;
  kind: HandleKind;
  portId: string;
}

export interface ConnectingState {
  active: boolean;
  /** `${nodeId}:${kind}:${portId}` of every port the dragged end may be dropped on. */
  compatible: ReadonlySet<string>;
  from: string | null;
  /** The port it started from, and the compatible ports in reading order (for the keyboard). */
  origin: PortRef | null;
  order: readonly PortRef[];
  /** Started with Enter on a port (not a mouse drag): Tab and arrow keys walk `order`. */
  keyboard: boolean;
}

const IDLE: ConnectingState = {
  active: false,
  compatible: new Set(),
  from: null,
  origin: null,
  order: [],
  keyboard: false,
};

export const useConnectingStore = create<ConnectingState>()(() => IDLE);

export function portKey(nodeId: string, kind: HandleKind, portId: string): string {
  return `${nodeId}:${kind}:${portId}`;
}

/**
 * Every port that a connection dragged from (nodeId, kind, portId) could end on, in reading
 * order (top to bottom, then left to right, then the node's own port order). Core's
 * `checkConnection` decides; nothing here re-derives compatibility.
 */
export function compatiblePortList(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  kind: HandleKind,
  portId: string,
): PortRef[] {
  const result: PortRef[] = [];
  const nodes = [...diagram.nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  for (const other of nodes) {
    const pkg = catalog.get(other.package);
    if (!pkg || other.id === nodeId) continue;
    const ports = portsOf(pkg, catalog);
    const candidates = kind === 'source' ? ports.inputs : ports.outputs;
    for (const port of candidates) {
      const request =
        kind === 'source'
          ? { source: nodeId, sourcePort: portId, target: other.id, targetPort: port.id }
          : { source: other.id, sourcePort: port.id, target: nodeId, targetPort: portId };
      if (checkConnection(diagram, catalog, request).ok)
        result.push({ nodeId: other.id, kind: kind === 'source' ? 'target' : 'source', portId: port.id });
    }
  }
  return result;
}

/** The same ports as keys (`portKey`), for a quick lookup per port. */
export function compatiblePorts(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  kind: HandleKind,
  portId: string,
): Set<string> {
  return new Set(
    compatiblePortList(diagram, catalog, nodeId, kind, portId).map((p) => portKey(p.nodeId, p.kind, p.portId)),
  );
}

export function startConnecting(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  kind: HandleKind,
  portId: string,
  options: { keyboard?: boolean } = {},
): ConnectingState {
  const order = compatiblePortList(diagram, catalog, nodeId, kind, portId);
  const state: ConnectingState = {
    active: true,
    compatible: new Set(order.map((p) => portKey(p.nodeId, p.kind, p.portId))),
    from: portKey(nodeId, kind, portId),
    origin: { nodeId, kind, portId },
    order,
    keyboard: options.keyboard ?? false,
  };
  useConnectingStore.setState(state);
  return state;
}

export function stopConnecting(): void {
  useConnectingStore.setState(IDLE);
}

/** How a port looks during a connection drag. */
export function usePortHighlight(
  nodeId: string,
  kind: HandleKind,
  portId: string,
): 'idle' | 'compatible' | 'dimmed' | 'origin' {
  return useConnectingStore((state) => {
    if (!state.active) return 'idle';
    const key = portKey(nodeId, kind, portId);
    if (state.from === key) return 'origin';
    return state.compatible.has(key) ? 'compatible' : 'dimmed';
  });
}
