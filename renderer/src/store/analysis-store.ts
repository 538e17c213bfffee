/**
 * The verdicts the views show. A small diagram is checked here and now (a few milliseconds);
 * a large one in a worker, so that the UI thread is never blocked by the checks: until the new
 * verdicts arrive the views keep the previous ones and `checking` is true ("Checking…"). Only
 * an analysis of the current diagram (or of one that differs from it by positions only) with
 * the current catalog is ever shown as current; a reply for an older diagram or catalog is not.
 */
import { create } from 'zustand';
import type { Diagram } from '../../../core/diagram/model';
import { analysisOf, knownAnalysis, rememberAnalysis, type IndexedAnalysis } from './analysis';
import { AnalysisChecker, type CheckOutcome } from './analysis-checker';
import type { CheckerReply } from './analysis-protocol';
import { catalog } from './catalog';
import { startModuleWorker } from './module-worker';
import { useDiagramStore } from './diagram-store';

/**
 * From how many nodes the checks run in the worker. Below it they take a few tens of
 * milliseconds at most (`npm run bench -- large` prints the figures), less than a round trip
 * through the worker would add to every edit.
 */
export const WORKER_FROM_NODES = 200;

export interface AnalysisState {
  /** The verdicts shown: those of `diagram`. */
  analysis: IndexedAnalysis;
  /** The diagram `analysis` is for: the current one, or an older one while `checking`. */
  diagram: Diagram;
  /** True while the worker checks the current diagram. */
  checking: boolean;
}

const initial = useDiagramStore.getState().diagram;

export const useAnalysisStore = create<AnalysisState>()(() => ({
  analysis: analysisOf(initial),
  diagram: initial,
  checking: false,
}));

/** A slice of the verdicts shown, for a view. */
export function useAnalysis<T>(select: (analysis: IndexedAnalysis) => T): T {
  return useAnalysisStore((state) => select(state.analysis));
}

interface CheckerSetup {
  /** Starts a checker that reports to `settled`, or gives null when there is no worker here. */
  start: (settled: (outcome: CheckOutcome) => void) => AnalysisChecker | null;
  fromNodes: number;
}

/** A module worker, where the environment has workers (a browser, Electron; not jsdom). */
function startWorker(settled: (outcome: CheckOutcome) => void): AnalysisChecker | null {
  let checker: AnalysisChecker | null = null;
  const worker = startModuleWorker<CheckerReply>(
    'analysis worker',
    () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }),
    {
      message: (reply) => checker?.receive(reply),
      broken: (message) => checker?.fail(message),
    },
  );
  // No worker (or a policy that forbids it): the checks run here.
  if (!worker) return null;
  checker = new AnalysisChecker(
    (request) => worker.postMessage(request),
    (outcome) => {
      if (outcome.kind === 'failed') worker.terminate();
      settled(outcome);
    },
    // Each message in a task of its own, never in the edit's: the edit's task stays short.
    (task) => setTimeout(task, 0),
  );
  return checker;
}

let setup: CheckerSetup = { start: startWorker, fromNodes: WORKER_FROM_NODES };
/** Undefined until a large diagram needs it; null when there is no worker or it failed. */
let checker: AnalysisChecker | null | undefined;

function show(analysis: IndexedAnalysis, diagram: Diagram): void {
  useAnalysisStore.setState({ analysis, diagram, checking: false });
}

/** Brings the verdicts up to the current diagram: at once, or by asking the worker. */
function refresh(): void {
  const diagram = useDiagramStore.getState().diagram;
  const known = knownAnalysis(diagram);
  if (known) return show(known, diagram);
  if (diagram.nodes.length >= setup.fromNodes) {
    if (checker === undefined) checker = setup.start(settle);
    if (checker) {
      checker.check(diagram, catalog);
      if (!useAnalysisStore.getState().checking) useAnalysisStore.setState({ checking: true });
      return;
    }
  }
  show(analysisOf(diagram), diagram);
}

function settle(outcome: CheckOutcome): void {
  if (outcome.kind === 'analysis') rememberAnalysis(outcome.diagram, outcome.catalog, outcome.analysis);
  // A worker that failed once is not trusted again: the checks run here from now on.
  else if (outcome.kind === 'failed') checker = null;
  refresh();
}

// A new catalog re-announces the diagram (catalog.ts), so watching the diagram is enough.
useDiagramStore.subscribe((state, previous) => {
  if (state.diagram !== previous.diagram) refresh();
});

/** Tests: how checkers start and from how many nodes (else as shipped); forgets the current checker. */
export function setCheckerForTests(next: Partial<CheckerSetup> | null): void {
  setup = { start: startWorker, fromNodes: WORKER_FROM_NODES, ...next };
  checker = undefined;
  refresh();
}
