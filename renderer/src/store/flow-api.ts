/**
 * The canvas's React Flow instance, for actions that need the viewport (fit view, centre on a
 * problem, place at the centre of the screen). Set by the canvas when it mounts.
 */
import type { ReactFlowInstance } from '@xyflow/react';

let instance: ReactFlowInstance | null = null;

export function setFlowApi(next: ReactFlowInstance | null): void {
  instance = next;
}

export function flowApi(): ReactFlowInstance | null {
  return instance;
}

/**
 * Fits the view once React Flow has measured the nodes of a diagram just loaded. Hidden nodes
 * are a windowed diagram's unmounted packages (canvas/windowing.ts): they count.
 */
export function fitViewSoon(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(
      () => void instance?.fitView({ padding: 0.15, duration: 200, maxZoom: 1, includeHiddenNodes: true }),
    ),
  );
}
