/**
 * Redraws a picture of the flow (the minimap, the overview) at most once per animation frame,
 * when the viewport or the pane's size change: other changes of the flow's state (its nodes,
 * hover, connection drags, selection rectangles) do not redraw it. The packages drawn come from
 * the diagram (flow-picture.ts), whose changes start a new drawing, not from React Flow's nodes:
 * those are only the mounted ones, and new verdicts give it new ones without moving any.
 * Draws once at the start. Returns the function that stops it.
 */
import type { ReactFlowState } from '@xyflow/react';

interface FlowStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

type Shown = Pick<ReactFlowState, 'transform' | 'width' | 'height'>;

export function redrawOnFlowChanges<S extends Shown>(store: FlowStore<S>, redraw: (state: S) => void): () => void {
  let pending = 0;
  const schedule = () => {
    if (!pending)
      pending = requestAnimationFrame(() => {
        pending = 0;
        redraw(store.getState());
      });
  };
  schedule();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.transform !== previous.transform || state.width !== previous.width || state.height !== previous.height)
      schedule();
  });
  return () => {
    unsubscribe();
    cancelAnimationFrame(pending);
  };
}
