import { describe, expect, it } from 'vitest';
import { analysisDelta, applyAnalysisDelta } from '../../../core/check/analysis-delta';
import { analyze } from '../../../core/check/analyze';
import type { Analysis } from '../../../core/check/types';
import { Catalog, defaultCatalog } from '../../../core/catalog/catalog';
import { diagramDelta } from '../../../core/diagram/delta';
import { AnalysisChecker, PART_ITEMS, type CheckOutcome } from './analysis-checker';
import { catalogContents, checkerHandler, type CheckerRequest } from './analysis-protocol';
import { stackOf } from './testing';

const bundled = defaultCatalog();

/** `analysis` indexed by node and edge, as the UI side rebuilds it from the worker's first reply. */
const indexed = (analysis: Analysis) => applyAnalysisDelta(null, analysisDelta(null, analysis).delta);

function pinnedStack() {
  const diagram = stackOf('django', 'djangorestframework', 'django-redis');
  diagram.nodes[1]!.pin = '0.1.0';
  return diagram;
}

describe('the analysis worker', () => {
  it('answers a request with the analysis core computes, as plain data that survives the structured clone', () => {
    const answer = checkerHandler();
    const diagram = pinnedStack();
    expect(answer(structuredClone({ kind: 'catalog', version: 1, catalog: catalogContents(bundled) }))).toBeNull();
    const reply = answer(structuredClone({ kind: 'analyze', id: 7, delta: diagramDelta(null, diagram) }));
    const expected = analyze(diagram, bundled);
    expect(expected.problems.length).toBeGreaterThan(0);
    expect(reply).toMatchObject({ kind: 'analysis', id: 7, catalogVersion: 1 });
    expect(structuredClone(reply)).toEqual(reply);
    const rebuilt = applyAnalysisDelta(null, reply!.kind === 'analysis' ? structuredClone(reply!.delta) : null!);
    expect(rebuilt).toEqual(indexed(expected));
    expect(rebuilt.problems).toEqual(expected.problems);
  });

  it('checks with the latest catalog it was sent, and says which', () => {
    const answer = checkerHandler();
    const diagram = stackOf('django', 'example-made-up-package');
    answer({ kind: 'catalog', version: 1, catalog: catalogContents(bundled) });
    answer({
      kind: 'catalog',
      version: 2,
      catalog: { ...catalogContents(bundled), packages: bundled.packages.filter((p) => p.name !== 'django-redis') },
    });
    const reply = answer({ kind: 'analyze', id: 1, delta: diagramDelta(null, stackOf('django', 'django-redis')) });
    expect(reply).toMatchObject({ kind: 'analysis', catalogVersion: 2 });
    const codes = reply!.kind === 'analysis' ? reply!.delta.fresh.map((p) => p.code) : [];
    expect(codes).toContain('unknown-package');
    expect(answer({ kind: 'analyze', id: 2, delta: diagramDelta(null, diagram) })).toMatchObject({
      kind: 'analysis',
      id: 2,
    });
  });

  it('a request before any catalog fails instead of guessing', () => {
    expect(checkerHandler()({ kind: 'analyze', id: 3, delta: diagramDelta(null, stackOf('django')) })).toEqual({
      kind: 'failed',
      id: 3,
      message: 'The worker has no catalog yet.',
    });
  });
});

/** A checker wired to a real handler through a queue that the test empties when it likes. */
function queuedChecker() {
  const queue: CheckerRequest[] = [];
  const sent: CheckerRequest[] = [];
  const outcomes: CheckOutcome[] = [];
  const answer = checkerHandler();
  const checker = new AnalysisChecker(
    (request) => {
      queue.push(structuredClone(request));
      sent.push(request);
    },
    (outcome) => outcomes.push(outcome),
  );
  const deliver = () => {
    for (const request of queue.splice(0)) {
      const reply = answer(request);
      if (reply) checker.receive(reply);
    }
  };
  return { checker, sent, outcomes, deliver };
}

describe('the UI side of the worker', () => {
  it('sends the catalog once, keeps one request in flight, and hands back the analysis with what it was asked for', () => {
    const { checker, sent, outcomes, deliver } = queuedChecker();
    const first = pinnedStack();
    const second = stackOf('django');
    checker.check(first, bundled);
    checker.check(second, bundled); // in flight: asked again when the first settles
    expect(sent.map((r) => r.kind)).toEqual(['catalog', 'analyze']);
    expect(checker.pending).toBe(first);
    deliver();
    expect(outcomes).toEqual([
      { kind: 'analysis', diagram: first, catalog: bundled, analysis: indexed(analyze(first, bundled)) },
    ]);
    expect(checker.pending).toBeNull();
    checker.check(second, bundled);
    expect(sent.map((r) => r.kind)).toEqual(['catalog', 'analyze', 'analyze']);
  });

  it('a new catalog is sent before the next request', () => {
    const { checker, sent, deliver } = queuedChecker();
    checker.check(stackOf('django'), bundled);
    deliver();
    const next = new Catalog(bundled.packages, bundled.roles, bundled.dependencies);
    checker.check(stackOf('django'), next);
    expect(sent.slice(2).map((r) => r.kind)).toEqual(['catalog', 'analyze']);
    expect(sent[2]).toMatchObject({ kind: 'catalog', version: 2 });
  });

  it('drops a reply computed with another catalog than the request was made with, and one to no request', () => {
    const outcomes: CheckOutcome[] = [];
    const checker = new AnalysisChecker(
      () => undefined,
      (outcome) => outcomes.push(outcome),
    );
    const { delta } = analysisDelta(null, analyze(stackOf('django'), bundled));
    checker.receive({ kind: 'analysis', id: 1, catalogVersion: 1, delta });
    expect(outcomes).toEqual([]);
    checker.check(stackOf('django'), bundled);
    checker.receive({ kind: 'analysis', id: 99, catalogVersion: 1, delta });
    expect(outcomes).toEqual([]);
    checker.receive({ kind: 'analysis', id: 1, catalogVersion: 0, delta });
    expect(outcomes).toEqual([{ kind: 'discarded' }]);
  });

  it('posts each diagram as its difference from the one before: a target change sends neither list', () => {
    const { checker, sent, outcomes, deliver } = queuedChecker();
    const first = pinnedStack();
    checker.check(first, bundled);
    deliver();
    const second = { ...first, target: { django: '4.2', python: '3.10' } };
    checker.check(second, bundled);
    expect(sent[2]).toMatchObject({ kind: 'analyze', delta: { nodes: { kind: 'same' }, edges: { kind: 'same' } } });
    deliver();
    expect(outcomes[1]).toEqual({
      kind: 'analysis',
      diagram: second,
      catalog: bundled,
      analysis: indexed(analyze(second, bundled)),
    });
    const pinned = { ...second.nodes[0]!, pin: '4.2.20' };
    const third = { ...second, nodes: [pinned, ...second.nodes.slice(1)] };
    checker.check(third, bundled);
    expect(sent[3]).toMatchObject({ delta: { nodes: { kind: 'patch', length: 3, items: [[0, pinned]] } } });
    deliver();
    expect(outcomes[2]).toEqual({
      kind: 'analysis',
      diagram: third,
      catalog: bundled,
      analysis: indexed(analyze(third, bundled)),
    });
  });

  it('hands back a problem unchanged by an edit, and a node’s unchanged list, as the very objects of before', () => {
    const { checker, outcomes, deliver } = queuedChecker();
    const first = stackOf('django', 'djangorestframework', 'django-rest-knox', 'celery');
    first.nodes[1]!.pin = '0.1.0';
    checker.check(first, bundled);
    deliver();
    const moved = { ...first, nodes: first.nodes.map((node, i) => (i === 3 ? { ...node, pin: '0.0.1' } : node)) };
    checker.check(moved, bundled);
    deliver();
    const [before, after] = outcomes.map((outcome) => (outcome.kind === 'analysis' ? outcome.analysis : null));
    expect(after).toEqual(indexed(analyze(moved, bundled)));
    const kept = after!.problems.filter((problem) => before!.problems.includes(problem));
    expect(kept.length).toBeGreaterThan(0);
    expect(after!.byNode.get('djangorestframework')).toBe(before!.byNode.get('djangorestframework'));
  });

  it('posts a large diagram in parts, each through the scheduler, and the worker checks it whole', () => {
    const sent: CheckerRequest[] = [];
    const outcomes: CheckOutcome[] = [];
    const tasks: (() => void)[] = [];
    const answer = checkerHandler();
    const checker = new AnalysisChecker(
      (request) => {
        sent.push(request);
        const reply = answer(structuredClone(request));
        if (reply) checker.receive(reply);
      },
      (outcome) => outcomes.push(outcome),
      (task) => tasks.push(task),
    );
    const diagram = stackOf('django');
    for (let i = 0; i < PART_ITEMS * 2 + 5; i++)
      diagram.nodes.push({ id: `celery${i}`, package: 'celery', position: { x: 0, y: i } });
    checker.check(diagram, bundled);
    expect(sent).toEqual([]); // nothing is posted in the caller's task
    for (const task of tasks.splice(0)) task();
    expect(sent.map((request) => request.kind)).toEqual(['catalog', 'hold', 'hold', 'analyze']);
    expect(outcomes).toEqual([
      { kind: 'analysis', diagram, catalog: bundled, analysis: indexed(analyze(diagram, bundled)) },
    ]);
  });

  it('after a failed request the next diagram is sent whole', () => {
    const sent: CheckerRequest[] = [];
    const checker = new AnalysisChecker(
      (request) => sent.push(request),
      () => undefined,
    );
    checker.check(stackOf('django'), bundled);
    checker.receive({ kind: 'failed', id: 1, message: 'broke' });
    checker.check(stackOf('django', 'celery'), bundled);
    expect(sent.at(-1)).toMatchObject({ kind: 'analyze', delta: { nodes: { kind: 'whole' } } });
  });

  it('a worker that breaks fails the request in flight', () => {
    const { checker, outcomes } = queuedChecker();
    const diagram = stackOf('django');
    checker.check(diagram, bundled);
    checker.fail('The analysis worker did not start.');
    expect(outcomes).toEqual([{ kind: 'failed', diagram, message: 'The analysis worker did not start.' }]);
    expect(checker.pending).toBeNull();
  });
});
