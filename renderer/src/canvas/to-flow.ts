/**
 * Turns diagram nodes and edges into React Flow's, reusing the previous object whenever its
 * inputs are unchanged, so that React Flow and the memoised components skip untouched items.
 */
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import type { PackageFlowNode, RoleFlowEdge } from './flow-types';

export interface Size {
  width: number;
  height: number;
}

export function createNodeMapper() {
  const cache = new Map<string, { source: DiagramNode; selected: boolean; size: Size | undefined; node: PackageFlowNode }>();
  return (nodes: readonly DiagramNode[], selected: ReadonlySet<string>, sizes: ReadonlyMap<string, Size>): PackageFlowNode[] => {
    const seen = new Set<string>();
    const result = nodes.map((source) => {
      seen.add(source.id);
      const isSelected = selected.has(source.id);
      const size = sizes.get(source.id);
      const hit = cache.get(source.id);
      if (hit && hit.source === source && hit.selected === isSelected && hit.size === size) return hit.node;
      const node: PackageFlowNode = {
        id: source.id,
        type: 'package',
        position: source.position,
        data: { node: source },
        selected: isSelected,
        ...(size ? { measured: size } : {}),
      };
      cache.set(source.id, { source, selected: isSelected, size, node });
      return node;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return result;
  };
}

export function createEdgeMapper() {
  const cache = new Map<string, { source: DiagramEdge; selected: boolean; edge: RoleFlowEdge }>();
  return (edges: readonly DiagramEdge[], selected: ReadonlySet<string>): RoleFlowEdge[] => {
    const seen = new Set<string>();
    const result = edges.map((source) => {
      seen.add(source.id);
      const isSelected = selected.has(source.id);
      const hit = cache.get(source.id);
      if (hit && hit.source === source && hit.selected === isSelected) return hit.edge;
      const edge: RoleFlowEdge = {
        id: source.id,
        type: 'role',
        source: source.source,
        sourceHandle: source.sourcePort,
        target: source.target,
        targetHandle: source.targetPort,
        selected: isSelected,
        data: { edge: source },
        ariaLabel: `${source.role} connection from ${source.source} to ${source.target}`,
      };
      cache.set(source.id, { source, selected: isSelected, edge });
      return edge;
    });
    for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
    return result;
  };
}
