import { useCallback, useEffect, useState } from 'react';

/**
 * How many of `total` items a long list renders: `first` at once, then `step` more in each
 * animation frame until all are. The first frame then builds only what fills the view, and the
 * rest follows in short tasks instead of one long one. `renderAll` renders every item in the
 * next render (for a key that jumps to the end of the list).
 */
export function useProgressiveCount(total: number, first: number, step: number): [number, () => void] {
  const [count, setCount] = useState(first);
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((shown) => shown + step));
    return () => cancelAnimationFrame(frame);
  }, [count, total, step]);
  const renderAll = useCallback(() => setCount(Number.POSITIVE_INFINITY), []);
  return [Math.min(count, total), renderAll];
}
