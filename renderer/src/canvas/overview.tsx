/**
 * The overview of a large diagram zoomed out (windowing.ts): every package drawn as its box on
 * one <canvas> under React Flow's controls, with its role's colour, its problem colour and, when
 * big enough to read, its name; wires as thin lines. Like the minimap it has one store
 * subscription and redraws at most once per animation frame, without React. It takes no
 * pointer events: panning and zooming stay React Flow's; zooming in mounts the packages again.
 */
import { Panel, useStoreApi, type InternalNode, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Severity } from '../../../core/check/types';
import type { PackageFlowNode, RoleFlowEdge } from './flow-types';

/** Names are written when they would be at least this many pixels high on screen. */
const MIN_TEXT_PX = 7;
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

function boxOf(node: InternalNode<PackageFlowNode>): Box {
  const { x, y } = node.internals.positionAbsolute;
  return {
    x,
    y,
    width: node.measured.width ?? node.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.height ?? node.initialHeight ?? 0,
  };
}

export interface OverviewLook {
  /** A package's colour (its main role's), as the minimap draws it. */
  nodeColor: (node: PackageFlowNode) => string;
  /** The worst problem of each node, by id. */
  worst: (id: string) => Severity | null;
  /** A node's name as shown. */
  title: (node: PackageFlowNode) => string;
}

/** Draws the overview of `state` on `canvas` (already sized to the pane at the device's pixel ratio). */
function draw(
  canvas: HTMLCanvasElement,
  state: ReactFlowState<PackageFlowNode, RoleFlowEdge>,
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

  // Wires first, under the boxes: one path.
  context.beginPath();
  for (const edge of state.edges) {
    const source = state.nodeLookup.get(edge.source);
    const target = state.nodeLookup.get(edge.target);
    if (!source || !target) continue;
    const from = boxOf(source);
    const to = boxOf(target);
    context.moveTo(from.x + from.width, from.y + from.height / 2);
    context.lineTo(to.x, to.y + to.height / 2);
  }
  context.strokeStyle = colors.edge;
  context.globalAlpha = 0.45;
  context.lineWidth = 1 / zoom;
  context.stroke();
  context.globalAlpha = 1;

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
  context.beginPath();
  for (const node of state.nodeLookup.values()) {
    const box = boxOf(node);
    if (!shown(box)) continue;
    context.rect(box.x, box.y, box.width, box.height);
    const color = look.nodeColor(node.internals.userNode);
    const list = bars.get(color);
    if (list) list.push(box);
    else bars.set(color, [box]);
    const worst = look.worst(node.id);
    borders[node.selected ? 'selected' : (worst ?? 'plain')].push(box);
    names.push([box, look.title(node.internals.userNode)]);
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
  if (NAME_SIZE * zoom >= MIN_TEXT_PX) {
    context.fillStyle = colors.text;
    context.font = `600 ${NAME_SIZE}px system-ui, sans-serif`;
    context.textBaseline = 'top';
    for (const [box, name] of names) context.fillText(name, box.x + bar + 8, box.y + 10, box.width - bar - 16);
  }
}

/** The overview layer; `count` is how many packages it draws, said to screen readers and tests. */
export function Overview({ look, count, theme }: { look: OverviewLook; count: number; theme: string }) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const store = useStoreApi<PackageFlowNode, RoleFlowEdge>();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    let colors: Colors | null = null;
    let pending = 0;
    const redraw = () => {
      pending = 0;
      const state = store.getState();
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(state.width * ratio);
      const height = Math.round(state.height * ratio);
      if (canvas.width !== width || canvas.height !== height) {
        canvas.width = width;
        canvas.height = height;
      }
      colors ??= colorsOf(canvas);
      draw(canvas, state, colors, look);
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(redraw);
    };
    schedule();
    const unsubscribe = store.subscribe((state, previous) => {
      if (
        state.nodes !== previous.nodes ||
        state.edges !== previous.edges ||
        state.transform !== previous.transform ||
        state.width !== previous.width ||
        state.height !== previous.height
      ) {
        schedule();
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
  }, [store, theme, look]);

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
