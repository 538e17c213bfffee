/**
 * The overview of a large diagram zoomed out (windowing.ts): every package drawn as its box on
 * one <canvas> under React Flow's controls, with its role's colour, its problem colour and, when
 * big enough to read, its name; wires as thin lines once few enough are in view to tell apart. Like the minimap it has one store
 * subscription and redraws at most once per animation frame, without React. It takes no
 * pointer events: panning and zooming stay React Flow's; zooming in mounts the packages again.
 */
import { Panel, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Severity } from '../../../core/check/types';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import type { FlowPicture } from './flow-picture';
import type { PackageFlowNode, RoleFlowEdge } from './flow-types';
import { redrawOnFlowChanges } from './flow-redraw';

/** Names are written when they would be at least this many pixels high on screen. */
const MIN_TEXT_PX = 7;
/** Past this many wires in view, the overview draws none: they would be a grey wash. */
const MAX_WIRES = 3000;
/** The height of a name in flow units: large, as in the far-zoom view of mounted packages. */
const NAME_SIZE = 30;

interface Colors {
  node: string;
  border: string;
  text: string;
  edge: string;
  selected: string;
  error: string;
  warning: string;
}

function colorsOf(element: HTMLElement): Colors {
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

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OverviewLook {
  /** A package's colour (its main role's), as the minimap draws it. */
  nodeColor: (node: DiagramNode) => string;
  /** The worst problem of each node, by id. */
  worst: (id: string) => Severity | null;
  /** A node's name as shown. */
  title: (node: DiagramNode) => string;
  /** The diagram's wires (React Flow is given only those between mounted packages). */
  edges: readonly DiagramEdge[];
}

/** Draws the overview of `state` on `canvas` (already sized to the pane at the device's pixel ratio). */
function draw(
  canvas: HTMLCanvasElement,
  state: ReactFlowState<PackageFlowNode, RoleFlowEdge>,
  picture: FlowPicture,
  colors: Colors,
  look: OverviewLook,
): void {
  const context = canvas.getContext('2d');
  if (!context) return;
  const ratio = canvas.width / Math.max(state.width, 1);
  const [tx, ty, zoom] = state.transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, canvas.width, canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const view = { x: -tx / zoom, y: -ty / zoom, width: state.width / zoom, height: state.height / zoom };
  const shown = (box: Box) =>
    box.x < view.x + view.width &&
    box.x + box.width > view.x &&
    box.y < view.y + view.height &&
    box.y + box.height > view.y;

  // Wires first, under the boxes, as one path: those that may cross the view, and only while
  // they are few enough to tell apart (rasterising 12,000 of them took longer than all the boxes).
  const boxes = new Map<string, Box>();
  for (const node of picture.nodes) boxes.set(node.id, { ...node.position, ...picture.sizeOf(node) });
  const wires: number[] = [];
  for (const edge of look.edges) {
    const from = boxes.get(edge.source);
    const to = boxes.get(edge.target);
    if (!from || !to) continue;
    const x1 = from.x + from.width;
    const y1 = from.y + from.height / 2;
    const x2 = to.x;
    const y2 = to.y + to.height / 2;
    if (Math.max(x1, x2) < view.x || Math.min(x1, x2) > view.x + view.width) continue;
    if (Math.max(y1, y2) < view.y || Math.min(y1, y2) > view.y + view.height) continue;
    wires.push(x1, y1, x2, y2);
    if (wires.length > 4 * MAX_WIRES) break;
  }
  if (wires.length <= 4 * MAX_WIRES) {
    context.beginPath();
    for (let i = 0; i < wires.length; i += 4) {
      context.moveTo(wires[i]!, wires[i + 1]!);
      context.lineTo(wires[i + 2]!, wires[i + 3]!);
    }
    context.strokeStyle = colors.edge;
    context.globalAlpha = 0.45;
    context.lineWidth = 1 / zoom;
    context.stroke();
    context.globalAlpha = 1;
  }

  // Boxes: one path for the fill, one per role colour for the bar on the left, one per border.
  const bars = new Map<string, Box[]>();
  const borders: Record<'plain' | Severity | 'selected', Box[]> = {
    plain: [],
    info: [],
    warning: [],
    error: [],
    selected: [],
  };
  const names: [Box, string][] = [];
  // Names are only looked up when they are big enough to be written.
  const named = NAME_SIZE * zoom >= MIN_TEXT_PX;
  context.beginPath();
  for (const node of picture.nodes) {
    const box = boxes.get(node.id)!;
    if (!shown(box)) continue;
    context.rect(box.x, box.y, box.width, box.height);
    const color = look.nodeColor(node);
    const list = bars.get(color);
    if (list) list.push(box);
    else bars.set(color, [box]);
    const worst = look.worst(node.id);
    borders[picture.selected.has(node.id) ? 'selected' : (worst ?? 'plain')].push(box);
    if (named) names.push([box, look.title(node)]);
  }
  context.fillStyle = colors.node;
  context.fill();
  const bar = 12;
  for (const [color, boxes] of bars) {
    context.fillStyle = color;
    context.beginPath();
    for (const box of boxes) context.rect(box.x, box.y, bar, box.height);
    context.fill();
  }
  const strokes: [Box[], string, number][] = [
    [borders.plain, colors.border, 1],
    [borders.info, colors.border, 1],
    [borders.warning, colors.warning, 3],
    [borders.error, colors.error, 3],
    [borders.selected, colors.selected, 4],
  ];
  for (const [boxes, color, width] of strokes) {
    if (boxes.length === 0) continue;
    context.strokeStyle = color;
    context.lineWidth = Math.max(width, width / zoom / 3);
    context.beginPath();
    for (const box of boxes) context.rect(box.x, box.y, box.width, box.height);
    context.stroke();
  }
  if (named) {
    context.fillStyle = colors.text;
    context.font = `600 ${NAME_SIZE}px system-ui, sans-serif`;
    context.textBaseline = 'top';
    for (const [box, name] of names) context.fillText(name, box.x + bar + 8, box.y + 10, box.width - bar - 16);
  }
}

/** The overview layer; it tells screen readers and tests how many packages it draws. */
export function Overview({ picture, look, theme }: { picture: FlowPicture; look: OverviewLook; theme: string }) {
  const count = picture.nodes.length;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<PackageFlowNode, RoleFlowEdge>();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let colors: Colors | null = null;
    return redrawOnFlowChanges(store, (state) => {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(state.width * ratio);
      const height = Math.round(state.height * ratio);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      colors ??= colorsOf(canvas);
      draw(canvas, state, picture, colors, look);
    });
  }, [store, theme, picture, look]);

  return (
    <>
      <canvas
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
