/**
 * The canvas: React Flow, controlled by the diagram store. It turns React Flow's change
 * objects into store updates (a drag is one undo step; selection is not one) and sends every
 * new connection through `checkConnection`, showing the reason when one is refused.
 */
import {
  ControlButton,
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type FinalConnectionState,
  type NodeChange,
  type OnConnectStartParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { checkConnection } from '../../../core/diagram/connect';
import type { DiagramNode, Position } from '../../../core/diagram/model';
import { useAnalysisStore } from '../store/analysis-store';
import { importFileText, isDependencyFileName } from '../import/import-file';
import { catalog } from '../store/catalog';
import { beginGesture, endGesture, useDiagramStore } from '../store/diagram-store';
import { dispatch, runAction } from '../actions/registry';
import { GRID, moveNodes, NODE_WIDTH, placeNodes } from '../store/edits';
import { setFlowApi } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';
import { useResolvedTheme } from '../ui/use-theme';
import { useViewPrefs } from '../ui/view-prefs';
import { roleColor } from '../ui/role-color';
import { EmptyCanvas } from '../gallery/empty-canvas';
import { startConnecting, stopConnecting } from './connecting-store';
import type { PackageFlowNode, RoleFlowEdge } from './flow-types';
import { PackageNode } from './package-node';
import { isFar } from './detail';
import { DotGrid } from './dot-grid';
import { MiniMap } from './mini-map';
import { RoleEdge } from './role-edge';
import { WireOfferBar } from './wire-offer-bar';
import { Overview, type OverviewLook } from './overview';
import { usePictureStore } from './picture-store';
import { useViewPlan } from './use-view-plan';
import { OVERVIEW_MIN_ZOOM, WINDOW_FROM_NODES } from './windowing';
import { worstSeverity } from '../store/analysis';
import type { FlowPicture } from './flow-picture';
import { createEdgeMapper, createNodeMapper, guessedSize, wiredInputs, wiredOutputs, type Size } from './to-flow';

/** A small map: a frame with a view rectangle in it, drawn like the zoom controls' icons. */
function MinimapIcon() {
  return (
    // React Flow's control styles fill icons; the frame is drawn as an outline, so inline styles win.
    <svg viewBox="0 0 16 16" aria-hidden="true">
      <rect
        x="1.5"
        y="2.5"
        width="13"
        height="11"
        rx="1.5"
        style={{ fill: 'none', stroke: 'currentColor', strokeWidth: 1.6 }}
      />
      <rect x="7" y="7" width="5" height="4" />
    </svg>
  );
}

export const PACKAGE_MIME = 'application/x-djstack-package';

const nodeTypes = { package: PackageNode };
const edgeTypes = { role: RoleEdge };
const SNAP: [number, number] = [GRID, GRID];
const PRO_OPTIONS = { hideAttribution: true };

/** A package's colour on the minimap: its main role's. Memoised: the map asks for every node on every frame. */
const minimapColors = new Map<string, string>();
function minimapColor(node: DiagramNode): string {
  const name = node.package;
  let color = minimapColors.get(name);
  if (color === undefined) {
    color = roleColor(catalog.get(name)?.provides[0]?.role ?? '');
    minimapColors.set(name, color);
  }
  return color;
}

/** A package's title, for the overview: memoised like its colour, for each catalog (new package data may title it). */
let titles = { catalog, byName: new Map<string, string>() };
function titleOf(node: DiagramNode): string {
  if (titles.catalog !== catalog) titles = { catalog, byName: new Map() };
  let title = titles.byName.get(node.package);
  if (title === undefined) {
    title = catalog.get(node.package)?.title ?? node.package;
    titles.byName.set(node.package, title);
  }
  return title;
}

const NOT_DRAGGING: ReadonlyMap<string, Position> = new Map();
// Props of <ReactFlow> are compared by identity: a new object here on every render would make
// React Flow update its store, and run every node's and edge's selector, once more per frame.
const MULTI_SELECT_KEYS = ['Meta', 'Control'];
const ARIA_LABELS = {
  'node.a11yDescription.default': 'Press Enter or Space to select this package; arrow keys move it.',
};

/** Why a dropped connection was refused, in words (null when there is nothing to say). */
export function refusalReason(state: FinalConnectionState): string | null {
  if (state.isValid || !state.fromHandle) return null;
  const to = state.toHandle;
  if (!to) return null;
  if (to.type === state.fromHandle.type) {
    return 'Connect an output (right side of a package) to an input (left side of another).';
  }
  const from = state.fromHandle;
  const request =
    from.type === 'source'
      ? { source: from.nodeId, sourcePort: from.id ?? '', target: to.nodeId, targetPort: to.id ?? '' }
      : { source: to.nodeId, sourcePort: to.id ?? '', target: from.nodeId, targetPort: from.id ?? '' };
  const verdict = checkConnection(useDiagramStore.getState().diagram, catalog, request);
  return verdict.ok ? null : verdict.reason;
}

function applySelection(current: readonly string[], changes: { id: string; selected: boolean }[]): readonly string[] {
  if (changes.length === 0) return current;
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  if (next.size === current.length && current.every((id) => next.has(id))) return current;
  return [...next];
}

export function Canvas() {
  const nodes = useDiagramStore((state) => state.diagram.nodes);
  const edges = useDiagramStore((state) => state.diagram.edges);
  const selection = useUiStore((state) => state.selection);
  const theme = useResolvedTheme();
  const flow = useReactFlow<PackageFlowNode, RoleFlowEdge>();
  const flowStore = useStoreApi();
  const far = useStore(isFar);
  const showMinimap = useViewPrefs((state) => state.minimap);
  const [sizes, setSizes] = useState<ReadonlyMap<string, Size>>(new Map());
  const [mapNodes] = useState(createNodeMapper);
  const [mapEdges] = useState(createEdgeMapper);

  useEffect(() => {
    setFlowApi(flow as never, () => {
      const { width, height, minZoom } = flowStore.getState();
      return { width, height, minZoom };
    });
    return () => setFlowApi(null);
  }, [flow, flowStore]);

  const selectedNodes = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const selectedEdges = useMemo(() => new Set(selection.edges), [selection.edges]);
  // The analysis object survives a drag (positions are not checked), and so do the wired ports.
  const analysis = useAnalysisStore((state) => state.analysis);
  const checking = useAnalysisStore((state) => state.checking);
  const wired = useMemo(() => wiredInputs(edges), [edges]);
  const wiredOut = useMemo(() => wiredOutputs(edges), [edges]);
  // Where the nodes being dragged are now. A drag lives in the canvas's own state until the
  // drop, which writes the positions to the diagram (one store update, one undo step): the
  // store's subscribers do not run on every frame, and React renders the frames as it would
  // for a plain React Flow page instead of synchronously inside each mouse event.
  const [dragged, setDragged] = useState<ReadonlyMap<string, Position>>(NOT_DRAGGING);
  const draggedRef = useRef(dragged); // the same map, for the change handler
  const shownNodes = useMemo(() => placeNodes(nodes, dragged), [nodes, dragged]);
  // A large diagram mounts only the packages in and around the view, or none (the overview).
  const everything = usePictureStore((state) => state.everything);
  const { plan, mounted } = useViewPlan(nodes, edges, selection.nodes, everything);
  const overview = plan.mode === 'overview' && !everything;
  // React Flow holds only the mounted packages: it runs a selector per node it holds on every
  // change of its store, and a windowed diagram's thousands of others would make each a long task.
  const mountedNodes = useMemo(
    () => (mounted === null ? shownNodes : shownNodes.filter((node) => mounted.has(node.id))),
    [shownNodes, mounted],
  );
  const flowNodes = useMemo(
    () => mapNodes(mountedNodes, selectedNodes, sizes, { analysis, wired, wiredOut }, mounted !== null),
    [mapNodes, mountedNodes, selectedNodes, sizes, analysis, wired, wiredOut, mounted],
  );
  // The minimap and the overview draw every package, from the diagram.
  const picture = useMemo<FlowPicture>(
    () => ({ nodes: shownNodes, sizeOf: (node) => sizes.get(node.id) ?? guessedSize(node), selected: selectedNodes }),
    [shownNodes, sizes, selectedNodes],
  );
  const overviewLook = useMemo<OverviewLook>(
    () => ({
      nodeColor: minimapColor,
      worst: (id) => worstSeverity(analysis.byNode.get(id) ?? []),
      title: titleOf,
      edges,
    }),
    [analysis, edges],
  );
  // A wire is drawn when both its ends are mounted; the overview draws the others itself.
  const mountedEdges = useMemo(
    () => (mounted === null ? edges : edges.filter((edge) => mounted.has(edge.source) && mounted.has(edge.target))),
    [edges, mounted],
  );
  const flowEdges = useMemo(
    () => mapEdges(mountedEdges, selectedEdges, analysis.byEdge),
    [mapEdges, mountedEdges, selectedEdges, analysis],
  );

  const onNodesChange = useCallback((changes: NodeChange<PackageFlowNode>[]) => {
    const moving = new Map<string, Position>();
    const settled = new Map<string, Position>();
    const selects: { id: string; selected: boolean }[] = [];
    const measured: [string, Size][] = [];
    for (const change of changes) {
      if (change.type === 'position') {
        const position = change.position ?? draggedRef.current.get(change.id);
        if (!position) continue;
        // `dragging` is false on the drop and for a move by arrow keys: those go to the diagram.
        if (change.dragging) moving.set(change.id, position);
        else settled.set(change.id, position);
      } else if (change.type === 'select') selects.push(change);
      else if (change.type === 'dimensions' && change.dimensions) measured.push([change.id, change.dimensions]);
    }
    if (moving.size > 0 || settled.size > 0) {
      const next = new Map([...draggedRef.current, ...moving]);
      for (const id of settled.keys()) next.delete(id);
      draggedRef.current = next.size === 0 ? NOT_DRAGGING : next;
      setDragged(draggedRef.current);
    }
    if (settled.size > 0) {
      useDiagramStore.getState().setDiagram((diagram) => moveNodes(diagram, settled));
    }
    if (selects.length > 0) {
      const ui = useUiStore.getState();
      const next = applySelection(ui.selection.nodes, selects);
      if (next !== ui.selection.nodes) ui.select({ nodes: next });
    }
    if (measured.length > 0) {
      setSizes((current) => {
        const next = new Map(current);
        for (const [id, size] of measured) next.set(id, size);
        return next;
      });
    }
  }, []);

  /** The drag ended: whatever is still only in the canvas's state goes to the diagram. */
  const onDragStop = useCallback(() => {
    const left = draggedRef.current;
    if (left.size > 0) {
      draggedRef.current = NOT_DRAGGING;
      setDragged(NOT_DRAGGING);
      useDiagramStore.getState().setDiagram((diagram) => moveNodes(diagram, left));
    }
    endGesture();
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<RoleFlowEdge>[]) => {
    const selects = changes.filter(
      (change): change is Extract<EdgeChange, { type: 'select' }> => change.type === 'select',
    );
    if (selects.length === 0) return;
    const ui = useUiStore.getState();
    const next = applySelection(ui.selection.edges, selects);
    if (next !== ui.selection.edges) ui.select({ edges: next });
  }, []);

  const isValidConnection = useCallback((connection: Connection | RoleFlowEdge) => {
    const verdict = checkConnection(useDiagramStore.getState().diagram, catalog, {
      source: connection.source,
      sourcePort: connection.sourceHandle ?? '',
      target: connection.target,
      targetPort: connection.targetHandle ?? '',
    });
    return verdict.ok;
  }, []);

  const onConnect = useCallback((connection: Connection) => {
    void dispatch('diagram.connect', {
      source: connection.source,
      sourcePort: connection.sourceHandle ?? '',
      target: connection.target,
      targetPort: connection.targetHandle ?? '',
    });
  }, []);

  const onConnectStart = useCallback((_event: unknown, params: OnConnectStartParams) => {
    if (!params.nodeId || !params.handleId || !params.handleType) return;
    startConnecting(useDiagramStore.getState().diagram, catalog, params.nodeId, params.handleType, params.handleId);
  }, []);

  const onConnectEnd = useCallback((_event: unknown, state: FinalConnectionState) => {
    stopConnecting();
    const reason = refusalReason(state);
    if (reason) useUiStore.getState().showStatus(`Connection refused: ${reason}`, 'error');
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PACKAGE_MIME) && !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const [file] = event.dataTransfer.files;
      if (file && isDependencyFileName(file.name)) {
        event.preventDefault();
        void file.text().then((text) => importFileText(file.name, text));
        return;
      }
      const name = event.dataTransfer.getData(PACKAGE_MIME);
      if (!name || !catalog.get(name)) return;
      event.preventDefault();
      const position = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      void dispatch('diagram.addPackage', {
        package: name,
        at: { x: position.x - NODE_WIDTH / 2, y: position.y - 20 },
      });
    },
    [flow],
  );

  return (
    <div
      className={far ? 'canvas is-far' : 'canvas'}
      data-testid="canvas"
      data-checking={checking}
      data-mounted={mounted === null ? 'all' : mounted.size}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<PackageFlowNode, RoleFlowEdge>
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onPaneClick={stopConnecting}
        isValidConnection={isValidConnection}
        onNodeDragStart={beginGesture}
        onNodeDragStop={onDragStop}
        onSelectionDragStart={beginGesture}
        onSelectionDragStop={onDragStop}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        snapToGrid
        snapGrid={SNAP}
        colorMode={theme}
        minZoom={nodes.length > WINDOW_FROM_NODES ? OVERVIEW_MIN_ZOOM : 0.1}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        ariaLabelConfig={ARIA_LABELS}
      >
        <DotGrid gap={GRID} />
        {overview ? <Overview picture={picture} look={overviewLook} theme={theme} /> : null}
        {/* An empty canvas has nothing to map: the empty frame would only cover the gallery. */}
        {showMinimap && nodes.length > 0 ? (
          <MiniMap picture={picture} nodeColor={minimapColor} theme={theme} ariaLabel="Minimap of the stack" />
        ) : null}
        <Controls aria-label="Zoom controls">
          <ControlButton
            onClick={() => void runAction('view.toggleMinimap')}
            aria-label={showMinimap ? 'Hide minimap' : 'Show minimap'}
            aria-pressed={showMinimap}
            title={showMinimap ? 'Hide minimap' : 'Show minimap'}
            data-testid="canvas.minimap.toggle"
          >
            <MinimapIcon />
          </ControlButton>
        </Controls>
      </ReactFlow>
      <EmptyCanvas />
      <WireOfferBar />
    </div>
  );
}
