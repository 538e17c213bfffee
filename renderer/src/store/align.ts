/** Aligning the selected nodes along one edge or centre line (a pure edit: one undo step). */
import type { Diagram, Position } from '../../../core/diagram/model';
import { moveNodes, NODE_WIDTH } from './edits';

export type Alignment = 'left' | 'top' | 'centerX' | 'centerY';

export interface Size {
  width: number;
  height: number;
}

const FALLBACK: Size = { width: NODE_WIDTH, height: 140 };

/**
 * Moves the nodes `ids` so their left edges, top edges, horizontal centres (`centerX`: one
 * vertical line) or vertical centres (`centerY`: one horizontal line) line up. The line is the
 * leftmost/topmost edge, or the middle of the selection's box for centres. Sizes are the
 * measured ones where known. Fewer than two nodes: the same diagram.
 */
export function alignNodes(
  diagram: Diagram,
  ids: readonly string[],
  alignment: Alignment,
  sizes: Readonly<Record<string, Size>> = {},
): Diagram {
  const wanted = new Set(ids);
  const nodes = diagram.nodes.filter((node) => wanted.has(node.id));
  if (nodes.length < 2) return diagram;
  const size = (id: string) => sizes[id] ?? FALLBACK;
  const positions = new Map<string, Position>();
  if (alignment === 'left' || alignment === 'top') {
    const axis = alignment === 'left' ? 'x' : 'y';
    const line = Math.min(...nodes.map((node) => node.position[axis]));
    for (const node of nodes) positions.set(node.id, { ...node.position, [axis]: line });
  } else {
    const axis = alignment === 'centerX' ? 'x' : 'y';
    const extent = (id: string) => (axis === 'x' ? size(id).width : size(id).height);
    const low = Math.min(...nodes.map((node) => node.position[axis]));
    const high = Math.max(...nodes.map((node) => node.position[axis] + extent(node.id)));
    const middle = (low + high) / 2;
    for (const node of nodes)
      positions.set(node.id, { ...node.position, [axis]: Math.round(middle - extent(node.id) / 2) });
  }
  return moveNodes(diagram, positions);
}
