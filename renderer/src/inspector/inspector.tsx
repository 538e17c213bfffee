/** The inspector: the selected package or connection, else the stack as a whole. */
import { Suspense } from 'react';
import type { DiagramEdge } from '../../../core/diagram/model';
import { runAction } from '../actions/registry';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { lazyView } from '../ui/lazy-view';
import { roleLabel } from '../ui/role-color';
import { AlsoInstalls } from './implicit-packages';
import { NodeInspector } from './node-inspector';

// Its diff runs the settings exporter, which loads apart from the first interactive canvas.
const EdgeSettings = lazyView(() => import('./edge-settings-view').then((m) => m.EdgeSettings));

function EdgeInspector({ edge }: { edge: DiagramEdge }) {
  const source = useDiagramStore((state) => state.diagram.nodes.find((node) => node.id === edge.source));
  const target = useDiagramStore((state) => state.diagram.nodes.find((node) => node.id === edge.target));
  const role = catalog.role(edge.role);
  const title = (pkg: string | undefined) => (pkg ? (catalog.get(pkg)?.title ?? pkg) : '?');
  return (
    <div className="inspector-body" data-testid="inspector.edge">
      <h2>{roleLabel(edge.role)} connection</h2>
      <p>
        <strong>{title(source?.package)}</strong> provides {roleLabel(edge.role)} to{' '}
        <strong>{title(target?.package)}</strong>.
      </p>
      {role ? <p>{role.description}</p> : null}
      <Suspense fallback={null}>
        <EdgeSettings edgeId={edge.id} />
      </Suspense>
      <button type="button" className="danger-button" onClick={() => void runAction('edit.delete')}>
        Remove connection
      </button>
    </div>
  );
}

function StackSummary() {
  const count = useDiagramStore((state) => state.diagram.nodes.length);
  const edges = useDiagramStore((state) => state.diagram.edges.length);
  return (
    <div className="inspector-body" data-testid="inspector.stack">
      <h2>Stack</h2>
      <p>
        {count} package{count === 1 ? '' : 's'}, {edges} connection{edges === 1 ? '' : 's'}.
      </p>
      <AlsoInstalls />
      <p className="empty-note">Select a package or a connection to see its details.</p>
    </div>
  );
}

export function Inspector() {
  const nodeId = useUiStore((state) =>
    state.selection.nodes.length === 1 && state.selection.edges.length === 0 ? state.selection.nodes[0] : undefined,
  );
  const edgeId = useUiStore((state) =>
    state.selection.edges.length === 1 && state.selection.nodes.length === 0 ? state.selection.edges[0] : undefined,
  );
  const node = useDiagramStore((state) => (nodeId ? state.diagram.nodes.find((n) => n.id === nodeId) : undefined));
  const edge = useDiagramStore((state) => (edgeId ? state.diagram.edges.find((e) => e.id === edgeId) : undefined));
  return (
    <aside className="inspector" aria-label="Inspector">
      {node ? <NodeInspector key={node.id} node={node} /> : edge ? <EdgeInspector edge={edge} /> : <StackSummary />}
    </aside>
  );
}
