/**
 * Level of detail. Below FAR_ZOOM a node's ordinary text is under 6 px on screen: unreadable,
 * yet it is most of what the browser paints on every frame of a pan or a drag. There the
 * canvas shows each package as its box (border, selection ring and problem colour kept) with
 * its name written large, and hides the rest without changing the box's size, so that React
 * Flow measures nothing again and edges stay on their ports.
 */
import type { ReactFlowState } from '@xyflow/react';

export const FAR_ZOOM = 0.45;

/** The React Flow store selector: a boolean, so the canvas re-renders only when the zoom crosses FAR_ZOOM. */
export function isFar(state: Pick<ReactFlowState, 'transform'>): boolean {
  return state.transform[2] < FAR_ZOOM;
}

/** Set on the canvas while a picture of it is taken, so that exports always have every detail. */
export const EXPORTING_ATTRIBUTE = 'data-exporting';
