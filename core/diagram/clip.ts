/**
 * Copy, cut, paste and duplicate: a part of a diagram taken out and put back with fresh ids.
 * A pasted node is the source node exactly (its options and unknown fields as the file holds
 * them, big integers and key order included) but for its id and position.
 */
import { copyJson } from '../format/json-copy';
import { snap } from '../layout/geometry';
import type { Diagram, DiagramEdge, DiagramNode, Position } from './model';
import { freshEdgeId, freshNodeId } from './ops';

/** A copied part of a diagram: nodes and the edges between them. */
export interface Clip {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/**
 * The nodes `nodeIds` with the edges between them, as an exact copy that later edits of the
 * diagram do not reach; null when nothing is selected.
 */
export function copyNodes(diagram: Diagram, nodeIds: readonly string[]): Clip | null {
  const ids = new Set(nodeIds);
  if (ids.size === 0) return null;
  return copyJson({
    nodes: diagram.nodes.filter((node) => ids.has(node.id)),
    edges: diagram.edges.filter((edge) => ids.has(edge.source) && ids.has(edge.target)),
  });
}

/** Pastes `clip` moved by `offset` (snapped to the grid), with fresh ids; returns the new node ids. */
export function pasteClip(diagram: Diagram, clip: Clip, offset: Position): { diagram: Diagram; ids: string[] } {
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const nodes = clip.nodes.map((node) => {
    const id = freshNodeId(diagram, node.package, taken);
    taken.add(id);
    renamed.set(node.id, id);
    // Assigning to keys the copy already has keeps their place in the saved file.
    const copy = copyJson(node);
    copy.id = id;
    copy.position = snap({ x: node.position.x + offset.x, y: node.position.y + offset.y });
    return copy;
  });
  let next: Diagram = { ...diagram, nodes: [...diagram.nodes, ...nodes] };
  for (const edge of clip.edges) {
    const source = renamed.get(edge.source);
    const target = renamed.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const copy = copyJson(edge);
    copy.id = freshEdgeId(next, source, edge.sourcePort, target, edge.targetPort);
    copy.source = source;
    copy.target = target;
    next = { ...next, edges: [...next.edges, copy] };
  }
  return { diagram: next, ids: nodes.map((node) => node.id) };
}
