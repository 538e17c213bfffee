/**
 * Which packages of a large diagram the canvas mounts (issue 17, finding 7). Every mounted
 * package is a React component with a dozen DOM elements and handles; a 5,000-node diagram
 * mounted whole kept the UI thread busy for seconds on load and on every edit. So a diagram of
 * more than WINDOW_FROM_NODES packages is windowed: only the packages in and around the view,
 * and those wired to them (so no wire of a shown package loses its other end), are mounted; the
 * others are React Flow `hidden` nodes. When the view holds more than MOUNT_CAP packages (a large
 * diagram zoomed out), no package is mounted and the canvas draws an overview instead
 * (overview.tsx). Mounting a window happens MOUNT_BATCH packages per frame, so no frame mounts a
 * thousand at once. Smaller diagrams are mounted whole, as before.
 */
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';

/** Diagrams with more packages than this are windowed; the canvas bench measures up to it whole. */
export const WINDOW_FROM_NODES = 1000;
/** The most packages a window mounts; a view that holds more shows the overview. */
export const MOUNT_CAP = 600;
/** How many packages are mounted per animation frame while a window fills. */
export const MOUNT_BATCH = 40;
/** How far a windowed diagram zooms out: far enough for fit view to show 10,000 packages whole. */
export const OVERVIEW_MIN_ZOOM = 0.02;
/** The window reaches this share of the view's width and height beyond each of its sides. */
const MARGIN = 0.5;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** What the canvas mounts: every package, a window of them, or none (the overview). */
export type ViewPlan =
  | { mode: 'all' }
  | { mode: 'window'; ids: ReadonlySet<string>; area: Rect }
  | { mode: 'overview'; ids: ReadonlySet<string> };

const NONE: ReadonlySet<string> = new Set();

/** The part of the flow a pane of `width` × `height` shows at `transform` ([x, y, zoom]). */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** `rect` grown by `share` of its width and height on every side. */
export function grow(rect: Rect, share: number): Rect {
  const dx = rect.width * share;
  const dy = rect.height * share;
  return { x: rect.x - dx, y: rect.y - dy, width: rect.width + 2 * dx, height: rect.height + 2 * dy };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlaps(rect: Rect, x: number, y: number, size: Size): boolean {
  return x < rect.x + rect.width && x + size.width > rect.x && y < rect.y + rect.height && y + size.height > rect.y;
}

/**
 * What to mount for a view showing `view` (flow coordinates): everything for a small diagram;
 * else the packages overlapping the view and its margin, those wired to them and `keep` (the
 * selection), or the overview when that is more than MOUNT_CAP packages.
 */
export function planView(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  view: Rect,
  sizeOf: (node: DiagramNode) => Size,
  keep: readonly string[] = [],
): ViewPlan {
  if (nodes.length <= WINDOW_FROM_NODES) return { mode: 'all' };
  const area = grow(view, MARGIN);
  const inside = new Set<string>();
  for (const node of nodes) {
    if (overlaps(area, node.position.x, node.position.y, sizeOf(node))) {
      inside.add(node.id);
      if (inside.size > MOUNT_CAP) return { mode: 'overview', ids: NONE };
    }
  }
  const ids = new Set(inside);
  for (const edge of edges) {
    if (inside.has(edge.source)) ids.add(edge.target);
    else if (inside.has(edge.target)) ids.add(edge.source);
  }
  for (const id of keep) ids.add(id);
  if (ids.size > MOUNT_CAP) return { mode: 'overview', ids: NONE };
  return { mode: 'window', ids, area };
}

/**
 * Whether a plan made before still serves a view now showing `view`: a window does while the
 * view stays inside the area it was made for; the overview never does (zooming in may bring
 * the count under the cap), and mounting everything always does.
 */
export function planHolds(plan: ViewPlan, view: Rect): boolean {
  if (plan.mode === 'all') return true;
  if (plan.mode === 'window') return contains(plan.area, view);
  return false;
}

/**
 * Whether the packages of `plan` are mounted now, the view showing `view`: not for a window the
 * view has left (a fit view just after an open), which is about to be planned anew; the
 * overview's unmounting, and mounting everything, never wait.
 */
export function mountsNow(plan: ViewPlan, view: Rect): boolean {
  return plan.mode !== 'window' || planHolds(plan, view);
}

/**
 * The next frame's mounted set on the way to `target`: what is mounted and still wanted stays,
 * what is no longer wanted goes at once, and at most `batch` wanted packages are added.
 * Returns `mounted` itself when nothing changes.
 */
export function nextMounted(
  mounted: ReadonlySet<string>,
  target: ReadonlySet<string>,
  batch = MOUNT_BATCH,
): ReadonlySet<string> {
  const next = new Set<string>();
  for (const id of mounted) if (target.has(id)) next.add(id);
  let added = 0;
  for (const id of target) {
    if (added >= batch) break;
    if (!next.has(id)) {
      next.add(id);
      added++;
    }
  }
  if (next.size === mounted.size && added === 0) return mounted;
  return next;
}
