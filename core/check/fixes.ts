/**
 * Applies a fix to a diagram, returning a new diagram (the old one is untouched, so a fix is
 * one undo step).
 *
 * FIRST VERSION (foundation): the compatibility-engine issue implements every action.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import type { Fix } from './types';

/** Returns the diagram with `fix` applied. */
export function applyFix(diagram: Diagram, _catalog: Catalog, fix: Fix): Diagram {
  let next: Diagram = { ...diagram, nodes: [...diagram.nodes], edges: [...diagram.edges] };
  for (const action of fix.actions) {
    if (action.kind === 'remove-edge') next = { ...next, edges: next.edges.filter((edge) => edge.id !== action.edge) };
    if (action.kind === 'set-pin') {
      next = {
        ...next,
        nodes: next.nodes.map((node) => {
          if (node.id !== action.node) return node;
          const { pin: _old, ...rest } = node;
          return action.pin ? { ...rest, pin: action.pin } : rest;
        }),
      };
    }
  }
  return next;
}
