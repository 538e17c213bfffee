/**
 * The minimap: the whole diagram and the part the canvas shows, drawn on one <canvas>.
 *
 * React Flow's own minimap renders an SVG element per node, each subscribed to the flow store;
 * on a 300-node diagram those subscriptions and elements were a third of every drag frame.
 * This one has a single store subscription and redraws at most once per animation frame,
 * without React. Like React Flow's, it pans the view when dragged and zooms it on the wheel.
 */
import { Panel, useReactFlow, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { DiagramNode } from '../../../core/diagram/model';
import {
  centredOn,
  contains,
  fitFrame,
  toFlow,
  toMiniMap,
  union,
  visibleRect,
  type MiniMapFrame,
  type Rect,
} from './mini-map-geometry';
import type { PackageFlowNode } from './flow-types';
import type { FlowPicture } from './flow-picture';
import { redrawOnFlowChanges } from './flow-redraw';

const WIDTH = 200;
const HEIGHT = 150;
const WHEEL_STEP = 1.2;

interface Colors {
  background: string;
  mask: string;
  view: string;
  selected: string;
}

function colorsOf(element: HTMLElement): Colors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--panel', '#ffffff'),
    mask: read('--mini-map-mask', 'rgb(100 116 139 / 25%)'),
    view: read('--border-strong', '#9aa3b1'),
    selected: read('--focus', '#1d4ed8'),
  };
}

/** Draws the map and returns the frame it used, for the pointer handlers. */
function draw(
  canvas: HTMLCanvasElement,
  state: ReactFlowState<PackageFlowNode>,
  picture: FlowPicture,
  colors: Colors,
  nodeColor: (node: DiagramNode) => string,
): MiniMapFrame | null {
  const context = canvas.getContext('2d');
  if (!context) return null;
  const view = visibleRect(state.transform, state.width, state.height);
  const rects: [Rect, DiagramNode][] = [];
  let content = view;
  // Every package, mounted or not (a windowed diagram's others are not in React Flow's store).
  for (const node of picture.nodes) {
    const rect = { ...node.position, ...picture.sizeOf(node) };
    rects.push([rect, node]);
    content = union(content, rect);
  }
  const frame = fitFrame(content, { width: WIDTH, height: HEIGHT });
  const ratio = canvas.width / WIDTH;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = colors.background;
  context.fillRect(0, 0, WIDTH, HEIGHT);
  // One path per colour: setting a fill style parses a CSS colour, so it is set once per role.
  const byColor = new Map<string, Rect[]>();
  const selected: Rect[] = [];
  for (const [rect, node] of rects) {
    const box = toMiniMap(frame, rect);
    const color = nodeColor(node);
    const list = byColor.get(color);
    if (list) list.push(box);
    else byColor.set(color, [box]);
    if (picture.selected.has(node.id)) selected.push(box);
  }
  for (const [color, boxes] of byColor) {
    context.fillStyle = color;
    context.beginPath();
    for (const box of boxes) context.rect(box.x, box.y, Math.max(box.width, 1), Math.max(box.height, 1));
    context.fill();
  }
  if (selected.length > 0) {
    context.strokeStyle = colors.selected;
    context.lineWidth = 2;
    context.beginPath();
    for (const box of selected) context.rect(box.x - 1, box.y - 1, box.width + 2, box.height + 2);
    context.stroke();
  }
  // Shade everything outside the part the canvas shows.
  const shown = toMiniMap(frame, view);
  context.fillStyle = colors.mask;
  context.beginPath();
  context.rect(0, 0, WIDTH, HEIGHT);
  context.rect(shown.x, shown.y, shown.width, shown.height);
  context.fill('evenodd');
  context.strokeStyle = colors.view;
  context.lineWidth = 1;
  context.strokeRect(shown.x, shown.y, shown.width, shown.height);
  return frame;
}

export function MiniMap({
  picture,
  nodeColor,
  theme,
  ariaLabel,
}: {
  picture: FlowPicture;
  nodeColor: (node: DiagramNode) => string;
  /** The resolved colour theme: the map redraws in the new colours when it changes. */
  theme: string;
  ariaLabel: string;
}) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<PackageFlowNode>();
  const flow = useReactFlow();
  const frameRef = useRef<MiniMapFrame | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(WIDTH * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    // Colours are read at the first draw, an animation frame after the effects that set the theme.
    let colors: Colors | null = null;
    return redrawOnFlowChanges(store, (state) => {
      colors ??= colorsOf(canvas);
      frameRef.current = draw(canvas, state, picture, colors, nodeColor);
    });
  }, [store, picture, nodeColor, theme]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let drag: { pointer: number; last: { x: number; y: number }; frame: MiniMapFrame } | null = null;
    const local = (event: PointerEvent | WheelEvent) => {
      const box = canvas.getBoundingClientRect();
      return {
        x: ((event.clientX - box.left) * WIDTH) / box.width,
        y: ((event.clientY - box.top) * HEIGHT) / box.height,
      };
    };
    const onDown = (event: PointerEvent) => {
      const frame = frameRef.current;
      if (!frame || event.button !== 0) return;
      event.preventDefault();
      const { transform, width, height } = store.getState();
      const point = local(event);
      const target = toFlow(frame, point);
      // A press outside the view rectangle first centres the view there.
      if (!contains(visibleRect(transform, width, height), target)) {
        const [x, y, zoom] = centredOn(target, transform[2], width, height);
        void flow.setViewport({ x, y, zoom });
      }
      canvas.setPointerCapture(event.pointerId);
      drag = { pointer: event.pointerId, last: point, frame };
    };
    const onMove = (event: PointerEvent) => {
      if (!drag || event.pointerId !== drag.pointer) return;
      const point = local(event);
      const [x, y, zoom] = store.getState().transform;
      // The frame of the press: the map's own scale stays put while the view moves under it.
      const dx = (point.x - drag.last.x) / drag.frame.scale;
      const dy = (point.y - drag.last.y) / drag.frame.scale;
      drag.last = point;
      void flow.setViewport({ x: x - dx * zoom, y: y - dy * zoom, zoom });
    };
    const onUp = (event: PointerEvent) => {
      if (drag?.pointer === event.pointerId) drag = null;
    };
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const zoom = store.getState().transform[2];
      void flow.zoomTo(event.deltaY < 0 ? zoom * WHEEL_STEP : zoom / WHEEL_STEP);
    };
    canvas.addEventListener('pointerdown', onDown);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerup', onUp);
    canvas.addEventListener('pointercancel', onUp);
    canvas.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      canvas.removeEventListener('pointerdown', onDown);
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerup', onUp);
      canvas.removeEventListener('pointercancel', onUp);
      canvas.removeEventListener('wheel', onWheel);
    };
  }, [store, flow]);

  return (
    <Panel position="bottom-right" className="mini-map nopan nowheel">
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={ariaLabel}
        data-testid="canvas.minimap"
        className="mini-map-canvas"
      />
    </Panel>
  );
}
