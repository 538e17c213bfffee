/**
 * The diagram edits the actions dispatch. Every edit lives in core (core/diagram/ops.ts,
 * core/diagram/clip.ts); this module only binds the ones that need a catalog to the app's.
 */
import type { Catalog } from '../../../core/catalog/catalog';
import type { ConnectionRequest } from '../../../core/diagram/connect';
import type { Diagram, DiagramEdge, Position } from '../../../core/diagram/model';
import { addEdge, addNode } from '../../../core/diagram/ops';
import { freeSpot as coreFreeSpot } from '../../../core/layout/geometry';
import { catalog } from './catalog';

export { copyNodes as copyOf, pasteClip as paste, type Clip } from '../../../core/diagram/clip';
export { moveNodes, placeNodes, removeItems, setOption, setPin, setTarget } from '../../../core/diagram/ops';
export { GRID, NODE_WIDTH, snap } from '../../../core/layout/geometry';

/** Adds a node for `packageName` at `position` (snapped to the grid), with core's id scheme. */
export function addPackage(
  diagram: Diagram,
  packageName: string,
  position: Position,
): { diagram: Diagram; id: string } {
  return addNode(diagram, catalog, packageName, { at: position });
}

/** A free grid spot near `near` for a new node of `packageName` (core's placement). */
export function freeSpot(diagram: Diagram, packageName: string, near: Position = { x: 0, y: 0 }): Position {
  return coreFreeSpot(diagram, catalog, packageName, near);
}

/** Adds the edge when `checkConnection` allows it (through core's `addEdge`); otherwise says why not. */
export function connect(
  diagram: Diagram,
  catalog: Catalog,
  request: ConnectionRequest,
): { ok: true; diagram: Diagram; edge: DiagramEdge } | { ok: false; reason: string } {
  const result = addEdge(diagram, catalog, request);
  return result.ok ? result : { ok: false, reason: result.reason };
}
