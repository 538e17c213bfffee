/** What clicking a problem or its fix does. */
import { dispatch } from '../actions/registry';
import type { Problem } from '../../../core/check/types';
import { useAnalysisStore } from '../store/analysis-store';
import { useDiagramStore } from '../store/diagram-store';
import { fitPackages, flowApi, packageSize } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';

/** Selects the problem's nodes (or edges) and centres the view on them. */
export function revealProblem(problem: Problem): void {
  const ui = useUiStore.getState();
  ui.select({ nodes: problem.nodes, edges: problem.nodes.length > 0 ? [] : problem.edges });
  const api = flowApi();
  if (!api || problem.nodes.length === 0) return;
  if (problem.nodes.length === 1) {
    // Read from the diagram: a windowed diagram's package may not be mounted (React Flow lacks it).
    const node = useDiagramStore.getState().diagram.nodes.find((candidate) => candidate.id === problem.nodes[0]);
    if (!node) return;
    const { width, height } = packageSize(node);
    void api.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(api.getZoom(), 0.9),
      duration: 250,
    });
  } else {
    fitPackages({ ids: problem.nodes, padding: 0.4, duration: 250, maxZoom: 1.2 });
  }
}

/**
 * Applies the problem's fix as one undo step (the `diagram.applyFix` action), and selects what
 * it added. While a large diagram is being checked the problems shown are those from before the
 * last edit, and their fixes may no longer fit: they wait for the new verdicts.
 */
export function applyProblemFix(problem: Problem): void {
  if (!problem.fix) return;
  if (useAnalysisStore.getState().checking) {
    useUiStore.getState().showStatus('Checking the last edit… Fixes apply once the new verdicts are in.');
    return;
  }
  void dispatch('diagram.applyFix', { fix: problem.fix });
}
