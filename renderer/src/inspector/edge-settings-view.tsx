/** A connection's settings lines in the inspector, loaded apart from the first canvas (see inspector.tsx). */
import { useDiagramStore } from '../store/diagram-store';
import { settingsOfEdge } from './edge-settings';

const MARKS = { added: '+', removed: '−', context: ' ', gap: ' ' } as const;

/** The settings lines this connection adds or changes (see settingsOfEdge). */
export function EdgeSettings({ edgeId }: { edgeId: string }) {
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
