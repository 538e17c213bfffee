/**
 * The overview's picture as plain data (typed arrays and strings), and its drawing on any 2D
 * context. The UI thread makes a scene when the diagram, its verdicts or the selection change;
 * the overview worker (overview.worker.ts) keeps it and draws it for every view on an
 * OffscreenCanvas, so that neither the drawing nor its paint holds the UI thread. Where no
 * worker or OffscreenCanvas is available, the UI thread draws the same scene itself.
 */
import type { Severity } from '../../../core/check/types';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import type { FlowPicture } from './flow-picture';

/** Names are written when they would be at least this many pixels high on screen. */
const MIN_TEXT_PX = 7;
/** Past this many wires in view, the overview draws none: they would be a grey wash. */
export const MAX_WIRES = 3000;
/** The height of a name in flow units: large, as in the far-zoom view of mounted packages. */
const NAME_SIZE = 30;
/** The width of the role-coloured bar on a box's left. */
const BAR = 12;

export interface OverviewColors {
  node: string;
  border: string;
  text: string;
  edge: string;
  selected: string;
  error: string;
  warning: string;
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

/** A box's border: its worst problem's, or the selection's. */
const BORDERS = ['plain', 'info', 'warning', 'error', 'selected'] as const;
type Border = (typeof BORDERS)[number];

export interface OverviewScene {
  /** x, y, width, height of every package, in flow units. */
  boxes: Float64Array;
  /** Each package's bar colour, as an index into `barColors`. */
  bars: Uint16Array;
  barColors: string[];
  /** Each package's border, as an index into BORDERS. */
  borders: Uint8Array;
  titles: string[];
  /** x1, y1, x2, y2 of every wire between two packages drawn. */
  wires: Float64Array;
  colors: OverviewColors;
}

/** What the view shows: React Flow's transform and the pane's size in CSS pixels. */
export interface OverviewView {
  transform: readonly [number, number, number];
  width: number;
  height: number;
}

export function overviewScene(picture: FlowPicture, look: OverviewLook, colors: OverviewColors): OverviewScene {
  const count = picture.nodes.length;
  const boxes = new Float64Array(count * 4);
  const bars = new Uint16Array(count);
  const borders = new Uint8Array(count);
  const titles: string[] = [];
  const barColors: string[] = [];
  const colorIndex = new Map<string, number>();
  const indexOf = new Map<string, number>();
  picture.nodes.forEach((node, i) => {
    indexOf.set(node.id, i);
    const size = picture.sizeOf(node);
    boxes.set([node.position.x, node.position.y, size.width, size.height], i * 4);
    const color = look.nodeColor(node);
    let bar = colorIndex.get(color);
    if (bar === undefined) {
      bar = barColors.push(color) - 1;
      colorIndex.set(color, bar);
    }
    bars[i] = bar;
    const border: Border = picture.selected.has(node.id) ? 'selected' : (look.worst(node.id) ?? 'plain');
    borders[i] = BORDERS.indexOf(border);
    titles.push(look.title(node));
  });
  const wires: number[] = [];
  for (const edge of look.edges) {
    const from = indexOf.get(edge.source);
    const to = indexOf.get(edge.target);
    if (from === undefined || to === undefined) continue;
    wires.push(
      boxes[from * 4]! + boxes[from * 4 + 2]!,
      boxes[from * 4 + 1]! + boxes[from * 4 + 3]! / 2,
      boxes[to * 4]!,
      boxes[to * 4 + 1]! + boxes[to * 4 + 3]! / 2,
    );
  }
  return { boxes, bars, barColors, borders, titles, wires: Float64Array.from(wires), colors };
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Draws `scene` as `view` shows it on a canvas of `pixelWidth` device pixels across. */
export function drawOverview(context: Context2D, scene: OverviewScene, view: OverviewView, pixelWidth: number): void {
  const { boxes, colors } = scene;
  const ratio = pixelWidth / Math.max(view.width, 1);
  const [tx, ty, zoom] = view.transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * tx, ratio * ty);
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + view.width / zoom;
  const bottom = top + view.height / zoom;

  // Wires first, under the boxes, as one path: those that may cross the view, and only while
  // they are few enough to tell apart (rasterising 12,000 of them took longer than all the boxes).
  const { wires } = scene;
  const inView: number[] = [];
  for (let i = 0; i < wires.length && inView.length <= 4 * MAX_WIRES; i += 4) {
    const [x1, y1, x2, y2] = [wires[i]!, wires[i + 1]!, wires[i + 2]!, wires[i + 3]!];
    if (Math.max(x1, x2) < left || Math.min(x1, x2) > right) continue;
    if (Math.max(y1, y2) < top || Math.min(y1, y2) > bottom) continue;
    inView.push(x1, y1, x2, y2);
  }
  if (inView.length <= 4 * MAX_WIRES) {
    context.beginPath();
    for (let i = 0; i < inView.length; i += 4) {
      context.moveTo(inView[i]!, inView[i + 1]!);
      context.lineTo(inView[i + 2]!, inView[i + 3]!);
    }
    context.strokeStyle = colors.edge;
    context.globalAlpha = 0.45;
    context.lineWidth = 1 / zoom;
    context.stroke();
    context.globalAlpha = 1;
  }

  // Boxes: one path for the fill, one per bar colour, one per border.
  const shown: number[] = [];
  for (let i = 0; i < boxes.length / 4; i++) {
    const x = boxes[i * 4]!;
    const y = boxes[i * 4 + 1]!;
    if (x < right && x + boxes[i * 4 + 2]! > left && y < bottom && y + boxes[i * 4 + 3]! > top) shown.push(i);
  }
  const rects = (which: readonly number[], width?: number) => {
    context.beginPath();
    for (const i of which)
      context.rect(boxes[i * 4]!, boxes[i * 4 + 1]!, width ?? boxes[i * 4 + 2]!, boxes[i * 4 + 3]!);
  };
  rects(shown);
  context.fillStyle = colors.node;
  context.fill();
  scene.barColors.forEach((color, bar) => {
    const which = shown.filter((i) => scene.bars[i] === bar);
    if (which.length === 0) return;
    rects(which, BAR);
    context.fillStyle = color;
    context.fill();
  });
  const strokes: [Border, string, number][] = [
    ['plain', colors.border, 1],
    ['info', colors.border, 1],
    ['warning', colors.warning, 3],
    ['error', colors.error, 3],
    ['selected', colors.selected, 4],
  ];
  for (const [border, color, width] of strokes) {
    const index = BORDERS.indexOf(border);
    const which = shown.filter((i) => scene.borders[i] === index);
    if (which.length === 0) continue;
    rects(which);
    context.strokeStyle = color;
    context.lineWidth = Math.max(width, width / zoom / 3);
    context.stroke();
  }
  // Names, once big enough to read.
  if (NAME_SIZE * zoom >= MIN_TEXT_PX) {
    context.fillStyle = colors.text;
    context.font = `600 ${NAME_SIZE}px system-ui, sans-serif`;
    context.textBaseline = 'top';
    for (const i of shown) {
      const [x, y, width] = [boxes[i * 4]!, boxes[i * 4 + 1]!, boxes[i * 4 + 2]!];
      context.fillText(scene.titles[i]!, x + BAR + 8, y + 10, width - BAR - 16);
    }
  }
}

/** What the overview's painter is told: where to draw, what, and as which view. */
export type OverviewMessage =
  | { kind: 'canvas'; canvas: HTMLCanvasElement | OffscreenCanvas }
  | { kind: 'scene'; scene: OverviewScene }
  | { kind: 'view'; view: OverviewView; ratio: number };

function sameView(a: { view: OverviewView; ratio: number }, b: { view: OverviewView; ratio: number }): boolean {
  return (
    a.ratio === b.ratio &&
    a.view.width === b.view.width &&
    a.view.height === b.view.height &&
    a.view.transform.every((value, i) => value === b.view.transform[i])
  );
}

/**
 * The overview's painter: it keeps the canvas, the scene and the view it was last told, sizes
 * the canvas to the pane at `ratio` device pixels per CSS pixel, and draws once it has all three,
 * and again for a new scene or a view that moved.
 * The overview worker runs one on its OffscreenCanvas; without a worker, the UI thread runs one.
 */
export function overviewPainter(): (message: OverviewMessage) => void {
  let canvas: HTMLCanvasElement | OffscreenCanvas | null = null;
  let scene: OverviewScene | null = null;
  let shown: { view: OverviewView; ratio: number } | null = null;
  return (message) => {
    if (message.kind === 'canvas') canvas = message.canvas;
    else if (message.kind === 'scene') scene = message.scene;
    else if (shown && sameView(shown, message)) return;
    else shown = { view: message.view, ratio: message.ratio };
    if (!canvas || !scene || !shown) return;
    const width = Math.round(shown.view.width * shown.ratio);
    const height = Math.round(shown.view.height * shown.ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    const context = canvas.getContext('2d') as Context2D | null;
    if (context) drawOverview(context, scene, shown.view, width);
  };
}
