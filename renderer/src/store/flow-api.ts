/**
 * The canvas's React Flow instance, for actions that need the viewport (fit view, centre on a
 * problem, place at the centre of the screen). Set by the canvas when it mounts.
 *
 * React Flow holds only the packages the canvas mounts (a windowed diagram's others are not given
 * to it: canvas/windowing.ts), so fitting the view to packages reads the diagram, not React Flow.
 */
import { getViewportForBounds, type ReactFlowInstance } from '@xyflow/react';
import type { DiagramNode } from '../../../core/diagram/model';
import { nodesBounds, nodeSize, type NodeSize } from '../../../core/layout/geometry';
import { WINDOW_FROM_NODES } from '../canvas/windowing';
import { catalog } from './catalog';
import { useDiagramStore } from './diagram-store';

/** The pane's size and how far it may zoom out, from React Flow's store. */
export interface Pane {
  width: number;
  height: number;
  minZoom: number;
}

let instance: ReactFlowInstance | null = null;
let paneOf: (() => Pane) | null = null;

export function setFlowApi(next: ReactFlowInstance | null, pane: (() => Pane) | null = null): void {
  instance = next;
  paneOf = pane;
}

export function flowApi(): ReactFlowInstance | null {
  return instance;
}

/** Core's size of each package, by name, for the catalog they were computed with. */
let guesses: { catalog: typeof catalog; sizes: Map<string, NodeSize> } | null = null;

/** A package's size: as React Flow measured it when it is mounted, else as core draws it. */
export function packageSize(node: DiagramNode): NodeSize {
  const measured = instance?.getInternalNode(node.id)?.measured;
  if (measured?.width && measured.height) return { width: measured.width, height: measured.height };
  if (guesses?.catalog !== catalog) guesses = { catalog, sizes: new Map() };
  let size = guesses.sizes.get(node.package);
  if (!size) {
    size = nodeSize(catalog, node.package);
    guesses.sizes.set(node.package, size);
  }
  return size;
}

export interface FitOptions {
  padding: number;
  duration: number;
  maxZoom: number;
  /** The packages to show; all of the diagram's when absent. */
  ids?: readonly string[];
}

/** Fits the view to packages of the diagram (mounted or not), as React Flow's fitView would. */
export function fitPackages({ padding, duration, maxZoom, ids }: FitOptions): void {
  const pane = paneOf?.();
  if (!instance || !pane || pane.width === 0 || pane.height === 0) return;
  const all = useDiagramStore.getState().diagram.nodes;
  const wanted = ids ? new Set(ids) : null;
  const bounds = nodesBounds(wanted ? all.filter((node) => wanted.has(node.id)) : all, packageSize);
  if (!bounds) return;
  const viewport = getViewportForBounds(bounds, pane.width, pane.height, pane.minZoom, maxZoom, padding);
  void instance.setViewport(viewport, { duration });
}

/**
 * Fits the view once React Flow has measured the nodes of a diagram just loaded. A windowed one
 * (canvas/windowing.ts) has nothing to measure: it is fitted at the next frame, before a window of
 * the view from before is mounted, and jumps there, as each frame of an animated zoom would plan
 * and mount another window of packages on the way.
 */
export function fitViewSoon(): void {
  if (useDiagramStore.getState().diagram.nodes.length > WINDOW_FROM_NODES) {
    requestAnimationFrame(() => fitPackages({ padding: 0.15, duration: 0, maxZoom: 1 }));
    return;
  }
  requestAnimationFrame(() => requestAnimationFrame(() => fitPackages({ padding: 0.15, duration: 200, maxZoom: 1 })));
}
