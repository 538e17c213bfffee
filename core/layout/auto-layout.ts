/**
 * Auto-layout by role layers, with ELK's layered algorithm (elkjs): services on the left,
 * the Django hub on the right, every edge flowing from a provider's output (east side) to a
 * consumer's input (west side).
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { portsOf } from '../diagram/ports';
import { GRID, layerOf, nodeSize, type NodeSize } from './geometry';

export type { NodeSize };

/** Grid that laid-out positions snap to; the canvas uses the same grid. */
export const LAYOUT_GRID = GRID;

const elk = new ELK();

/** The size a node is drawn at when the canvas has not measured it (CLI, import). */
export function estimatedSize(diagram: Diagram, catalog: Catalog, nodeId: string): NodeSize {
  const node = diagram.nodes.find((n) => n.id === nodeId);
  return nodeSize(catalog, node?.package ?? '');
}

function snap(value: number): number {
  return Math.round(value / LAYOUT_GRID) * LAYOUT_GRID;
}

/**
 * Returns the diagram with new node positions. `sizes` are the rendered sizes the canvas
 * measured; nodes without one get an estimate. Edges and everything else are unchanged.
 */
export async function autoLayout(
  diagram: Diagram,
  catalog: Catalog,
  sizes: Record<string, NodeSize> = {},
): Promise<Diagram> {
  if (diagram.nodes.length === 0) return diagram;
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '96',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.portConstraints': 'FIXED_SIDE',
    },
    children: diagram.nodes.map((node) => {
      const pkg = catalog.get(node.package);
      const ports = pkg ? portsOf(pkg, catalog) : { inputs: [], outputs: [] };
      const size = sizes[node.id] ?? estimatedSize(diagram, catalog, node.id);
      return {
        id: node.id,
        width: size.width,
        height: size.height,
        layoutOptions: {
          'elk.partitioning.partition': String(layerOf(catalog, node.package)),
          'elk.portConstraints': 'FIXED_SIDE',
        },
        ports: [
          ...ports.inputs.map((port) => ({
            id: `${node.id}::in::${port.id}`,
            width: 8,
            height: 8,
            layoutOptions: { 'elk.port.side': 'WEST' },
          })),
          ...ports.outputs.map((port) => ({
            id: `${node.id}::out::${port.id}`,
            width: 8,
            height: 8,
            layoutOptions: { 'elk.port.side': 'EAST' },
          })),
        ],
      };
    }),
    edges: diagram.edges
      .filter(
        (edge) => diagram.nodes.some((n) => n.id === edge.source) && diagram.nodes.some((n) => n.id === edge.target),
      )
      .map((edge) => ({
        id: edge.id,
        sources: [`${edge.source}::out::${edge.sourcePort}`],
        targets: [`${edge.target}::in::${edge.targetPort}`],
      })),
  };
  // Edges whose ports the packages do not carry (a hand-edited file) are laid out node to node.
  const portIds = new Set(graph.children!.flatMap((child) => (child.ports ?? []).map((port) => port.id)));
  for (const edge of graph.edges ?? []) {
    if (!portIds.has(edge.sources[0]!)) edge.sources = [edge.sources[0]!.split('::')[0]!];
    if (!portIds.has(edge.targets[0]!)) edge.targets = [edge.targets[0]!.split('::')[0]!];
  }
  const laidOut = await elk.layout(graph);
  const positions = new Map(
    (laidOut.children ?? []).map((child) => [child.id, { x: snap(child.x ?? 0), y: snap(child.y ?? 0) }]),
  );
  return {
    ...diagram,
    nodes: diagram.nodes.map((node) => ({ ...node, position: positions.get(node.id) ?? node.position })),
  };
}
