/**
 * The dotted grid behind the canvas (one dot per snap step).
 *
 * React Flow's <Background> is an SVG pattern whose offset changes on every pan frame, so the
 * whole pane is repainted while the view pans, which it also does on its own while a node is
 * dragged near the edge. This grid is one layer, a grid cell larger than the pane on each side,
 * moved by less than a cell: panning changes only its compositor transform, and it is repainted
 * only when the zoom changes.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { gridPlacement } from './dot-grid-placement';

export function DotGrid({ gap }: { gap: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useStoreApi();

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let cell = NaN;
    const apply = (transform: readonly [number, number, number]) => {
      const placement = gridPlacement(transform, gap);
      if (placement.cell !== cell) {
        cell = placement.cell;
        element.style.inset = `${-cell}px`;
        element.style.backgroundSize = `${cell}px ${cell}px`;
      }
      element.style.transform = `translate(${placement.x}px, ${placement.y}px)`;
    };
    apply(store.getState().transform);
    return store.subscribe((state, previous) => {
      if (state.transform !== previous.transform) apply(state.transform);
    });
  }, [store, gap]);

  return <div ref={ref} className="dot-grid" aria-hidden="true" data-testid="canvas.grid" />;
}
