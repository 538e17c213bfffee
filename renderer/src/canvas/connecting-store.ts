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

export interface ConnectingState {
  active: boolean;
  /** `${nodeId}:${kind}:${portId}` of every port the dragged end may be dropped on. */
  compatible: ReadonlySet<string>;
  from: string | null;
}

export const useConnectingStore = create<ConnectingState>()(() => ({
  active: false,
  compatible: new Set(),
  from: null,
}));

export function portKey(nodeId: string, kind: HandleKind, portId: string): string {
  return `${nodeId}:${kind}:${portId}`;
}

/** Every port that a connection dragged from (nodeId, kind, portId) could end on. */
export function compatiblePorts(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  kind: HandleKind,
  portId: string,
): Set<string> {
  const result = new Set<string>();
  for (const other of diagram.nodes) {
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
        result.add(portKey(other.id, kind === 'source' ? 'target' : 'source', port.id));
    }
  }
  return result;
}

export function startConnecting(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  kind: HandleKind,
  portId: string,
): void {
  useConnectingStore.setState({
    active: true,
    compatible: compatiblePorts(diagram, catalog, nodeId, kind, portId),
    from: portKey(nodeId, kind, portId),
  });
}

export function stopConnecting(): void {
  useConnectingStore.setState({ active: false, compatible: new Set(), from: null });
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
