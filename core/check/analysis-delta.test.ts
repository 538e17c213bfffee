import { describe, expect, it } from 'vitest';
import { analysisDelta, applyAnalysisDelta, type IndexedProblems, type SentAnalysis } from './analysis-delta';
import type { Analysis, Problem } from './types';

function problem(key: string, nodes: string[], message = key, edges: string[] = []): Problem {
  return { key, severity: 'error', code: 'conflict', message, packages: [], nodes, edges, fix: null };
}

function analysisOf(...problems: Problem[]): Analysis {
  return { resolution: { nodes: {} } as Analysis['resolution'], problems };
}

/** What a naive index of `analysis` gives, to compare the rebuilt one with. */
function naive(analysis: Analysis, field: 'nodes' | 'edges') {
  const lists = new Map<string, Problem[]>();
  for (const p of analysis.problems) for (const id of p[field]) lists.set(id, [...(lists.get(id) ?? []), p]);
  return lists;
}

/** Sends `next` through a structured clone, as the worker does, and rebuilds it. */
function send(state: { sent: SentAnalysis | null; held: IndexedProblems | null }, next: Analysis) {
  const { delta, sent } = analysisDelta(state.sent, next);
  state.sent = sent;
  state.held = applyAnalysisDelta(state.held, structuredClone(delta));
  return { delta, rebuilt: state.held };
}

describe('an analysis delta', () => {
  it('rebuilds the analysis, indexed by node and edge', () => {
    const analysis = analysisOf(problem('a', ['n1', 'n2']), problem('b', ['n2'], 'b', ['e1']));
    const { rebuilt } = send({ sent: null, held: null }, analysis);
    expect(rebuilt.problems).toEqual(analysis.problems);
    expect(rebuilt.byNode).toEqual(naive(analysis, 'nodes'));
    expect(rebuilt.byEdge).toEqual(naive(analysis, 'edges'));
  });

  it('sends only what changed: unchanged problems and lists keep their objects', () => {
    const state = { sent: null, held: null } as { sent: SentAnalysis | null; held: IndexedProblems | null };
    const first = send(
      state,
      analysisOf(problem('a', ['n1']), problem('b', ['n2', 'n3']), problem('c', ['n4'])),
    ).rebuilt;
    // b's message changes, c is gone, d is new: n1 keeps its list, n2 and n3 get new ones, n4 goes.
    const next = analysisOf(problem('a', ['n1']), problem('b', ['n2', 'n3'], 'changed'), problem('d', ['n5']));
    const { delta, rebuilt } = send(state, next);
    expect(delta.fresh.map((p) => p.key)).toEqual(['b', 'd']);
    expect(delta.byNode.set.map(([id]) => id)).toEqual(['n2', 'n3', 'n5']);
    expect(delta.byNode.gone).toEqual(['n4']);
    expect(rebuilt.problems).toEqual(next.problems);
    expect(rebuilt.problems[0]).toBe(first.problems[0]);
    expect(rebuilt.byNode.get('n1')).toBe(first.byNode.get('n1'));
    expect(rebuilt.byNode).toEqual(naive(next, 'nodes'));
  });

  it('a problem that moves in the order is still reused, and a list whose order changes is sent', () => {
    const state = { sent: null, held: null } as { sent: SentAnalysis | null; held: IndexedProblems | null };
    const first = send(state, analysisOf(problem('a', ['n1']), problem('b', ['n1']))).rebuilt;
    const next = analysisOf(problem('b', ['n1']), problem('a', ['n1']));
    const { delta, rebuilt } = send(state, next);
    expect(delta.fresh).toEqual([]);
    expect(rebuilt.problems[0]).toBe(first.problems[1]);
    expect(rebuilt.byNode.get('n1')).toEqual([first.problems[1], first.problems[0]]);
  });

  it('a delta made against an analysis the receiver lacks is refused', () => {
    const { delta: first, sent } = analysisDelta(null, analysisOf(problem('a', ['n1'])));
    expect(first.fresh).toHaveLength(1);
    const { delta } = analysisDelta(sent, analysisOf(problem('a', ['n1'])));
    expect(() => applyAnalysisDelta(null, delta)).toThrow(/without the analysis/);
  });
});
