/**
 * Pure diagram operations used by fixes (and available to any command): each returns a new
 * diagram and leaves its input untouched, so one operation is one undo step. New edges go
 * through `checkConnection`; new ids come from `freshNodeId`, unique in the diagram.
 */
import type { Catalog } from '../catalog/catalog';
import { checkConnection, type ConnectionRequest } from './connect';
import { freeSpot, GRID, NODE_WIDTH, snap } from '../layout/geometry';
import { hostsOf } from './hosts';
import { withFields } from '../format/key-order';
import type { Diagram, DiagramEdge, DiagramNode, JsonValue, Position } from './model';

/**
 * The id of a new node of `packageName`: the package name itself while it is free (it reads
 * well in a saved file and a diff), then `${package}-2`, `-3`, ... `taken` holds ids handed
 * out in the same operation (a paste of several nodes).
 */
export function freshNodeId(diagram: Diagram, packageName: string, taken: ReadonlySet<string> = new Set()): string {
  const used = new Set([...diagram.nodes.map((node) => node.id), ...taken]);
  if (!used.has(packageName)) return packageName;
  let n = 2;
  while (used.has(`${packageName}-${n}`)) n++;
  return `${packageName}-${n}`;
}

/** An edge id that no edge of `diagram` uses yet: `source.port-target.port`, then `-2`, `-3`, ... */
export function freshEdgeId(
  diagram: Diagram,
  source: string,
  sourcePort: string,
  target: string,
  targetPort: string,
): string {
  const base = `${source}.${sourcePort}-${target}.${targetPort}`;
  const taken = new Set(diagram.edges.map((edge) => edge.id));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

/**
 * A free spot for a new node of `packageName` near `anchor` (a node id): left of it first,
 * where a provider belongs. Without an anchor: near the origin. Never overlaps a node.
 */
export function freePositionNear(
  diagram: Diagram,
  catalog: Catalog | undefined,
  packageName: string,
  anchor?: string,
): Position {
  const base = diagram.nodes.find((node) => node.id === anchor)?.position;
  if (!base) return freeSpot(diagram, catalog, packageName);
  return freeSpot(diagram, catalog, packageName, { x: base.x - NODE_WIDTH - 3 * GRID, y: base.y }, { prefer: 'left' });
}

/** Adds a node for `packageName` at a free spot (near the node `near`, or at `at`); returns the diagram and the id. */
export function addNode(
  diagram: Diagram,
  catalog: Catalog | undefined,
  packageName: string,
  place: { near?: string; at?: Position } = {},
): { diagram: Diagram; id: string } {
  const id = freshNodeId(diagram, packageName);
  const position = place.at ? snap(place.at) : freePositionNear(diagram, catalog, packageName, place.near);
  const node: DiagramNode = { id, package: packageName, position };
  return { diagram: { ...diagram, nodes: [...diagram.nodes, node] }, id };
}

/** Adds an edge if `checkConnection` allows it; otherwise says why and changes nothing. */
export function addEdge(
  diagram: Diagram,
  catalog: Catalog,
  request: ConnectionRequest,
): { ok: true; diagram: Diagram; edge: DiagramEdge } | { ok: false; diagram: Diagram; reason: string } {
  const verdict = checkConnection(diagram, catalog, request);
  if (!verdict.ok) return { ok: false, diagram, reason: verdict.reason };
  const edge: DiagramEdge = {
    id: freshEdgeId(diagram, request.source, request.sourcePort, request.target, request.targetPort),
    source: request.source,
    sourcePort: request.sourcePort,
    target: request.target,
    targetPort: request.targetPort,
    role: verdict.role,
  };
  return { ok: true, diagram: { ...diagram, edges: [...diagram.edges, edge] }, edge };
}

/** Removes an edge by id. */
export function removeEdge(diagram: Diagram, edgeId: string): Diagram {
  return { ...diagram, edges: diagram.edges.filter((edge) => edge.id !== edgeId) };
}

/** Removes a node and every edge touching it. */
export function removeNode(diagram: Diagram, nodeId: string): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.filter((node) => node.id !== nodeId),
    edges: diagram.edges.filter((edge) => edge.source !== nodeId && edge.target !== nodeId),
  };
}

/** Removes nodes (with the edges touching them) and edges, in one step. */
export function removeItems(diagram: Diagram, nodeIds: Iterable<string>, edgeIds: Iterable<string> = []): Diagram {
  let next = diagram;
  for (const id of new Set(edgeIds)) next = removeEdge(next, id);
  for (const id of new Set(nodeIds)) next = removeNode(next, id);
  return next;
}

/** `nodes` with the positions given; a node that does not move stays the same object. */
export function placeNodes(nodes: DiagramNode[], positions: ReadonlyMap<string, Position>): DiagramNode[] {
  if (positions.size === 0) return nodes;
  return nodes.map((node) => {
    const position = positions.get(node.id);
    return position && (position.x !== node.position.x || position.y !== node.position.y)
      ? withFields(node, { position })
      : node;
  });
}

/** Moves nodes to the positions given (a drag of several nodes is one step). */
export function moveNodes(diagram: Diagram, positions: ReadonlyMap<string, Position>): Diagram {
  if (positions.size === 0) return diagram;
  return { ...diagram, nodes: placeNodes(diagram.nodes, positions) };
}

/**
 * Sets (or with undefined, removes) one option of a node; the node loses `options` when none
 * is left. The other options keep their values as read, and their order where it was recorded.
 */
export function setOption(diagram: Diagram, nodeId: string, key: string, value: JsonValue | undefined): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.map((node) => {
      if (node.id !== nodeId) return node;
      const options = withFields(node.options ?? {}, { [key]: value });
      return withFields(node, { options: Object.keys(options).length > 0 ? options : undefined });
    }),
  };
}

/** Sets (or with null, removes) a node's pin. */
export function setPin(diagram: Diagram, nodeId: string, pin: string | null): Diagram {
  return {
    ...diagram,
    nodes: diagram.nodes.map((node) => (node.id === nodeId ? withFields(node, { pin: pin || undefined }) : node)),
  };
}

/**
 * Changes the target Django and/or Python version; the same diagram when nothing changes, so
 * choosing the current target makes no undo step.
 */
export function setTarget(diagram: Diagram, target: { django?: string; python?: string }): Diagram {
  const unchanged =
    (target.django || diagram.target.django) === diagram.target.django &&
    (target.python || diagram.target.python) === diagram.target.python;
  if (unchanged) return diagram;
  return {
    ...diagram,
    target: {
      ...diagram.target,
      ...(target.django ? { django: target.django } : {}),
      ...(target.python ? { python: target.python } : {}),
    },
  };
}

/**
 * Where an output wire of `plugin` belongs: the edge's own end, unless the plugin has a host for
 * the role on the canvas and the edge ends elsewhere (a JWT plugin wired into Django's Auth
 * moves to DRF's, where its authentication class is configured).
 */
function hostEnd(
  diagram: Diagram,
  catalog: Catalog,
  plugin: string,
  edge: DiagramEdge,
): { target: string; targetPort: string } {
  const hostNames = hostsOf(catalog, plugin, edge.sourcePort);
  if (hostNames.length === 0) return { target: edge.target, targetPort: edge.targetPort };
  const nameOf = (node: DiagramNode) => catalog.get(node.package)?.name ?? node.package;
  const current = diagram.nodes.find((node) => node.id === edge.target);
  if (current && hostNames.includes(nameOf(current))) return { target: edge.target, targetPort: edge.targetPort };
  for (const host of hostNames) {
    const node = diagram.nodes.find((candidate) => nameOf(candidate) === host);
    if (node) return { target: node.id, targetPort: edge.sourcePort };
  }
  return { target: edge.target, targetPort: edge.targetPort };
}

/**
 * Replaces the package of a node by `successor`, at the same place. Its connections are kept
 * where the successor carries the same role in the same direction (and the rules of
 * `checkConnection` still allow them), an output moving to the successor's host when it has one
 * on the canvas (`hostsOf`); the pin and options belong to the old package and go.
 * When the successor is already on the canvas, the connections move to that node instead.
 */
export function replacePackage(
  diagram: Diagram,
  catalog: Catalog,
  nodeId: string,
  successor: string,
): { diagram: Diagram; id: string } {
  const old = diagram.nodes.find((node) => node.id === nodeId);
  const pkg = catalog.get(successor);
  if (!old || !pkg) return { diagram, id: nodeId };
  const existing = diagram.nodes.find((node) => node.id !== nodeId && catalog.get(node.package)?.name === pkg.name);
  const others = diagram.nodes.filter((node) => node.id !== nodeId);
  const id = existing ? existing.id : freshNodeId({ ...diagram, nodes: others }, pkg.name);
  const { pin: _pin, options: _options, id: _id, package: _package, ...extra } = old;
  // The new node takes the old one's place in the list, so a saved file changes in one spot.
  const nodes = existing
    ? others
    : diagram.nodes.map((node) =>
        node.id === nodeId ? { ...extra, id, package: pkg.name, position: { ...old.position } } : node,
      );
  const touches = (edge: DiagramEdge) => edge.source === nodeId || edge.target === nodeId;
  let check: Diagram = { ...diagram, nodes, edges: diagram.edges.filter((edge) => !touches(edge)) };
  const moved = new Map<string, DiagramEdge>();
  for (const edge of diagram.edges.filter(touches)) {
    const request: ConnectionRequest =
      edge.source === nodeId
        ? { source: id, sourcePort: edge.sourcePort, ...hostEnd(check, catalog, pkg.name, edge) }
        : { source: edge.source, sourcePort: edge.sourcePort, target: id, targetPort: edge.targetPort };
    const verdict = checkConnection(check, catalog, request);
    if (!verdict.ok) continue;
    // Keep the edge's id and any extra fields it was saved with: only its ends change.
    const kept = { ...edge, ...request, role: verdict.role };
    moved.set(edge.id, kept);
    check = { ...check, edges: [...check.edges, kept] };
  }
  const edges = diagram.edges.flatMap((edge) =>
    !touches(edge) ? [edge] : moved.has(edge.id) ? [moved.get(edge.id)!] : [],
  );
  const next: Diagram = { ...diagram, nodes, edges };
  return { diagram: next, id };
}

/**
 * Merges the nodes `from` into the node `into` (copies of one package): every wire of a copy
 * moves to `into` where `checkConnection` allows it (a wire `into` already has is dropped, as is
 * a second provider into an input that takes one), then the copies go. `into` keeps its own pin
 * and options.
 */
export function mergeNodes(diagram: Diagram, catalog: Catalog, into: string, from: readonly string[]): Diagram {
  const merged = new Set(from.filter((id) => id !== into));
  if (!diagram.nodes.some((node) => node.id === into) || merged.size === 0) return diagram;
  const touches = (edge: DiagramEdge) => merged.has(edge.source) || merged.has(edge.target);
  let next: Diagram = {
    ...diagram,
    nodes: diagram.nodes.filter((node) => !merged.has(node.id)),
    edges: diagram.edges.filter((edge) => !touches(edge)),
  };
  for (const edge of diagram.edges.filter(touches)) {
    const request: ConnectionRequest = {
      source: merged.has(edge.source) ? into : edge.source,
      sourcePort: edge.sourcePort,
      target: merged.has(edge.target) ? into : edge.target,
      targetPort: edge.targetPort,
    };
    const verdict = checkConnection(next, catalog, request);
    if (verdict.ok) next = { ...next, edges: [...next.edges, { ...edge, ...request, role: verdict.role }] };
  }
  return next;
}
