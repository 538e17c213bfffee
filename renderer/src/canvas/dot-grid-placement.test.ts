import { describe, expect, it } from 'vitest';
import { gridPlacement } from './dot-grid-placement';

/** The screen x of the dots of a layer placed at `x` (it starts one cell left of the pane). */
function dotsOf(x: number, cell: number): number[] {
  return [0, 1, 2, 3].map((k) => -cell + x + cell / 2 + k * cell);
}

describe('the dot grid layer', () => {
  it('puts a dot on every grid line of the flow, whatever the pan', () => {
    for (const [tx, zoom] of [
      [0, 1],
      [37, 1],
      [-530, 0.5],
      [1234.5, 1.75],
    ] as const) {
      const placement = gridPlacement([tx, 0, zoom], 16);
      expect(placement.cell).toBe(16 * zoom);
      expect(placement.x).toBeGreaterThanOrEqual(0);
      expect(placement.x).toBeLessThan(placement.cell);
      for (const dot of dotsOf(placement.x, placement.cell)) {
        // A dot at screen x is on a grid line when (x − tx) / zoom is a multiple of the gap.
        const flow = (dot - tx) / zoom / 16;
        expect(Math.abs(flow - Math.round(flow))).toBeLessThan(1e-9);
      }
    }
  });
});
