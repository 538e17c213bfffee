import { describe, expect, it } from 'vitest';
import { centredOn, contains, fitFrame, toFlow, toMiniMap, union, visibleRect } from './mini-map-geometry';

describe('minimap geometry', () => {
  it('finds the visible part of the flow from the viewport transform', () => {
    // Panned 100 px right and 50 px down at zoom 2: the canvas's corner shows flow point (−50, −25).
    expect(visibleRect([100, 50, 2], 800, 600)).toEqual({ x: -50, y: -25, width: 400, height: 300 });
  });

  it('fits the content into the map, centred, and maps points both ways', () => {
    const content = union({ x: 0, y: 0, width: 1000, height: 200 }, { x: 500, y: 100, width: 600, height: 400 });
    expect(content).toEqual({ x: 0, y: 0, width: 1100, height: 500 });
    const frame = fitFrame(content, { width: 200, height: 150 }, 0);
    expect(frame.scale).toBeCloseTo(200 / 1100);
    const box = toMiniMap(frame, content);
    expect(box.x).toBeCloseTo(0);
    expect(box.width).toBeCloseTo(200);
    // Centred vertically: equal space above and below.
    expect(box.y).toBeCloseTo((150 - box.height) / 2);
    const point = { x: 123, y: 45 };
    const there = toFlow(frame, {
      x: (point.x - frame.origin.x) * frame.scale,
      y: (point.y - frame.origin.y) * frame.scale,
    });
    expect(there.x).toBeCloseTo(point.x);
    expect(there.y).toBeCloseTo(point.y);
  });

  it('keeps the padding on the tighter side', () => {
    const frame = fitFrame({ x: 0, y: 0, width: 100, height: 100 }, { width: 200, height: 150 }, 6);
    const box = toMiniMap(frame, { x: 0, y: 0, width: 100, height: 100 });
    expect(box.y).toBeCloseTo(6);
    expect(box.height).toBeCloseTo(138);
  });

  it('centres the view on a flow point at the current zoom', () => {
    const transform = centredOn({ x: 300, y: 200 }, 0.5, 800, 600);
    const view = visibleRect(transform, 800, 600);
    expect(view.x + view.width / 2).toBeCloseTo(300);
    expect(view.y + view.height / 2).toBeCloseTo(200);
    expect(contains(view, { x: 300, y: 200 })).toBe(true);
    expect(contains(view, { x: 300 + view.width, y: 200 })).toBe(false);
  });
});
