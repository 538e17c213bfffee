/** The inspector: the selected package or connection, else the stack as a whole. */
import type { DiagramEdge } from '../../../core/diagram/model';
import { runAction } from '../actions/registry';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { roleLabel } from '../ui/role-color';
import { settingsOfEdge } from './edge-settings';
import { AlsoInstalls } from './implicit-packages';
import { NodeInspector } from './node-inspector';

const MARKS = { added: '+', removed: '−', context: ' ', gap: ' ' } as const;

/** The settings lines this connection adds or changes (see settingsOfEdge). */
function EdgeSettings({ edgeId }: { edgeId: string }) {
  const lines = useDiagramStore((state) => settingsOfEdge(state.diagram, edgeId));
  if (lines === null) return null;
  return (
    <section className="edge-settings" aria-label="What it generates in settings">
      <h3>In stack_settings.py</h3>
      {lines.length === 0 ? (
        <p className="empty-note" data-testid="inspector.edge.settings.none">
          This connection changes no setting: it records how the packages work together.
        </p>
      ) : (
        <pre
          className="code-view edge-settings-code"
          data-testid="inspector.edge.settings"
          tabIndex={0}
          aria-label="Settings lines of this connection"
        >
          {lines.map((line, index) => (
            <span key={index} className={`settings-line is-${line.kind}`}>
              <span className="settings-mark" aria-hidden="true">
                {MARKS[line.kind]}
              </span>
              <span style={{ paddingLeft: `${line.text.length - line.text.trimStart().length}ch` }}>
                {line.text.trimStart()}
              </span>
            </span>
          ))}
        </pre>
      )}
    </section>
  );
}

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
      <EdgeSettings edgeId={edge.id} />
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
