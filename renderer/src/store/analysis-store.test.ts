import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyze } from '../../../core/check/analyze';
import { moveNodes, setPin } from '../../../core/diagram/ops';
import type { Diagram } from '../../../core/diagram/model';
import { setCheckerForTests, useAnalysisStore } from './analysis-store';
import { catalog, ensureLibraryPackages, resetCatalog } from './catalog';
import { useDiagramStore } from './diagram-store';
import { fakeAnalysisWorker, resetStores, stackOf } from './testing';

const state = () => useAnalysisStore.getState();
const diagram = () => useDiagramStore.getState().diagram;
const edit = (change: (diagram: Diagram) => Diagram) => useDiagramStore.getState().setDiagram(change);
/** Five nodes, so that with `fromNodes: 4` it is a large diagram. */
const large = () => stackOf('django', 'djangorestframework', 'django-redis', 'celery', 'django-filter');

describe('the verdicts the views show', () => {
  let worker: ReturnType<typeof fakeAnalysisWorker>;
  beforeEach(() => {
    resetCatalog();
    resetStores(stackOf('django'));
    worker = fakeAnalysisWorker();
    setCheckerForTests({ start: worker.start, fromNodes: 4 });
  });
  afterEach(() => {
    setCheckerForTests(null);
    resetCatalog();
  });

  it('a small diagram is checked at once, without the worker', () => {
    edit((d) => setPin(d, 'django', '5.2.0'));
    expect(state()).toMatchObject({ diagram: diagram(), checking: false });
    expect(state().analysis.resolution.nodes.django).toBe('5.2.0');
    expect(worker.analyzed()).toBe(0);
  });

  it('a large diagram is checked in the worker: the previous verdicts stay, marked as checking, until the new ones arrive', () => {
    const before = state();
    resetStores(large());
    expect(state()).toMatchObject({ checking: true, analysis: before.analysis, diagram: before.diagram });
    worker.deliver();
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
    expect(state().analysis.problems).toEqual(analyze(diagram(), catalog).problems);
    expect(state().analysis.resolution.nodes.celery).toMatch(/^\d/);
  });

  it('a reply for an older diagram is never shown as current: the latest diagram is checked next', () => {
    resetStores(large());
    worker.deliver();
    const shown = state();
    edit((d) => setPin(d, 'django', '5.2.0'));
    const pinned = diagram();
    edit((d) => setPin(d, 'django', '5.2.14'));
    expect(worker.analyzed()).toBe(2); // one in flight at a time: the 5.2.14 diagram waits
    worker.deliver(); // answers the 5.2.0 diagram, which is no longer current
    expect(state()).toMatchObject({ checking: true, analysis: shown.analysis, diagram: shown.diagram });
    expect(state().diagram).not.toBe(pinned);
    expect(worker.analyzed()).toBe(3);
    worker.deliver();
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
    expect(state().analysis.resolution.nodes.django).toBe('5.2.14');
  });

  it('new package data drops the verdicts computed with the old catalog, and the worker gets the new catalog', () => {
    resetStores(large());
    const asked = diagram();
    ensureLibraryPackages(['kombu']); // a new catalog: the diagram is announced again
    expect(diagram()).not.toBe(asked);
    worker.deliver(); // computed with the old catalog
    expect(state().checking).toBe(true);
    expect(state().diagram).not.toBe(asked);
    expect(worker.posted.map((request) => request.kind)).toEqual(['catalog', 'analyze', 'catalog', 'analyze']);
    const sent = worker.posted[2]!;
    expect(sent.kind === 'catalog' && sent.catalog.packages.some((p) => p.name === 'kombu')).toBe(true);
    worker.deliver();
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
  });

  it('a drag of a large diagram keeps its verdicts and sends nothing to the worker', () => {
    resetStores(large());
    worker.deliver();
    const shown = state().analysis;
    edit((d) => moveNodes(d, new Map([['celery', { x: 500, y: 40 }]])));
    expect(state()).toMatchObject({ checking: false, diagram: diagram(), analysis: shown });
    expect(worker.analyzed()).toBe(1);
  });

  it('a node whose problems did not change keeps its very list and problems, so only the changed nodes re-render', () => {
    resetStores(large());
    worker.deliver();
    const before = state().analysis.byNode;
    expect(before.get('celery')?.length).toBeGreaterThan(0);
    edit((d) => setPin(d, 'django-filter', '0.0.0-not-a-release'));
    worker.deliver();
    const after = state().analysis.byNode;
    expect(after.get('django-filter')).not.toBe(before.get('django-filter'));
    expect(after.get('celery')).toBe(before.get('celery'));
    // The problem itself is the object shown before, so its row in the list does not re-render.
    expect(state().analysis.problems).toContain(before.get('celery')![0]);
  });

  it('a worker that breaks is replaced by checking here, at once', () => {
    resetStores(large());
    worker.breaks();
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
    expect(state().analysis.problems).toEqual(analyze(diagram(), catalog).problems);
    edit((d) => setPin(d, 'django', '5.2.0'));
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
  });

  it('where there are no workers (jsdom), a large diagram is checked at once', () => {
    setCheckerForTests({ fromNodes: 4 }); // the real way to start a worker
    expect(typeof Worker).toBe('undefined');
    resetStores(large());
    expect(state()).toMatchObject({ checking: false, diagram: diagram() });
    expect(state().analysis.resolution.nodes.celery).toMatch(/^\d/);
  });
});
