/**
 * Where nodes sit and how big they are, in one place: the grid, a node's size before the
 * canvas has measured it, the layer a package belongs in, and a free spot for a new node.
 * The canvas, the auto-layout, the import layout and every "add a package" ask these.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram, Position } from '../diagram/model';
import { portsOf } from '../diagram/ports';

/** The grid positions snap to. */
export const GRID = 16;
/** Every node is drawn this wide (the canvas's CSS uses the same width). */
export const NODE_WIDTH = 240;

export interface NodeSize {
  width: number;
  height: number;
}

/** The size a node of `packageName` is drawn at: a header and one row per port on its longer side. */
export function nodeSize(catalog: Catalog | undefined, packageName: string): NodeSize {
  const pkg = catalog?.get(packageName);
  const ports = pkg && catalog ? portsOf(pkg, catalog) : { inputs: [], outputs: [] };
  return { width: NODE_WIDTH, height: 64 + 24 * Math.max(ports.inputs.length, ports.outputs.length, 1) };
}

/** A position on the grid. */
export function snap(position: Position): Position {
  return { x: Math.round(position.x / GRID) * GRID, y: Math.round(position.y / GRID) * GRID };
}

/** The layer a package belongs in: services first, Django last, others by the deepest role they provide. */
export function layerOf(catalog: Catalog, name: string): number {
  const pkg = catalog.get(name);
  if (!pkg) return 1;
  if (pkg.kind === 'service') return 0;
  const top = Math.max(...catalog.roles.map((r) => r.layer));
  if (pkg.name === 'django') return top + 1;
  if (pkg.provides.length === 0) return top;
  return Math.max(...pkg.provides.map((p) => catalog.role(p.role)?.layer ?? 1));
}

/** The step between candidate spots: a node's width plus a gap, and a short row. */
const CELL = { x: NODE_WIDTH + 3 * GRID, y: 7 * GRID };
/** Space kept free around every node. */
const GAP = GRID;
const MAX_RING = 60;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function intersects(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + GAP && b.x < a.x + a.width + GAP && a.y < b.y + b.height + GAP && b.y < a.y + a.height + GAP
  );
}

/**
 * The grid spot nearest `near` where a new node of `packageName` covers no node of the diagram
 * (with a gap). Spots are tried ring by ring around `near`, rows nearest first, so packages
 * added one after another fill a compact block instead of a column. `sizes` are the sizes the
 * canvas measured; other nodes are estimated by `nodeSize`. `prefer: 'left'` tries spots left
 * of `near` first (a provider belongs left of its consumer).
 */
export function freeSpot(
  diagram: Diagram,
  catalog: Catalog | undefined,
  packageName: string,
  near: Position = { x: 0, y: 0 },
  options: { sizes?: Readonly<Record<string, NodeSize>>; prefer?: 'left' | 'right' } = {},
): Position {
  const boxes: Box[] = diagram.nodes.map((node) => ({
    ...node.position,
    ...(options.sizes?.[node.id] ?? nodeSize(catalog, node.package)),
  }));
  const size = nodeSize(catalog, packageName);
  const origin = snap(near);
  const sign = options.prefer === 'left' ? -1 : 1;
  for (let ring = 0; ring <= MAX_RING; ring++) {
    const spots: { dx: number; dy: number }[] = [];
    for (let dy = -ring; dy <= ring; dy++)
      for (let dx = -ring; dx <= ring; dx++) if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) spots.push({ dx, dy });
    spots.sort((a, b) => Math.abs(a.dy) - Math.abs(b.dy) || b.dx * sign - a.dx * sign || a.dy - b.dy);
    for (const { dx, dy } of spots) {
      const at = { x: origin.x + dx * CELL.x, y: origin.y + dy * CELL.y };
      if (!boxes.some((box) => intersects(box, { ...at, ...size }))) return at;
    }
  }
  const bottom = boxes.reduce((max, box) => Math.max(max, box.y + box.height), origin.y);
  return snap({ x: origin.x, y: bottom + CELL.y });
}

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The smallest rectangle holding every node of `nodes` at its size (`sizeOf`); null when there are none. */
export function nodesBounds<N extends { position: Position }>(
  nodes: Iterable<N>,
  sizeOf: (node: N) => NodeSize,
): Bounds | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const { width, height } = sizeOf(node);
    left = Math.min(left, node.position.x);
    top = Math.min(top, node.position.y);
    right = Math.max(right, node.position.x + width);
    bottom = Math.max(bottom, node.position.y + height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}
