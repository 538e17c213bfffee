/**
 * The live problems list under the canvas, worst first. While the worker checks a large
 * diagram it keeps the previous verdicts and says "Checking…". A hostile diagram has thousands
 * of problems: the list shows them a page at a time (the summary counts them all), since laying
 * out 1,300 of them again after every edit held the UI thread for over a second.
 */
import { useMemo, useState } from 'react';
import type { Problem, Severity } from '../../../core/check/types';
import { useAnalysis, useAnalysisStore } from '../store/analysis-store';
import { useDiagramStore } from '../store/diagram-store';
import { PanelToggle } from '../ui/panel-toggle';
import { useViewPrefs } from '../ui/view-prefs';
import { ProblemItem } from './problem-item';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** How many problems the list shows at first, and how many more each "Show more" adds. */
export const PROBLEMS_PAGE = 100;

function countOf(problems: readonly Problem[], severity: Severity): number {
  return problems.filter((problem) => problem.severity === severity).length;
}

export function ProblemsList() {
  const problems = useAnalysis((analysis) => analysis.problems);
  const checking = useAnalysisStore((state) => state.checking);
  const empty = useDiagramStore((state) => state.diagram.nodes.length === 0);
  const sorted = useMemo(() => [...problems].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]), [problems]);
  const errors = countOf(problems, 'error');
  const warnings = countOf(problems, 'warning');
  // Folded, the panel keeps its one-line summary: the count of problems stays in sight.
  const collapsed = useViewPrefs((state) => state.collapsed.problems);
  const [shown, setShown] = useState(PROBLEMS_PAGE);
  const more = Math.min(PROBLEMS_PAGE, sorted.length - shown);
  return (
    <section
      className={`problems${collapsed ? ' is-collapsed' : ''}`}
      aria-labelledby="problems-heading"
      data-testid="problems"
      aria-busy={checking}
    >
      <div className="panel-heading">
        <PanelToggle panel="problems" />
        <h2 id="problems-heading">Problems</h2>
        <span className="count" data-testid="problems.summary" aria-live="polite">
          {checking ? (
            <span className="checking" data-testid="problems.checking">
              Checking…{' '}
            </span>
          ) : null}
          {problems.length === 0
            ? checking
              ? null
              : empty
                ? 'Add packages to check the stack.'
                : 'No problems: this stack works for its target.'
            : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}
        </span>
      </div>
      {sorted.length > 0 && !collapsed ? (
        <ul className="problems-list">
          {sorted.slice(0, shown).map((problem) => (
            <ProblemItem key={problem.key} problem={problem} />
          ))}
          {more > 0 ? (
            <li className="problems-more">
              <button
                type="button"
                className="link-button"
                data-testid="problems.more"
                onClick={() => setShown(shown + PROBLEMS_PAGE)}
              >
                Show {more === sorted.length - shown ? 'the last' : 'the next'} {more.toLocaleString('en')} of{' '}
                {(sorted.length - shown).toLocaleString('en')} more problems
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
