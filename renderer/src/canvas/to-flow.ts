/**
 * Turns diagram nodes and edges into React Flow's, reusing the previous object whenever its
 * inputs are unchanged, so that React Flow and the memoised components skip untouched items.
 */
import type { Problem } from '../../../core/check/types';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import { NO_PROBLEMS, type IndexedAnalysis } from '../store/analysis';
import { catalog } from '../store/catalog';
import type { NodeFacts, PackageFlowNode, RoleFlowEdge } from './flow-types';
import { nodeSize } from '../../../core/layout/geometry';
import { levelOfNode } from '../../../core/resolve/levels';
import { catalogIndex } from '../../../core/resolve/catalog-index';

export interface Size {
  width: number;
  height: number;
}

/** Wired ports by node id: each node's wired port ids (one per wire), sorted, joined by spaces. */
export interface WiredPorts {
  get(node: string): string | undefined;
}

/**
 * Wired ports of one side by node. The edges are grouped in one pass; a node's list is sorted and
 * joined when first asked for: the canvas asks only for the packages it mounts, a few hundred of
 * a windowed diagram's thousands.
 */
function wiredPorts(edges: readonly DiagramEdge[], side: 'in' | 'out'): WiredPorts {
  const ports = new Map<string, string[]>();
  for (const edge of edges) {
    const node = side === 'in' ? edge.target : edge.source;
    const port = side === 'in' ? edge.targetPort : edge.sourcePort;
    const list = ports.get(node);
    if (list) list.push(port);
    else ports.set(node, [port]);
  }
  const joined = new Map<string, string>();
  return {
    get: (node) => {
      let text = joined.get(node);
      if (text === undefined) {
        const list = ports.get(node);
        if (!list) return undefined;
        text = [...list].sort().join(' ');
        joined.set(node, text);
      }
      return text;
    },
  };
}

/** Wired input ports by node: node id → its wired input port ids (one per wire), sorted, joined by spaces. */
export function wiredInputs(edges: readonly DiagramEdge[]): WiredPorts {
  return wiredPorts(edges, 'in');
}

/** Wired output ports by node, as `wiredInputs` lists inputs: what a port's accessible name counts. */
export function wiredOutputs(edges: readonly DiagramEdge[]): WiredPorts {
  return wiredPorts(edges, 'out');
}

/** How many wires a port has, from a node's `connected` or `connectedOut` list. */
export function wireCount(list: string, port: string): number {
  let count = 0;
  for (const id of list.split(' ')) if (id === port) count++;
  return count;
}

/** What the canvas derives for its nodes: versions and problems from the analysis, wired ports from the edges. */
export interface CanvasFacts {
  analysis: Pick<IndexedAnalysis, 'resolution' | 'byNode' | 'byEdge'>;
  wired: WiredPorts;
  /** Wired output ports (`wiredOutputs`); absent, outputs count no wires. */
  wiredOut?: WiredPorts;
}

function factsOf(facts: CanvasFacts, source: DiagramNode): NodeFacts {
  const id = source.id;
  const node = facts.analysis.resolution.nodes[id];
  // Core's verdict on the chosen release: never re-derived here.
  const level =
    node === undefined ? undefined : levelOfNode(facts.analysis.resolution, catalogIndex(catalog), source.package);
  return {
    version: node,
    level: level?.level,
    levelReason: level?.reason ?? '',
    problems: facts.analysis.byNode.get(id) ?? NO_PROBLEMS,
    connected: facts.wired.get(id) ?? '',
    connectedOut: facts.wiredOut?.get(id) ?? '',
  };
}

/** A node's name for screen readers: the package, the version chosen and how many problems it has. */
export function accessibleName(node: DiagramNode, facts: NodeFacts): string {
  const title = catalog.get(node.package)?.title ?? node.package;
  const count = facts.problems.length;
  return `${title}${facts.version ? ` ${facts.version}` : ''}${count > 0 ? `, ${count} problem${count === 1 ? '' : 's'}` : ''}`;
}

/** A package's drawn size before it is measured: from core's geometry, once per package name. */
const guesses = new Map<string, Size>();
export function guessedSize(node: DiagramNode): Size {
  let size = guesses.get(node.package);
  if (!size) {
    size = nodeSize(catalog, node.package);
    guesses.set(node.package, size);
  }
  return size;
}

type CachedNode = NodeFacts & {
  source: DiagramNode;
  selected: boolean;
  size: Size | undefined;
  windowed: boolean;
  node: PackageFlowNode;
};

/**
 * Maps diagram nodes to React Flow's. A windowed diagram (windowing.ts) is given only its
 * mounted packages: React Flow runs a selector per node it holds on every change of its store,
 * which for 5,000 hidden nodes made every frame of an open or an edit a long task. A package
 * left out is forgotten and made anew, with the facts of then, when it is mounted again.
 */
export function createNodeMapper() {
  const cache = new Map<string, CachedNode>();
  return (
    nodes: readonly DiagramNode[],
    selected: ReadonlySet<string>,
    sizes: ReadonlyMap<string, Size>,
    facts: CanvasFacts,
    /** Whether the diagram is windowed: its nodes get a size before they are measured. */
    windowed = false,
  ): PackageFlowNode[] => {
    const seen = new Set<string>();
    const result = nodes.map((source) => {
      seen.add(source.id);
      const isSelected = selected.has(source.id);
      const size = sizes.get(source.id);
      const hit = cache.get(source.id);
      const derived = factsOf(facts, source);
      if (
        hit &&
        hit.source === source &&
        hit.selected === isSelected &&
        hit.size === size &&
        hit.windowed === windowed &&
        hit.version === derived.version &&
        hit.level === derived.level &&
        hit.levelReason === derived.levelReason &&
        hit.problems === derived.problems &&
        hit.connected === derived.connected &&
        hit.connectedOut === derived.connectedOut
      ) {
        return hit.node;
      }
      const node: PackageFlowNode = {
        id: source.id,
        type: 'package',
        ariaLabel: accessibleName(source, derived),
        position: source.position,
        data: { node: source, ...derived },
        selected: isSelected,
        ...(size ? { measured: size } : {}),
        // Until it is measured, a windowed diagram's package has core's size, for the edges' ends.
        ...(windowed ? { initialWidth: guessedSize(source).width, initialHeight: guessedSize(source).height } : {}),
      };
      cache.set(source.id, { source, selected: isSelected, size, windowed, ...derived, node });
      return node;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return result;
  };
}

export function createEdgeMapper() {
  const cache = new Map<
    string,
    { source: DiagramEdge; selected: boolean; problems: readonly Problem[]; edge: RoleFlowEdge }
  >();
  return (
    edges: readonly DiagramEdge[],
    selected: ReadonlySet<string>,
    byEdge: ReadonlyMap<string, readonly Problem[]>,
  ): RoleFlowEdge[] => {
    const seen = new Set<string>();
    const result = edges.map((source) => {
      seen.add(source.id);
      const isSelected = selected.has(source.id);
      const problems = byEdge.get(source.id) ?? NO_PROBLEMS;
      const hit = cache.get(source.id);
      if (hit && hit.source === source && hit.selected === isSelected && hit.problems === problems) return hit.edge;
      const edge: RoleFlowEdge = {
        id: source.id,
        type: 'role',
        source: source.source,
        sourceHandle: source.sourcePort,
        target: source.target,
        targetHandle: source.targetPort,
        selected: isSelected,
        data: { edge: source, problems },
        ariaLabel: `${source.role} connection from ${source.source} to ${source.target}`,
      };
      cache.set(source.id, { source, selected: isSelected, problems, edge });
      return edge;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return result;
  };
}
