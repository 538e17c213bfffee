import { describe, expect, it } from 'vitest';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import {
  MOUNT_BATCH,
  MOUNT_CAP,
  WINDOW_FROM_NODES,
  mountsNow,
  nextMounted,
  planHolds,
  planView,
  viewRect,
  type Rect,
} from './windowing';

const SIZE = { width: 240, height: 120 };
const sizeOf = () => SIZE;

/** `count` packages on a grid of `columns`, 300 × 200 apart. */
function grid(count: number, columns = 100): DiagramNode[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    package: 'django',
    position: { x: (i % columns) * 300, y: Math.floor(i / columns) * 200 },
  }));
}

const edge = (source: string, target: string): DiagramEdge => ({
  id: `${source}-${target}`,
  source,
  sourcePort: 'auth',
  target,
  targetPort: 'auth',
  role: 'auth',
});

describe('which packages a large diagram mounts', () => {
  it('mounts a diagram up to WINDOW_FROM_NODES whole, wherever the view is', () => {
    const view: Rect = { x: 0, y: 0, width: 10, height: 10 };
    expect(planView(grid(WINDOW_FROM_NODES), [], view, sizeOf)).toEqual({ mode: 'all' });
  });

  it('mounts the packages in and around the view of a larger one, and nothing far away', () => {
    const nodes = grid(5000);
    // Zoom 1 on a 1,500 × 1,000 pane at the origin: columns 0–4, rows 0–4, and half a view beyond.
    const view = viewRect([0, 0, 1], 1500, 1000);
    const plan = planView(nodes, [], view, sizeOf);
    expect(plan.mode).toBe('window');
    if (plan.mode !== 'window') return;
    expect(plan.ids.has('n0')).toBe(true);
    expect(plan.ids.has('n404')).toBe(true); // row 4, column 4: in the view
    expect(plan.ids.has('n707')).toBe(true); // row 7, column 7: in the margin
    expect(plan.ids.has('n1010')).toBe(false); // row 10: beyond the margin
    expect(plan.ids.has('n4999')).toBe(false);
    expect(plan.ids.size).toBeLessThan(100);
  });

  it('mounts what is wired to a shown package, so no wire loses its other end, and the selection', () => {
    const nodes = grid(5000);
    const plan = planView(nodes, [edge('n0', 'n4999'), edge('n4998', 'n1')], viewRect([0, 0, 1], 1500, 1000), sizeOf, [
      'n2500',
    ]);
    expect(plan.mode).toBe('window');
    if (plan.mode !== 'window') return;
    expect([...['n4999', 'n4998', 'n2500']].every((id) => plan.ids.has(id))).toBe(true);
  });

  it('shows the overview when the view holds more than MOUNT_CAP packages', () => {
    const nodes = grid(5000);
    // Zoomed out to 0.1: the whole grid is in view.
    expect(planView(nodes, [], viewRect([0, 0, 0.1], 1500, 1000), sizeOf).mode).toBe('overview');
    // A view that itself holds fewer, but whose wires reach more than the cap, too.
    const hub = Array.from({ length: MOUNT_CAP + 1 }, (_, i) => edge('n0', `n${4000 - i}`));
    expect(planView(nodes, hub, viewRect([0, 0, 1], 1500, 1000), sizeOf).mode).toBe('overview');
  });

  it('plans again only when the view leaves the window, and always from the overview', () => {
    const nodes = grid(5000);
    const view = viewRect([0, 0, 1], 1500, 1000);
    const plan = planView(nodes, [], view, sizeOf);
    expect(planHolds(plan, viewRect([-200, -100, 1], 1500, 1000))).toBe(true); // a small pan
    expect(planHolds(plan, viewRect([-3000, 0, 1], 1500, 1000))).toBe(false); // past the margin
    expect(planHolds(plan, viewRect([0, 0, 0.5], 1500, 1000))).toBe(false); // zoomed out
    expect(planHolds(plan, viewRect([0, 0, 2], 1500, 1000))).toBe(true); // zoomed in
    const overview = planView(nodes, [], viewRect([0, 0, 0.1], 1500, 1000), sizeOf);
    expect(planHolds(overview, viewRect([0, 0, 0.1], 1500, 1000))).toBe(false);
    expect(planHolds({ mode: 'all' }, view)).toBe(true);
  });

  it('mounts no batch for a window the view has left (fit view after an open), but unmounts for the overview at once', () => {
    const nodes = grid(5000);
    const window = planView(nodes, [], viewRect([0, 0, 1], 1500, 1000), sizeOf);
    expect(mountsNow(window, viewRect([0, 0, 1], 1500, 1000))).toBe(true);
    expect(mountsNow(window, viewRect([0, 0, 0.05], 1500, 1000))).toBe(false);
    const overview = planView(nodes, [], viewRect([0, 0, 0.05], 1500, 1000), sizeOf);
    expect(overview.mode).toBe('overview');
    expect(mountsNow(overview, viewRect([0, 0, 0.05], 1500, 1000))).toBe(true);
    expect(mountsNow({ mode: 'all' }, viewRect([0, 0, 0.05], 1500, 1000))).toBe(true);
  });
});

describe('mounting a window a batch per frame', () => {
  it('adds at most a batch per step, drops what left the window at once, and ends at the window', () => {
    const target = new Set(Array.from({ length: 2 * MOUNT_BATCH + 5 }, (_, i) => `n${i}`));
    let mounted: ReadonlySet<string> = new Set(['n0', 'gone']);
    const sizes: number[] = [];
    for (let step = 0; step < 10; step++) {
      const next = nextMounted(mounted, target);
      if (next === mounted) break;
      expect(next.has('gone')).toBe(false);
      expect(next.size - [...mounted].filter((id) => target.has(id)).length).toBeLessThanOrEqual(MOUNT_BATCH);
      mounted = next;
      sizes.push(mounted.size);
    }
    expect(sizes).toEqual([MOUNT_BATCH + 1, 2 * MOUNT_BATCH + 1, 2 * MOUNT_BATCH + 5]);
    expect([...mounted].sort()).toEqual([...target].sort());
    // Nothing to do: the very same set comes back, so React does not render again.
    expect(nextMounted(mounted, target)).toBe(mounted);
  });
});
