import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useDiagramStore } from '../store/diagram-store';
import { setCheckerForTests, useAnalysisStore } from '../store/analysis-store';
import { fakeAnalysisWorker, resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { catalog } from '../store/catalog';
import { hostileDiagram } from '../../../scripts/bench/synthetic';
import { PROBLEMS_PAGE, ProblemsList } from './problems-list';

describe('problems list', () => {
  beforeEach(() => {
    const diagram = stackOf('django', 'djangorestframework', 'djangorestframework-jwt');
    diagram.target = { django: '3.2', python: '3.8' };
    diagram.edges = [
      { id: 'a', source: 'djangorestframework', sourcePort: 'api', target: 'django', targetPort: 'api', role: 'api' },
      {
        id: 'b',
        source: 'djangorestframework-jwt',
        sourcePort: 'auth',
        target: 'djangorestframework',
        targetPort: 'auth',
        role: 'auth',
      },
    ];
    resetStores(diagram);
  });
  afterEach(cleanup);

  it('lists the deprecated package live, and its fix replaces it in one undo step', () => {
    render(<ProblemsList />);
    const item = screen.getByTestId('problems.item.deprecated');
    expect(item.textContent).toContain('djangorestframework-simplejwt');
    fireEvent.click(screen.getByTestId('problems.fix.deprecated'));
    const { diagram } = useDiagramStore.getState();
    expect(diagram.nodes.map((n) => n.package)).toContain('djangorestframework-simplejwt');
    expect(diagram.nodes.map((n) => n.package)).not.toContain('djangorestframework-jwt');
    expect(screen.queryByTestId('problems.item.deprecated')).toBeNull();
    expect(useDiagramStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('says the stack works when there is no problem', () => {
    resetStores(stackOf('django'));
    render(<ProblemsList />);
    expect(screen.getByTestId('problems.summary').textContent).toMatch(/No problems/);
  });

  it('while the worker checks a large diagram, it keeps the previous verdicts and says "Checking…"', () => {
    const worker = fakeAnalysisWorker();
    setCheckerForTests({ start: worker.start, fromNodes: 2 });
    try {
      render(<ProblemsList />);
      expect(screen.getByTestId('problems.item.deprecated')).toBeTruthy();
      act(() =>
        useDiagramStore.getState().setDiagram((diagram) => ({ ...diagram, target: { django: '5.2', python: '3.12' } })),
      );
      expect(screen.getByTestId('problems.checking').textContent).toMatch(/^Checking…/);
      expect(screen.getByTestId('problems').getAttribute('aria-busy')).toBe('true');
      expect(screen.getByTestId('problems.item.deprecated')).toBeTruthy();
      // A fix from before the edit waits for the new verdicts.
      const before = useDiagramStore.getState().diagram;
      fireEvent.click(screen.getByTestId('problems.fix.deprecated'));
      expect(useDiagramStore.getState().diagram).toBe(before);
      expect(useUiStore.getState().status?.text).toMatch(/^Checking the last edit/);
      act(() => worker.deliver());
      expect(screen.queryByTestId('problems.checking')).toBeNull();
      expect(screen.getByTestId('problems').getAttribute('aria-busy')).toBe('false');
      fireEvent.click(screen.getByTestId('problems.fix.deprecated'));
      expect(useDiagramStore.getState().diagram.nodes.map((n) => n.package)).toContain('djangorestframework-simplejwt');
    } finally {
      setCheckerForTests(null);
    }
  });
});

describe('a list of many problems', () => {
  afterEach(cleanup);

  it('shows them a page at a time; the summary counts them all', () => {
    // The benchmark's hostile diagram: clashing pins, duplicates, dense wiring.
    resetStores(hostileDiagram(catalog, 600));
    render(<ProblemsList />);
    const total = useAnalysisStore.getState().analysis.problems.length;
    expect(total).toBeGreaterThan(PROBLEMS_PAGE);
    const items = () => screen.getByTestId('problems').querySelectorAll('.problems-list > li:not(.problems-more)');
    expect(items()).toHaveLength(PROBLEMS_PAGE);
    const rest = total - PROBLEMS_PAGE;
    expect(screen.getByTestId('problems.more').textContent).toBe(
      `Show ${rest <= PROBLEMS_PAGE ? 'the last' : 'the next'} ${Math.min(rest, PROBLEMS_PAGE)} of ${rest} more problems`,
    );
    fireEvent.click(screen.getByTestId('problems.more'));
    expect(items()).toHaveLength(Math.min(total, 2 * PROBLEMS_PAGE));
  });
});
