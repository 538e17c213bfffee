/**
 * Applies a fix to a diagram, returning a new diagram (the old one is untouched, so a fix is
 * one undo step). Every action goes through the pure operations of core/diagram/ops.ts, and
 * every new edge through `checkConnection`: an action that no longer applies changes nothing.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import {
  addEdge,
  addNode,
  mergeNodes,
  removeEdge,
  removeNode,
  replacePackage,
  setPin,
  setTarget,
} from '../diagram/ops';
import type { Fix, FixAction, NewNodeWire } from './types';

function addPackage(diagram: Diagram, catalog: Catalog, action: Extract<FixAction, { kind: 'add-package' }>): Diagram {
  const pkg = catalog.get(action.package);
  if (!pkg) return diagram;
  const wires: NewNodeWire[] = [...(action.wire ?? [])];
  if (action.wireTo) wires.unshift({ direction: 'out', ...action.wireTo });
  const added = addNode(diagram, catalog, pkg.name, { near: action.near ?? action.wireTo?.node ?? wires[0]?.node });
  let next = added.diagram;
  for (const wire of wires) {
    const request =
      wire.direction === 'out'
        ? { source: added.id, sourcePort: wire.port, target: wire.node, targetPort: wire.port }
        : { source: wire.node, sourcePort: wire.port, target: added.id, targetPort: wire.port };
    next = addEdge(next, catalog, request).diagram;
  }
  return next;
}

function apply(diagram: Diagram, catalog: Catalog, action: FixAction): Diagram {
  switch (action.kind) {
    case 'add-package':
      return addPackage(diagram, catalog, action);
    case 'add-edge':
      return addEdge(diagram, catalog, action).diagram;
    case 'remove-edge':
      return removeEdge(diagram, action.edge);
    case 'remove-node':
      return removeNode(diagram, action.node);
    case 'merge-nodes':
      return mergeNodes(diagram, catalog, action.into, action.nodes);
    case 'replace-package':
      return replacePackage(diagram, catalog, action.node, action.package).diagram;
    case 'set-pin':
      return setPin(diagram, action.node, action.pin);
    case 'set-target':
      return setTarget(diagram, action);
  }
}

/** Returns the diagram with `fix` applied, its actions in order. */
export function applyFix(diagram: Diagram, catalog: Catalog, fix: Fix): Diagram {
  return fix.actions.reduce((next, action) => apply(next, catalog, action), diagram);
}
