/** Details of the selected package: facts from the catalog, the chosen version, pin and options. */
import { dispatch } from '../actions/registry';
import type { CatalogPackage } from '../../../core/catalog/catalog';
import { memo } from 'react';
import { sameButPosition, type DiagramNode } from '../../../core/diagram/model';
import { catalogIndex } from '../../../core/resolve/catalog-index';
import { levelOfNode } from '../../../core/resolve/levels';
import { releaseChoices } from '../../../core/check/targets';
import { getHost } from '../host/host';
import { runAction } from '../actions/registry';
import { NO_PROBLEMS } from '../store/analysis';
import { useAnalysis } from '../store/analysis-store';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { roleLabel } from '../ui/role-color';
import { djangoRange, pythonRange } from '../ui/targets';
import { AlsoInstalls } from './implicit-packages';
import { OptionField } from './option-field';
import { ProblemItem } from '../problems/problem-item';

/** The Django specifier of the newest release, for packages that fit no offered target. */
function newestDjango(pkg: CatalogPackage): string {
  return releaseChoices(catalog, pkg.name, { django: '', python: '' })[0]?.release.django || 'unknown';
}

const LINK_LABELS: Record<string, string> = {
  docs: 'Documentation',
  repository: 'Repository',
  pypi: 'PyPI',
  homepage: 'Homepage',
};

function Links({ pkg }: { pkg: CatalogPackage }) {
  const links = Object.entries(pkg.links).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  if (links.length === 0) return null;
  return (
    <ul className="links">
      {links.map(([kind, url]) => (
        <li key={kind}>
          <button type="button" className="link-button" onClick={() => getHost().openExternal(url)} title={url}>
            {LINK_LABELS[kind] ?? kind} ↗
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The line the imported file wrote for this package (credentials already redacted by import). */
function OriginalLine({ node }: { node: DiagramNode }) {
  const line = node.requirement?.line;
  if (!line) return null;
  return (
    <p className="inspector-name">
      From the imported file: <code data-testid="inspector.requirement">{line}</code>
    </p>
  );
}

function PinPicker({ node, pkg }: { node: DiagramNode; pkg: CatalogPackage }) {
  const target = useDiagramStore((state) => state.diagram.target);
  const releases = releaseChoices(catalog, pkg.name, target);
  const id = `pin-${node.id}`;
  return (
    <div className="field">
      <label htmlFor={id}>Version</label>
      <select
        id={id}
        data-testid="inspector.pin"
        value={node.pin ?? ''}
        onChange={(event) => void dispatch('diagram.setPin', { node: node.id, pin: event.target.value || null })}
      >
        <option value="">Newest, not pinned</option>
        {releases.map(({ release, fits }) => {
          return (
            <option key={release.version} value={release.version}>
              {release.version}
              {release.date ? ` (${release.date})` : ''}
              {fits ? '' : ` — not for Django ${target.django} / Python ${target.python}`}
            </option>
          );
        })}
        {node.pin && !releases.some((r) => r.release.version === node.pin) ? (
          <option value={node.pin}>{node.pin} (not in the catalog)</option>
        ) : null}
      </select>
    </div>
  );
}

/**
 * The selected package. It shows nothing of where the node sits, so a drag (a new node object
 * every frame) does not re-render it: the releases picker alone checks every release.
 */
export const NodeInspector = memo(
  function NodeInspector({ node }: { node: DiagramNode }) {
    const pkg = catalog.get(node.package);
    const version = useAnalysis((analysis) => analysis.resolution.nodes[node.id]);
    const level = useAnalysis((analysis) => levelOfNode(analysis.resolution, catalogIndex(catalog), node.package));
    const problems = useAnalysis((analysis) => analysis.byNode.get(node.id) ?? NO_PROBLEMS);
    if (!pkg) {
      return (
        <div className="inspector-body" data-testid="inspector.node">
          <h2>{node.package}</h2>
          <p>This package is not in the catalog: it is kept and exported as written, but not checked.</p>
          <OriginalLine node={node} />
        </div>
      );
    }
    const status = pkg.status;
    const django = djangoRange(pkg);
    const python = pythonRange(pkg);
    return (
      <div className="inspector-body" data-testid="inspector.node">
        <h2>{pkg.title}</h2>
        <p className="inspector-name">
          <code>{pkg.name}</code> · node <code>{node.id}</code>
        </p>
        <p>{pkg.summary}</p>
        <OriginalLine node={node} />
        <Links pkg={pkg} />
        <dl className="facts">
          <dt>Status</dt>
          <dd data-testid="inspector.status" className={`status-${status.state}`}>
            {status.state}
            {status.successors.length > 0 ? ` — use ${status.successors.join(' or ')}` : ''}
            {status.note ? <span className="fact-note">{status.note}</span> : null}
          </dd>
          {pkg.kind === 'python' ? (
            <>
              <dt>Supports</dt>
              <dd data-testid="inspector.supports">
                Django {django ?? `${newestDjango(pkg)} (none of the offered targets)`} · Python {python ?? '—'}
              </dd>
              <dt>Chosen</dt>
              <dd data-testid="inspector.version">{version ?? 'no compatible release'}</dd>
              {level ? (
                <>
                  <dt>Support</dt>
                  <dd data-testid="inspector.level" data-level={level.level}>
                    {level.level}
                    {level.reason ? `: ${pkg.name} ${version ?? ''} ${level.reason}` : ''}
                  </dd>
                </>
              ) : null}
            </>
          ) : (
            <>
              <dt>Service</dt>
              <dd>
                {pkg.service?.image} on port {pkg.service?.port} ({pkg.service?.urlEnv}); never in requirements.txt
              </dd>
            </>
          )}
          {pkg.provides.length > 0 ? (
            <>
              <dt>Provides</dt>
              <dd>{pkg.provides.map((port) => roleLabel(port.role)).join(', ')}</dd>
            </>
          ) : null}
          {pkg.needs.length > 0 ? (
            <>
              <dt>Takes</dt>
              <dd>
                {pkg.needs.map((port) => `${roleLabel(port.role)}${port.required ? ' (required)' : ''}`).join(', ')}
              </dd>
            </>
          ) : null}
          {pkg.apps.length > 0 ? (
            <>
              <dt>Apps</dt>
              <dd>
                {pkg.apps.map((app) => (
                  <code key={app.label} className="chip">
                    {app.label}
                  </code>
                ))}
              </dd>
            </>
          ) : null}
        </dl>
        {pkg.kind === 'python' ? <AlsoInstalls by={pkg.name} /> : null}
        {pkg.kind === 'python' ? <PinPicker node={node} pkg={pkg} /> : null}
        {pkg.options.length > 0 ? (
          <fieldset className="options">
            <legend>Settings</legend>
            {pkg.options.map((option) => (
              <OptionField
                key={option.key}
                nodeId={node.id}
                option={option}
                value={node.options?.[option.key]}
                onChange={(value) => void dispatch('diagram.setOption', { node: node.id, key: option.key, value })}
              />
            ))}
          </fieldset>
        ) : null}
        <UnknownOptions declared={pkg.options.map((option) => option.key)} options={node.options} />
        {problems.length > 0 ? (
          <section className="inspector-problems" aria-label="Problems of this package">
            <h3>Problems</h3>
            <ul>
              {problems.map((problem) => (
                <ProblemItem key={problem.key} problem={problem} />
              ))}
            </ul>
          </section>
        ) : null}
        <button type="button" className="danger-button" onClick={() => void runAction('edit.delete')}>
          Remove from canvas
        </button>
      </div>
    );
  },
  (before, after) => sameButPosition(before.node, after.node),
);

/** Option keys the catalog does not declare (a hand-edited or shared file): kept, shown, never exported. */
function UnknownOptions({ declared, options }: { declared: string[]; options: Record<string, unknown> | undefined }) {
  const unknown = Object.keys(options ?? {}).filter((key) => !declared.includes(key));
  if (unknown.length === 0) return null;
  return (
    <section className="unknown-options" aria-label="Unknown options" data-testid="inspector.unknown-options">
      <h3>Unknown options</h3>
      <ul>
        {unknown.map((key) => (
          <li key={key}>
            <code>{key.slice(0, 80)}</code>: unknown option, not exported
          </li>
        ))}
      </ul>
    </section>
  );
}
