/**
 * How a diagram differs from an earlier one, as plain data, so that whoever holds the earlier
 * diagram (the analysis worker) can rebuild the new one from a small message: every edit makes
 * new objects only for what it changes (a target change keeps both lists; a pin change one node),
 * so comparing items by identity finds the changes in one pass. A structured clone of a whole
 * 5,000-node diagram took the UI thread tens of milliseconds on every edit.
 */
import type { Diagram, DiagramEdge, DiagramNode } from './model';

/** How a list differs from the one before: not at all, in some items (by index), or wholly. */
export type ListDelta<T> =
  | { kind: 'same' }
  /** The new list is `length` long; `items` are the [index, item] that are not the earlier list's. */
  | { kind: 'patch'; length: number; items: [number, T][] }
  | { kind: 'whole'; items: T[] };

/** A diagram without its nodes and edges (Omit would lose the named fields to the index signature). */
type DiagramRest = { [K in keyof Diagram as K extends 'nodes' | 'edges' ? never : K]: Diagram[K] };

export interface DiagramDelta {
  /** Every field but the nodes and the edges (the target, kept files, unknown fields), as is. */
  rest: DiagramRest;
  nodes: ListDelta<DiagramNode>;
  edges: ListDelta<DiagramEdge>;
}

/** Past this share of changed items a list is sent whole: a patch would be no smaller. */
const PATCH_UP_TO = 0.25;

/** How `after` differs from `before` (items compared by identity); `before` null: wholly. */
export function listDelta<T>(before: readonly T[] | null, after: readonly T[]): ListDelta<T> {
  if (before === after) return { kind: 'same' };
  if (before === null) return { kind: 'whole', items: [...after] };
  const limit = Math.max(1, Math.floor(after.length * PATCH_UP_TO));
  const items: [number, T][] = [];
  for (let i = 0; i < after.length; i++) {
    if (i < before.length && before[i] === after[i]) continue;
    items.push([i, after[i]!]);
    if (items.length > limit) return { kind: 'whole', items: [...after] };
  }
  return { kind: 'patch', length: after.length, items };
}

/** The list `delta` describes, given the list it was made against. */
export function applyListDelta<T>(before: readonly T[] | null, delta: ListDelta<T>): T[] {
  if (delta.kind === 'whole') return delta.items;
  if (before === null) throw new Error('A list delta arrived without the list it was made against.');
  if (delta.kind === 'same') return before as T[];
  const list = before.slice(0, delta.length);
  for (const [index, item] of delta.items) list[index] = item;
  if (list.length !== delta.length) throw new Error('A list delta leaves holes in the list.');
  return list;
}

/** How `after` differs from `before`, the diagram the receiver holds (null: it holds none). */
export function diagramDelta(before: Diagram | null, after: Diagram): DiagramDelta {
  const { nodes, edges, ...rest } = after;
  return { rest, nodes: listDelta(before?.nodes ?? null, nodes), edges: listDelta(before?.edges ?? null, edges) };
}

/** The diagram `delta` describes, given the diagram it was made against (null: none). */
export function applyDiagramDelta(before: Diagram | null, delta: DiagramDelta): Diagram {
  return {
    ...delta.rest,
    nodes: applyListDelta(before?.nodes ?? null, delta.nodes),
    edges: applyListDelta(before?.edges ?? null, delta.edges),
  };
}

/** `delta` on a list, as a series of deltas of at most `size` items each: only a whole list is split. */
function splitList<T>(delta: ListDelta<T>, size: number): ListDelta<T>[] {
  if (delta.kind !== 'whole' || delta.items.length <= size) return [delta];
  const parts: ListDelta<T>[] = [{ kind: 'whole', items: delta.items.slice(0, size) }];
  for (let start = size; start < delta.items.length; start += size) {
    const end = Math.min(start + size, delta.items.length);
    const items: [number, T][] = [];
    for (let i = start; i < end; i++) items.push([i, delta.items[i]!]);
    parts.push({ kind: 'patch', length: end, items });
  }
  return parts;
}

/**
 * `delta` as a series of deltas, each carrying at most `size` nodes and `size` edges, that applied
 * one after the other make what `delta` makes: a receiver sent a whole large diagram gets it in
 * parts, so that no one structured clone of it holds the sender's thread for long.
 */
export function splitDelta(delta: DiagramDelta, size: number): DiagramDelta[] {
  const nodes = splitList(delta.nodes, size);
  const edges = splitList(delta.edges, size);
  const parts: DiagramDelta[] = [];
  for (let i = 0; i < Math.max(nodes.length, edges.length); i++)
    parts.push({ rest: delta.rest, nodes: nodes[i] ?? { kind: 'same' }, edges: edges[i] ?? { kind: 'same' } });
  return parts;
}
