/**
 * The live problems list under the canvas, worst first. While the worker checks a large
 * diagram it keeps the previous verdicts and says "Checking…".
 */
import { useMemo } from 'react';
import type { Problem, Severity } from '../../../core/check/types';
import { useAnalysis, useAnalysisStore } from '../store/analysis-store';
import { useDiagramStore } from '../store/diagram-store';
import { PanelToggle } from '../ui/panel-toggle';
import { useViewPrefs } from '../ui/view-prefs';
import { ProblemItem } from './problem-item';

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

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
          {sorted.map((problem) => (
            <ProblemItem key={problem.key} problem={problem} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
