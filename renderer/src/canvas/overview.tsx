/**
 * The overview of a large diagram zoomed out (windowing.ts): every package drawn as its box on
 * one <canvas> under React Flow's controls, with its role's colour, its problem colour and, when
 * big enough to read, its name; wires as thin lines once few enough are in view to tell apart.
 * Like the minimap it redraws at most once per animation frame, without React. The drawing
 * happens in the overview worker on an OffscreenCanvas (overview-scene.ts): drawing and painting
 * 5,000 boxes held the UI thread 50-100 ms after every edit. It takes no pointer events: panning
 * and zooming stay React Flow's; zooming in mounts the packages again.
 */
import { Panel, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import { startModuleWorker } from '../store/module-worker';
import type { FlowPicture } from './flow-picture';
import type { PackageFlowNode, RoleFlowEdge } from './flow-types';
import { redrawOnFlowChanges } from './flow-redraw';
import {
  overviewPainter,
  overviewScene,
  type OverviewColors,
  type OverviewLook,
  type OverviewMessage,
} from './overview-scene';

export type { OverviewLook } from './overview-scene';

function colorsOf(element: HTMLElement): OverviewColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    node: read('--node-bg', '#ffffff'),
    border: read('--border-strong', '#9aa3b1'),
    text: read('--text', '#111827'),
    edge: read('--edge', read('--border-strong', '#9aa3b1')),
    selected: read('--focus', '#1d4ed8'),
    error: read('--danger', '#b91c1c'),
    warning: read('--warning', '#b45309'),
  };
}

/** Where the overview is painted: told what to draw, stopped when the overview goes. */
interface Painter {
  tell: (message: OverviewMessage) => void;
  stop: () => void;
}

/** A painter in the overview worker, which takes the canvas over; null where none can start. */
function paintInWorker(canvas: HTMLCanvasElement, broken: (message: string) => void): Painter | null {
  if (typeof canvas.transferControlToOffscreen !== 'function') return null;
  const worker = startModuleWorker<never>(
    'overview worker',
    () => new Worker(new URL('./overview.worker.ts', import.meta.url), { type: 'module' }),
    { message: () => undefined, broken },
  );
  if (!worker) return null;
  let offscreen: OffscreenCanvas;
  try {
    offscreen = canvas.transferControlToOffscreen();
  } catch {
    worker.terminate();
    return null;
  }
  worker.postMessage({ kind: 'canvas', canvas: offscreen } satisfies OverviewMessage, [offscreen]);
  return {
    tell: (message) => {
      if (message.kind !== 'scene') return worker.postMessage(message);
      const { boxes, bars, borders, wires } = message.scene;
      worker.postMessage(message, [boxes.buffer, bars.buffer, borders.buffer, wires.buffer]);
    },
    stop: () => worker.terminate(),
  };
}

/** A painter on the UI thread. */
function paintHere(canvas: HTMLCanvasElement): Painter {
  const paint = overviewPainter();
  paint({ kind: 'canvas', canvas });
  return { tell: paint, stop: () => undefined };
}

/** The overview layer; it tells screen readers and tests how many packages it draws. */
export function Overview({ picture, look, theme }: { picture: FlowPicture; look: OverviewLook; theme: string }) {
  const count = picture.nodes.length;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painterRef = useRef<Painter | null>(null);
  const store = useStoreApi<PackageFlowNode, RoleFlowEdge>();
  /** Painted on the UI thread: the worker broke (a new canvas, as the old one is the worker's). */
  const [here, setHere] = useState(false);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const painter = (!here && paintInWorker(canvas, () => setHere(true))) || paintHere(canvas);
    painterRef.current = painter;
    return () => {
      painter.stop();
      painterRef.current = null;
    };
  }, [here]);

  // The scene is made again when the packages, their verdicts, the selection or the theme
  // change; the view is sent at most once a frame while it moves.
  useEffect(() => {
    const canvas = canvasRef.current;
    const painter = painterRef.current;
    if (!canvas || !painter) return;
    painter.tell({ kind: 'scene', scene: overviewScene(picture, look, colorsOf(canvas)) });
    return redrawOnFlowChanges(store, (state) =>
      painter.tell({
        kind: 'view',
        view: { transform: state.transform, width: state.width, height: state.height },
        ratio: window.devicePixelRatio || 1,
      }),
    );
  }, [store, theme, picture, look, here]);

  return (
    <>
      <canvas
        key={here ? 'here' : 'worker'}
        ref={canvasRef}
        className="canvas-overview"
        role="img"
        aria-label={`Overview of ${count.toLocaleString('en')} packages. Zoom in to see and edit them.`}
        data-testid="canvas.overview"
        data-count={count}
      />
      <Panel position="top-center" className="canvas-overview-hint" data-testid="canvas.overview.hint">
        Overview of {count.toLocaleString('en')} packages: zoom in to edit
      </Panel>
    </>
  );
}
