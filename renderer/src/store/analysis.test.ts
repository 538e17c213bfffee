import { describe, expect, it } from 'vitest';
import { analysisDelta, applyAnalysisDelta, type SentAnalysis } from '../../../core/check/analysis-delta';
import type { Analysis, Problem, Severity } from '../../../core/check/types';
import { NO_PROBLEMS, worstSeverity } from './analysis';

function problem(key: string, severity: Severity, nodes: string[]): Problem {
  return { key, severity, code: 'unknown-package', message: key, packages: [], nodes, edges: [], fix: null };
}

const analysisOf = (problems: Problem[]): Analysis => ({ resolution: {}, problems }) as unknown as Analysis;

describe('worstSeverity', () => {
  it('is the most severe problem of a list, or null for none', () => {
    expect(worstSeverity(NO_PROBLEMS)).toBeNull();
    expect(worstSeverity([problem('a', 'info', [])])).toBe('info');
    expect(worstSeverity([problem('a', 'info', []), problem('b', 'error', []), problem('c', 'warning', [])])).toBe(
      'error',
    );
  });

  it('follows a node through analysis deltas: a changed list is looked at again, an unchanged one keeps its answer', () => {
    let sent: SentAnalysis | null = null;
    const send = (problems: Problem[], before: ReturnType<typeof applyAnalysisDelta> | null) => {
      const made = analysisDelta(sent, analysisOf(problems));
      sent = made.sent;
      return applyAnalysisDelta(before, made.delta);
    };
    const first = send([problem('x', 'warning', ['n1']), problem('y', 'info', ['n2'])], null);
    expect(worstSeverity(first.byNode.get('n1')!)).toBe('warning');
    expect(worstSeverity(first.byNode.get('n2')!)).toBe('info');
    // n1 gains an error; n2 is untouched and keeps its list object.
    const second = send(
      [problem('x', 'warning', ['n1']), problem('y', 'info', ['n2']), problem('z', 'error', ['n1'])],
      first,
    );
    expect(second.byNode.get('n2')).toBe(first.byNode.get('n2'));
    expect(worstSeverity(second.byNode.get('n1')!)).toBe('error');
    expect(worstSeverity(second.byNode.get('n2')!)).toBe('info');
    // and loses it again
    const third = send([problem('x', 'warning', ['n1']), problem('y', 'info', ['n2'])], second);
    expect(worstSeverity(third.byNode.get('n1')!)).toBe('warning');
  });
});
