/** Test vocabulary for the renderer's unit tests. */
import { emptyDiagram, type Diagram } from '../../../core/diagram/model';
import { AnalysisChecker, type CheckOutcome } from './analysis-checker';
import { checkerHandler, type CheckerRequest } from './analysis-protocol';
import { UNTITLED, useDiagramStore } from './diagram-store';
import { EMPTY_SELECTION, useUiStore } from './ui-store';

/** A diagram with one node per package (ids = package names), laid out in a column. */
export function stackOf(...packages: string[]): Diagram {
  const diagram = emptyDiagram();
  diagram.nodes = packages.map((name, i) => ({ id: name, package: name, position: { x: 0, y: i * 160 } }));
  return diagram;
}

/** Resets both stores to a fresh document holding `diagram`. */
export function resetStores(diagram: Diagram = emptyDiagram()): void {
  useDiagramStore.getState().load(diagram, { handle: null, name: UNTITLED });
  useUiStore.setState({ selection: EMPTY_SELECTION, status: null, dialog: { kind: 'none' }, openError: null });
}

/**
 * A worker in the test's hands: what the UI thread posts waits in a queue, through the
 * structured clone, until `deliver` has the real handler answer it.
 */
export function fakeAnalysisWorker() {
  const queue: CheckerRequest[] = [];
  const posted: CheckerRequest[] = [];
  const answer = checkerHandler();
  let checker: AnalysisChecker | null = null;
  return {
    posted,
    start: (settled: (outcome: CheckOutcome) => void) =>
      (checker = new AnalysisChecker((request) => {
        posted.push(request);
        queue.push(structuredClone(request));
      }, settled)),
    /** Answers everything posted so far (requests posted meanwhile wait for the next call). */
    deliver() {
      for (const request of queue.splice(0)) {
        const reply = answer(request);
        if (reply) checker!.receive(reply);
      }
    },
    breaks: () => checker!.fail('The analysis worker did not start.'),
    analyzed: () => posted.filter((request) => request.kind === 'analyze').length,
  };
}
