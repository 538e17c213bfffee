/**
 * PNG and SVG pictures of the whole stack (not just what is on screen). The PNG is taken with
 * html-to-image 1.11.11 as React Flow's docs do (later releases drop the edges); the SVG is
 * drawn as real SVG from the diagram and the canvas's layout (svg-picture.ts).
 */
import { getNodesBounds, getViewportForBounds } from '@xyflow/react';
import { toPng } from 'html-to-image';
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

const PADDING = 0.08;
const MAX_SIDE = 4096;

function pictureOptions() {
  const api = flowApi();
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!api || !viewport) return null;
  const nodes = api.getNodes();
  if (nodes.length === 0) return null;
  const bounds = getNodesBounds(nodes);
  const scale = Math.min(2, MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
  const width = Math.ceil(Math.min(MAX_SIDE, bounds.width * scale * (1 + 2 * PADDING)));
  const height = Math.ceil(Math.min(MAX_SIDE, bounds.height * scale * (1 + 2 * PADDING)));
  const transform = getViewportForBounds(bounds, width, height, 0.1, scale, PADDING);
  const background = getComputedStyle(document.documentElement).getPropertyValue('--canvas-bg').trim() || '#ffffff';
  return {
    viewport,
    options: {
      backgroundColor: background,
      width,
      height,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${transform.x}px, ${transform.y}px) scale(${transform.zoom})`,
      },
    },
  };
}

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

function dataUrlBytes(url: string): Uint8Array {
  const base64 = url.slice(url.indexOf(',') + 1);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function exportPng(): Promise<void> {
  if (!flowApi() || useDiagramStore.getState().diagram.nodes.length === 0) return;
  try {
    const url = await withEveryDetail(() => {
      const picture = pictureOptions();
      if (!picture) throw new Error('the canvas is not ready');
      return toPng(picture.viewport, picture.options);
    });
    const saved = await getHost().exportBinary({ suggestedName: `${baseName()}.png`, data: dataUrlBytes(url) });
    if (saved) useUiStore.getState().showStatus(`Exported ${saved.name}.`, 'success');
  } catch (error) {
    useUiStore.getState().showStatus(`The PNG could not be made: ${(error as Error).message}`, 'error');
  }
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

export async function exportSvg(): Promise<void> {
  const diagram = useDiagramStore.getState().diagram;
  if (diagram.nodes.length === 0) return;
  try {
    const layout = await withEveryDetail(async () => canvasLayout());
    const text = stackSvg(pictureOf(diagram, catalog, analysisOf(diagram), layout), pictureColors());
    const saved = await getHost().exportText({ suggestedName: `${baseName()}.svg`, text });
    if (saved) useUiStore.getState().showStatus(`Exported ${saved.name}.`, 'success');
  } catch (error) {
    useUiStore.getState().showStatus(`The SVG could not be made: ${(error as Error).message}`, 'error');
  }
}
