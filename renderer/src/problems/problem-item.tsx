import { memo } from 'react';
import type { Problem } from '../../../core/check/types';
import { applyProblemFix, revealProblem } from './problem-actions';

const ICON = { error: '✕', warning: '!', info: 'i' } as const;

/** One problem: its sentence (click to reveal its nodes) and its one-click fix. */
export const ProblemItem = memo(function ProblemItem({ problem }: { problem: Problem }) {
  return (
    <li
      className={`problem problem-${problem.severity}`}
      data-testid={`problems.item.${problem.code}`}
      data-problem-key={problem.key}
    >
      <span className={`problem-icon severity-${problem.severity}`} aria-label={problem.severity} role="img">
        {ICON[problem.severity]}
      </span>
      <button
        type="button"
        className="problem-message"
        onClick={() => revealProblem(problem)}
        title="Show on the canvas"
      >
        {problem.message}
      </button>
      {problem.fix ? (
        <button
          type="button"
          className="fix-button"
          data-testid={`problems.fix.${problem.code}`}
          onClick={() => applyProblemFix(problem)}
        >
          {problem.fix.label}
        </button>
      ) : null}
    </li>
  );
});
