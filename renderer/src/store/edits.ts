/**
 * Pure edits of a diagram used by the actions: each returns a new diagram (or the same one
 * when nothing changes), so that one store update is one undo step.
 */
import type { Catalog } from '../../../core/catalog/catalog';
import type { ConnectionRequest } from '../../../core/diagram/connect';
import type { Diagram, DiagramEdge, DiagramNode, JsonValue, Position, Target } from '../../../core/diagram/model';
import {
  addEdge,
  addNode,
  freshEdgeId,
  freshNodeId,
  removeEdge,
  removeNode,
  setTarget as setCoreTarget,
} from '../../../core/diagram/ops';
import { freeSpot as coreFreeSpot, snap } from '../../../core/layout/geometry';
import { catalog } from './catalog';

export { setPin } from '../../../core/diagram/ops';

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

export function moveNodes(diagram: Diagram, positions: ReadonlyMap<string, Position>): Diagram {
  if (positions.size === 0) return diagram;
  return { ...diagram, nodes: placeNodes(diagram.nodes, positions) };
}

/** `nodes` with the positions given; a node that does not move stays the same object. */
export function placeNodes(nodes: DiagramNode[], positions: ReadonlyMap<string, Position>): DiagramNode[] {
  if (positions.size === 0) return nodes;
  return nodes.map((node) => {
    const position = positions.get(node.id);
    return position && (position.x !== node.position.x || position.y !== node.position.y)
      ? { ...node, position }
      : node;
  });
}

/** Removes nodes (with their edges) and edges. */
export function removeItems(diagram: Diagram, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Diagram {
  let next = diagram;
  for (const id of new Set(edgeIds)) next = removeEdge(next, id);
  for (const id of new Set(nodeIds)) next = removeNode(next, id);
  return next;
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

export function setOption(diagram: Diagram, nodeId: string, key: string, value: JsonValue | undefined): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.map((node) => {
      if (node.id !== nodeId) return node;
      const options = { ...(node.options ?? {}) };
      if (value === undefined) delete options[key];
      else options[key] = value;
      const { options: _old, ...rest } = node;
      return Object.keys(options).length > 0 ? { ...rest, options } : rest;
    }),
  };
}

/** Core's `setTarget`, but the same diagram when nothing changes, so choosing the current target makes no undo step. */
export function setTarget(diagram: Diagram, change: Partial<Pick<Target, 'django' | 'python'>>): Diagram {
  const unchanged =
    (change.django ?? diagram.target.django) === diagram.target.django &&
    (change.python ?? diagram.target.python) === diagram.target.python;
  return unchanged ? diagram : setCoreTarget(diagram, change);
}

/** A copied part of a diagram: nodes and the edges between them. */
export interface Clip {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export function copyOf(diagram: Diagram, nodeIds: readonly string[]): Clip | null {
  const ids = new Set(nodeIds);
  if (ids.size === 0) return null;
  return {
    nodes: diagram.nodes.filter((node) => ids.has(node.id)),
    edges: diagram.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  };
}

/** Pastes a clip offset by `offset`, with fresh ids; returns the new node ids. */
export function paste(diagram: Diagram, clip: Clip, offset: Position): { diagram: Diagram; ids: string[] } {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const nodes = clip.nodes.map((node) => {
    const id = freshNodeId(diagram, node.package, taken);
    taken.add(id);
    renamed.set(node.id, id);
    return {
      ...structuredClone(node),
      id,
      position: snap({ x: node.position.x + offset.x, y: node.position.y + offset.y }),
    };
  });
  let next: Diagram = { ...diagram, nodes: [...diagram.nodes, ...nodes] };
  for (const edge of clip.edges) {
    const source = renamed.get(edge.source)!;
    const target = renamed.get(edge.target)!;
    const id = freshEdgeId(next, source, edge.sourcePort, target, edge.targetPort);
    next = { ...next, edges: [...next.edges, { ...structuredClone(edge), id, source, target }] };
  }
  return { diagram: next, ids: nodes.map((node) => node.id) };
}
