/**
 * Wiring from the keyboard: Enter on a port starts a connection, Tab and the arrow keys walk
 * the ports that could take it (core's `checkConnection` chose them), Enter connects through
 * the registered connect action, Escape cancels. Keys a port handles stop here, so that React
 * Flow does not also select or move the node around it.
 */
import type { KeyboardEvent } from 'react';
import { portsOf } from '../../../core/diagram/ports';
import { dispatch } from '../actions/registry';
import { nodeTitle } from '../actions/diagram-actions';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { flowApi } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';
import { portKey, startConnecting, stopConnecting, useConnectingStore, type PortRef } from './connecting-store';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

function handleOf(port: PortRef): HTMLElement | null {
  const selector = `.react-flow__handle.${port.kind}[data-nodeid="${CSS.escape(port.nodeId)}"][data-handleid="${CSS.escape(port.portId)}"]`;
  return document.querySelector<HTMLElement>(selector);
}

/** Focuses a port's handle, bringing its node into view first when it is off the canvas. */
export function focusPort(port: PortRef): void {
  const element = handleOf(port);
  if (!element) return;
  element.focus({ preventScroll: true });
  const pane = element.closest('.react-flow')?.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  const api = flowApi();
  if (!pane || !api) return;
  const inside = box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom;
  if (inside) return;
  const node = api.getInternalNode(port.nodeId);
  if (!node) return;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? 0;
  const height = node.measured.height ?? 0;
  void api.setCenter(x + width / 2, y + height / 2, { zoom: api.getZoom(), duration: 150 });
}

function portWords(port: PortRef): string {
  const node = useDiagramStore.getState().diagram.nodes.find((n) => n.id === port.nodeId);
  const pkg = node ? catalog.get(node.package) : undefined;
  const ports = pkg ? portsOf(pkg, catalog) : { inputs: [], outputs: [] };
  const found = (port.kind === 'target' ? ports.inputs : ports.outputs).find((p) => p.id === port.portId);
  return `${found?.label ?? port.portId} ${port.kind === 'target' ? 'input' : 'output'} of ${nodeTitle(node)}`;
}

function begin(port: PortRef): void {
  const state = startConnecting(useDiagramStore.getState().diagram, catalog, port.nodeId, port.kind, port.portId, {
    keyboard: true,
  });
  const ui = useUiStore.getState();
  if (state.order.length === 0) {
    stopConnecting();
    ui.showStatus(`No port on the canvas can take the ${portWords(port)} now.`, 'error');
    return;
  }
  const count = state.order.length;
  ui.showStatus(
    `Connecting the ${portWords(port)}: Tab moves between the ${count} compatible port${count === 1 ? '' : 's'}, Enter connects, Escape cancels.`,
  );
}

function finish(origin: PortRef, end: PortRef): void {
  stopConnecting();
  const [source, target] = origin.kind === 'source' ? [origin, end] : [end, origin];
  void dispatch('diagram.connect', {
    source: source.nodeId,
    sourcePort: source.portId,
    target: target.nodeId,
    targetPort: target.portId,
  });
  // The port stays in the DOM (a connected input never folds away): keep the focus on it.
  requestAnimationFrame(() => focusPort(end));
}

/** The keydown handler of one port's handle. */
export function onPortKeyDown(event: KeyboardEvent, port: PortRef): void {
  const state = useConnectingStore.getState();
  const key = portKey(port.nodeId, port.kind, port.portId);
  const keyboardMode = state.active && state.keyboard && state.origin !== null;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    event.stopPropagation();
    if (!keyboardMode) begin(port);
    else if (state.from === key) {
      stopConnecting();
      useUiStore.getState().showStatus('Connection cancelled.');
    } else if (state.compatible.has(key)) finish(state.origin!, port);
    else useUiStore.getState().showStatus(`The ${portWords(port)} cannot take this connection.`, 'error');
    return;
  }
  if (!keyboardMode) return;
  if (event.key === 'Escape') {
    event.preventDefault();
    event.stopPropagation();
    stopConnecting();
    useUiStore.getState().showStatus('Connection cancelled.');
    focusPort(state.origin!);
    return;
  }
  const forward = NEXT.has(event.key) || (event.key === 'Tab' && !event.shiftKey);
  const backward = PREVIOUS.has(event.key) || (event.key === 'Tab' && event.shiftKey);
  if (!forward && !backward) return;
  event.preventDefault();
  event.stopPropagation();
  // The ring: the origin, then every compatible port, then back to the origin.
  const ring = [state.origin!, ...state.order];
  const here = ring.findIndex((p) => portKey(p.nodeId, p.kind, p.portId) === key);
  const next = ring[(here + (forward ? 1 : -1) + ring.length) % ring.length]!;
  focusPort(next);
}
