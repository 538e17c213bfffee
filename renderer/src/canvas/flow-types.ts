import type { Edge, Node } from '@xyflow/react';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';

export type PackageFlowNode = Node<{ node: DiagramNode }, 'package'>;
export type RoleFlowEdge = Edge<{ edge: DiagramEdge }, 'role'>;
