import { describe, expect, it } from 'vitest';
import type { DiagramNode } from '../../../core/diagram/model';
import type { FlowPicture } from './flow-picture';
import {
  drawOverview,
  MAX_WIRES,
  overviewPainter,
  overviewScene,
  type OverviewColors,
  type OverviewLook,
  type OverviewView,
} from './overview-scene';

const COLORS: OverviewColors = {
  node: '#fff',
  border: '#999',
  text: '#111',
  edge: '#888',
  selected: '#00f',
  error: '#f00',
  warning: '#fa0',
};

const node = (id: string, x: number, y: number, pkg = 'celery'): DiagramNode => ({
  id,
  package: pkg,
  position: { x, y },
});

function pictureOf(nodes: DiagramNode[], selected: string[] = []): FlowPicture {
  return { nodes, sizeOf: () => ({ width: 200, height: 100 }), selected: new Set(selected) };
}

function lookOf(edges: [string, string][], worst: Record<string, 'error' | 'warning' | 'info'> = {}): OverviewLook {
  return {
    nodeColor: (n) => (n.package === 'celery' ? '#0a0' : '#a0a'),
    worst: (id) => worst[id] ?? null,
    title: (n) => `title of ${n.id}`,
    edges: edges.map(([source, target], i) => ({
      id: `e${i}`,
      source,
      sourcePort: 'tasks',
      target,
      targetPort: 'tasks',
      role: 'tasks',
    })),
  };
}

/** A 2D context that records what is drawn: each call with its arguments, and the styles set. */
function recordingContext() {
  const calls: [string, ...unknown[]][] = [];
  const canvas = { width: 1000, height: 500 };
  const context = new Proxy(
    { canvas },
    {
      get: (target, key: string) =>
        key in target ? target[key as 'canvas'] : (...args: unknown[]) => void calls.push([key, ...args]),
      set: (_target, key: string, value) => {
        calls.push([`set ${key}`, value]);
        return true;
      },
    },
  ) as unknown as CanvasRenderingContext2D;
  const count = (name: string) => calls.filter(([called]) => called === name).length;
  return { context, calls, count };
}

const VIEW: OverviewView = { transform: [0, 0, 1], width: 1000, height: 500 };

describe('the overview scene', () => {
  it('holds every package box, its bar colour, its border (selection over the worst problem) and the wires between drawn packages', () => {
    const scene = overviewScene(
      pictureOf([node('a', 0, 0), node('b', 300, 0, 'django-redis'), node('c', 600, 0)], ['c']),
      lookOf(
        [
          ['a', 'b'],
          ['b', 'gone'],
        ],
        { a: 'error', c: 'warning' },
      ),
      COLORS,
    );
    expect([...scene.boxes]).toEqual([0, 0, 200, 100, 300, 0, 200, 100, 600, 0, 200, 100]);
    expect(scene.barColors).toEqual(['#0a0', '#a0a']);
    expect([...scene.bars]).toEqual([0, 1, 0]);
    // plain, info, warning, error, selected
    expect([...scene.borders]).toEqual([3, 0, 4]);
    expect([...scene.wires]).toEqual([200, 50, 300, 50]);
    expect(scene.titles).toEqual(['title of a', 'title of b', 'title of c']);
  });

  it('draws only the boxes in view, names once readable, and no wires past MAX_WIRES in view', () => {
    const nodes = [node('a', 0, 0), node('b', 300, 0), node('far', 5000, 5000)];
    const scene = overviewScene(pictureOf(nodes), lookOf([['a', 'b']], { b: 'error' }), COLORS);
    const near = recordingContext();
    drawOverview(near.context, scene, VIEW, 1000);
    // fill, one bar colour, plain border, error border: two boxes in view each time but the borders
    expect(near.count('rect')).toBe(2 + 2 + 1 + 1);
    expect(near.count('fillText')).toBe(2);
    expect(near.count('moveTo')).toBe(1);

    const far = recordingContext();
    drawOverview(far.context, scene, { ...VIEW, transform: [0, 0, 0.1] }, 1000);
    expect(far.count('fillText')).toBe(0);

    const many = Array.from({ length: 2 * MAX_WIRES }, (_, i) => node(`n${i}`, (i % 50) * 10, Math.floor(i / 50)));
    const wired = lookOf(many.slice(1).map((n, i) => [many[i]!.id, n.id]));
    const crowded = recordingContext();
    drawOverview(crowded.context, overviewScene(pictureOf(many), wired, COLORS), VIEW, 1000);
    expect(crowded.count('moveTo')).toBe(0);
  });
});

describe('the overview painter', () => {
  it('draws once it has a canvas, a scene and a view; sizes the canvas to the pane; skips a view that did not move', () => {
    const drawn = recordingContext();
    const canvas = { width: 0, height: 0, getContext: () => drawn.context } as unknown as HTMLCanvasElement;
    const paint = overviewPainter();
    const scene = overviewScene(pictureOf([node('a', 0, 0)]), lookOf([]), COLORS);
    paint({ kind: 'canvas', canvas });
    paint({ kind: 'view', view: VIEW, ratio: 2 });
    expect(drawn.count('clearRect')).toBe(0);
    paint({ kind: 'scene', scene });
    expect(drawn.count('clearRect')).toBe(1);
    expect([canvas.width, canvas.height]).toEqual([2000, 1000]);
    paint({ kind: 'view', view: { ...VIEW, transform: [0, 0, 1] }, ratio: 2 });
    expect(drawn.count('clearRect')).toBe(1);
    paint({ kind: 'view', view: { ...VIEW, transform: [10, 0, 1] }, ratio: 2 });
    expect(drawn.count('clearRect')).toBe(2);
    paint({ kind: 'scene', scene: overviewScene(pictureOf([node('a', 0, 0)], ['a']), lookOf([]), COLORS) });
    expect(drawn.count('clearRect')).toBe(3);
  });
});
