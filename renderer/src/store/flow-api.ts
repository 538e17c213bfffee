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
