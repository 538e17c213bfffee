/**
 * PNG and SVG pictures of the whole stack (not just what is on screen), one picture in two
 * formats: the SVG is drawn as real SVG from the diagram and the canvas's layout
 * (svg-picture.ts), and the PNG is that SVG rasterised by the browser. (The PNG was taken with
 * html-to-image, which clones every node with its computed styles: 129 s for 1,100 packages.)
 */
import { EXPORTING_ATTRIBUTE } from '../canvas/detail';
import { usePictureStore } from '../canvas/picture-store';
import { getHost } from '../host/host';
import { analysisOf } from '../store/analysis';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { flowApi } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';
import { pictureOf, type NodeLayout } from './picture-of';
import { LIGHT_PICTURE, stackSvg, type PictureColors } from './svg-picture';

/** The PNG's longest side at most, and its pixels per canvas pixel at most. */
const MAX_SIDE = 4096;
const MAX_SCALE = 2;

/** How long a windowed diagram may take to mount every package for a picture. */
const MOUNT_TIMEOUT_MS = 120_000;

/** Resolves once React Flow has measured every node (its handles are known), or rejects after the timeout. */
function everyNodeMeasured(): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      const api = flowApi();
      const nodes = api?.getNodes() ?? [];
      const all = nodes.length === useDiagramStore.getState().diagram.nodes.length;
      if (all && nodes.every((node) => api?.getInternalNode(node.id)?.internals.handleBounds)) resolve();
      else if (performance.now() - started > MOUNT_TIMEOUT_MS) reject(new Error('the packages took too long to draw'));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
}

/**
 * Runs `take` with every detail on the canvas: the far-zoom level of detail switched off, and a
 * windowed diagram's packages all mounted (canvas/windowing.ts) and measured first.
 */
async function withEveryDetail<T>(take: () => Promise<T>): Promise<T> {
  const canvas = document.querySelector('.canvas');
  canvas?.setAttribute(EXPORTING_ATTRIBUTE, '');
  // A windowed diagram's packages not mounted are not in React Flow (canvas/windowing.ts).
  const windowed = (flowApi()?.getNodes().length ?? 0) < useDiagramStore.getState().diagram.nodes.length;
  try {
    if (windowed) {
      usePictureStore.setState({ everything: true });
      await everyNodeMeasured();
    }
    return await take();
  } finally {
    if (windowed) usePictureStore.setState({ everything: false });
    canvas?.removeAttribute(EXPORTING_ATTRIBUTE);
  }
}

function baseName(): string {
  return useDiagramStore.getState().document.name.replace(/\.djstack$/i, '') || 'stack';
}

/** Where the canvas drew each node and its ports, from React Flow's measurements. */
function canvasLayout(): Map<string, NodeLayout> {
  const api = flowApi();
  const layout = new Map<string, NodeLayout>();
  if (!api) return layout;
  for (const { id } of api.getNodes()) {
    const node = api.getInternalNode(id);
    if (!node) continue;
    const bounds = node.internals.handleBounds;
    const handles = [
      ...(bounds?.target ?? []).map((h) => ({ id: h.id ?? '', direction: 'in' as const, y: h.y + h.height / 2 })),
      ...(bounds?.source ?? []).map((h) => ({ id: h.id ?? '', direction: 'out' as const, y: h.y + h.height / 2 })),
    ];
    layout.set(id, {
      ...node.internals.positionAbsolute,
      width: node.measured.width ?? node.width ?? 240,
      height: node.measured.height ?? node.height ?? 120,
      ports: handles,
    });
  }
  return layout;
}

/** The picture's colours: the theme the user sees. */
function pictureColors(): PictureColors {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--canvas-bg', LIGHT_PICTURE.background),
    node: read('--node-bg', LIGHT_PICTURE.node),
    border: read('--border-strong', LIGHT_PICTURE.border),
    text: read('--text', LIGHT_PICTURE.text),
    muted: read('--text-muted', LIGHT_PICTURE.muted),
    danger: read('--danger', LIGHT_PICTURE.danger),
    warning: read('--warning', LIGHT_PICTURE.warning),
  };
}

/** The stack as an SVG document, in the theme the user sees. */
async function stackPicture(): Promise<string> {
  const diagram = useDiagramStore.getState().diagram;
  const layout = await withEveryDetail(async () => canvasLayout());
  return stackSvg(pictureOf(diagram, catalog, analysisOf(diagram), layout), pictureColors());
}

/** `svg` rasterised: at most MAX_SCALE pixels per canvas pixel and MAX_SIDE pixels a side. */
async function svgToPng(svg: string): Promise<Uint8Array> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const { naturalWidth: width, naturalHeight: height } = image;
    const scale = Math.min(MAX_SCALE, MAX_SIDE / Math.max(width, height, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas to draw on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('the picture is too large to draw');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(): Promise<void> {
  if (useDiagramStore.getState().diagram.nodes.length === 0) return;
  try {
    const data = await svgToPng(await stackPicture());
    const saved = await getHost().exportBinary({ suggestedName: `${baseName()}.png`, data });
    if (saved) useUiStore.getState().showStatus(`Exported ${saved.name}.`, 'success');
  } catch (error) {
    useUiStore.getState().showStatus(`The PNG could not be made: ${(error as Error).message}`, 'error');
  }
}

export async function exportSvg(): Promise<void> {
  if (useDiagramStore.getState().diagram.nodes.length === 0) return;
  try {
    const text = await stackPicture();
    const saved = await getHost().exportText({ suggestedName: `${baseName()}.svg`, text });
    if (saved) useUiStore.getState().showStatus(`Exported ${saved.name}.`, 'success');
  } catch (error) {
    useUiStore.getState().showStatus(`The SVG could not be made: ${(error as Error).message}`, 'error');
  }
}
