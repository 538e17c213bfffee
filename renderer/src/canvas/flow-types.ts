import type { SupportLevel } from '../../../core/resolve/levels';
import type { Edge, Node } from '@xyflow/react';
import type { Problem } from '../../../core/check/types';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';

/**
 * What a package node shows besides its diagram node: derived once per diagram by the canvas
 * and handed down as data, so that no node subscribes to the store (hundreds of selectors
 * would otherwise run on every frame of a drag).
 */
// A type alias, not an interface: React Flow's data must be assignable to Record<string, unknown>.
export type NodeFacts = {
  /** The version the resolver chose, if it chose one. */
  version: string | undefined;
  /** How well that release supports the target (core/resolve/levels), with the reason. */
  level: SupportLevel | undefined;
  levelReason: string;
  problems: readonly Problem[];
  /** The ids of the node's wired input ports, sorted and joined by spaces. */
  connected: string;
  /** The ids of the node's wired output ports, one per wire, sorted and joined by spaces. */
  connectedOut: string;
};

export type PackageFlowNode = Node<{ node: DiagramNode } & NodeFacts, 'package'>;
export type RoleFlowEdge = Edge<{ edge: DiagramEdge; problems: readonly Problem[] }, 'role'>;
