/**
 * Diagram commands that take arguments: the value of the gesture that fired them (the package
 * dropped, the port pair, the chosen target). The palette, a drop, the keyboard, menus, the
 * command palette, problem fixes and the inspector all dispatch these, so one edit has one
 * code path and one test. Each is one undo step.
 */
import { applyFix } from '../../../core/check/fixes';
import type { Fix } from '../../../core/check/types';
import type { ConnectionRequest } from '../../../core/diagram/connect';
import type { DiagramNode, JsonValue, Position } from '../../../core/diagram/model';
import { wireOfferFor, useWireOfferStore } from '../canvas/wire-offer';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { addPackage, connect, setOption, setPin, setTarget } from '../store/edits';
import { addPackageAtFreeSpot } from '../store/place';
import { useUiStore } from '../store/ui-store';
import type { Action } from './types';

/** The arguments of each diagram command, by action id. */
export interface DiagramActionArgs {
  /** `at`: where a drop put it (flow coordinates); without it, a free spot in view. */
  'diagram.addPackage': { package: string; at?: Position };
  'diagram.connect': ConnectionRequest;
  'diagram.setTarget': { django?: string; python?: string };
  'diagram.setPin': { node: string; pin: string | null };
  'diagram.setOption': { node: string; key: string; value: JsonValue | undefined };
  'diagram.applyFix': { fix: Fix };
}

/** What a user reads for a node: the package's title, never the node id. */
export function nodeTitle(node: DiagramNode | string | undefined): string {
  const found = typeof node === 'string' ? useDiagramStore.getState().diagram.nodes.find((n) => n.id === node) : node;
  if (!found) return typeof node === 'string' ? node : 'package';
  return catalog.get(found.package)?.title ?? found.package;
}

function setDiagram(change: Parameters<ReturnType<typeof useDiagramStore.getState>['setDiagram']>[0]): void {
  useDiagramStore.getState().setDiagram(change);
}

function addPackageAction({ package: name, at }: DiagramActionArgs['diagram.addPackage']): void {
  const pkg = catalog.get(name);
  if (!pkg) {
    useUiStore.getState().showStatus(`There is no package “${name}” in the catalog.`, 'error');
    return;
  }
  if (!at) {
    addPackageAtFreeSpot(pkg.name);
    return;
  }
  let id = '';
  setDiagram((diagram) => {
    const result = addPackage(diagram, pkg.name, at);
    id = result.id;
    return result.diagram;
  });
  useUiStore.getState().select({ nodes: [id], edges: [] });
  useWireOfferStore.getState().set(wireOfferFor(useDiagramStore.getState().diagram, catalog, id));
}

function connectAction(request: DiagramActionArgs['diagram.connect']): void {
  const result = connect(useDiagramStore.getState().diagram, catalog, request);
  if (!result.ok) {
    useUiStore.getState().showStatus(result.reason, 'error');
    return;
  }
  setDiagram(result.diagram);
  const role = catalog.role(result.edge.role)?.label ?? result.edge.role;
  useUiStore
    .getState()
    .showStatus(`Connected ${nodeTitle(result.edge.source)} → ${nodeTitle(result.edge.target)} (${role}).`, 'success');
}

function applyFixAction({ fix }: DiagramActionArgs['diagram.applyFix']): void {
  const before = useDiagramStore.getState().diagram;
  setDiagram((diagram) => applyFix(diagram, catalog, fix));
  const after = useDiagramStore.getState().diagram;
  if (after === before) {
    useUiStore.getState().showStatus(`“${fix.label}” changed nothing.`, 'error');
    return;
  }
  const oldIds = new Set(before.nodes.map((node) => node.id));
  const added = after.nodes.filter((node) => !oldIds.has(node.id)).map((node) => node.id);
  if (added.length > 0) useUiStore.getState().select({ nodes: added, edges: [] });
  useUiStore.getState().showStatus(`Done: ${fix.label}.`, 'success');
}

/** An action whose `perform` takes the arguments of `id`. */
type ArgAction<K extends keyof DiagramActionArgs> = Action & { id: K; perform: (args: DiagramActionArgs[K]) => void };

function argAction<K extends keyof DiagramActionArgs>(
  id: K,
  label: string,
  perform: (args: DiagramActionArgs[K]) => void,
): ArgAction<K> {
  return { id, label, group: 'Edit', undoable: true, takesArguments: true, perform };
}

export const diagramActions: readonly Action[] = [
  argAction('diagram.addPackage', 'Add package', addPackageAction),
  argAction('diagram.connect', 'Connect ports', connectAction),
  argAction('diagram.setTarget', 'Set target', (change) => setDiagram((diagram) => setTarget(diagram, change))),
  argAction('diagram.setPin', 'Pin version', ({ node, pin }) => setDiagram((diagram) => setPin(diagram, node, pin))),
  argAction('diagram.setOption', 'Set option', ({ node, key, value }) =>
    setDiagram((diagram) => setOption(diagram, node, key, value)),
  ),
  argAction('diagram.applyFix', 'Apply fix', applyFixAction),
];
