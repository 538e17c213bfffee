/**
 * "Can I upgrade to Django X?": pick a Django line and see what blocks it, which versions move
 * and the fixes. Everything shown comes from core's upgradeReport, the report behind
 * `djstack check --django X`, so the app and the CLI agree.
 */
import { useMemo, useState } from 'react';
import './upgrade.css';
import { upgradeReport, type VersionMove } from '../../../core/check/upgrade';
import type { Problem } from '../../../core/check/types';
import { catalog } from '../store/catalog';
import { asOneStep, useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { TARGET_CHOICES } from '../ui/targets';

const DJANGO_TARGETS = TARGET_CHOICES.django;
import { Modal } from '../ui/modal';

/** The line after the diagram's own, else its own: the question people usually ask. */
function nextLine(current: string): string {
  const index = DJANGO_TARGETS.indexOf(current);
  return DJANGO_TARGETS[Math.min(index + 1, DJANGO_TARGETS.length - 1)] ?? DJANGO_TARGETS.at(-1)!;
}

function MoveRow({ move }: { move: VersionMove }) {
  return (
    <tr data-testid={`upgrade.move.${move.package}`} data-from={move.from ?? ''} data-to={move.to ?? ''}>
      <th scope="row">{move.package}</th>
      <td>{move.from ?? 'none'}</td>
      <td aria-hidden="true">→</td>
      <td>
        {move.to ?? <span className="upgrade-blocked">no version fits</span>}
        {move.to === null && move.blockedBy && <span className="upgrade-code"> ({move.blockedBy.code})</span>}
      </td>
    </tr>
  );
}

function ProblemEntry({ problem, testId }: { problem: Problem; testId: string }) {
  return (
    <li data-testid={testId} data-code={problem.code}>
      <span>{problem.message}</span>
      {problem.fix && <span className="upgrade-fix"> Fix: {problem.fix.label}</span>}
    </li>
  );
}

export function UpgradeView() {
  const diagram = useDiagramStore((state) => state.diagram);
  const close = useUiStore((state) => state.closeDialog);
  const [line, setLine] = useState(() => nextLine(diagram.target.django));
  const report = useMemo(() => upgradeReport(diagram, catalog, { django: line }), [diagram, line]);
  const warnings = report.after.problems.filter((p) => p.severity === 'warning');
  const switchTarget = () => {
    asOneStep(() => useDiagramStore.getState().setDiagram((d) => ({ ...d, target: { ...d.target, django: line } })));
    useUiStore.getState().showStatus(`The target is now Django ${line}.`, 'success');
    close();
  };
  return (
    <Modal title="Upgrade Django" onClose={close} testId="upgrade" className="upgrade-modal">
      <label className="field">
        Django line to try (the diagram targets Django {report.from.django} / Python {report.from.python})
        <select data-testid="upgrade.target" data-autofocus="" value={line} onChange={(e) => setLine(e.target.value)}>
          {DJANGO_TARGETS.map((version) => (
            <option key={version} value={version}>
              Django {version}
              {version === report.from.django ? ' (current)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p data-testid="upgrade.verdict" role="status">
        {report.blockers.length === 0
          ? `Nothing blocks Django ${line}${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}.`
          : `${report.blockers.length} error${report.blockers.length === 1 ? '' : 's'} block${report.blockers.length === 1 ? 's' : ''} Django ${line}.`}
      </p>
      {report.blockers.length > 0 && (
        <section aria-label="What blocks">
          <h3>What blocks</h3>
          <ul className="upgrade-list">
            {report.blockers.map((problem) => (
              <ProblemEntry key={problem.key} problem={problem} testId="upgrade.blocker" />
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Versions that move">
        <h3>Versions that move</h3>
        {report.moves.length === 0 ? (
          <p data-testid="upgrade.no-moves">No version moves.</p>
        ) : (
          <table className="upgrade-moves" data-testid="upgrade.moves">
            <thead>
              <tr>
                <th scope="col">Package</th>
                <th scope="col">Django {report.from.django}</th>
                <th scope="col">
                  <span className="visually-hidden">to</span>
                </th>
                <th scope="col">Django {line}</th>
              </tr>
            </thead>
            <tbody>
              {report.moves.map((move) => (
                <MoveRow key={move.package} move={move} />
              ))}
            </tbody>
          </table>
        )}
      </section>
      {warnings.length > 0 && (
        <section aria-label="Warnings">
          <h3>Warnings</h3>
          <ul className="upgrade-list">
            {warnings.map((problem) => (
              <ProblemEntry key={problem.key} problem={problem} testId="upgrade.warning" />
            ))}
          </ul>
        </section>
      )}
      <div className="button-row">
        <button type="button" className="secondary-button" onClick={close}>
          Close
        </button>
        <button
          type="button"
          className="primary-button"
          data-testid="upgrade.apply"
          disabled={line === report.from.django}
          onClick={switchTarget}
        >
          Set the target to Django {line}
        </button>
      </div>
    </Modal>
  );
}
