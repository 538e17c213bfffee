/** What clicking a problem or its fix does. */
import { dispatch } from '../actions/registry';
import type { Problem } from '../../../core/check/types';
import { nodeSize } from '../../../core/layout/geometry';
import { useAnalysisStore } from '../store/analysis-store';
import { catalog } from '../store/catalog';
import { flowApi } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';

/** Selects the problem's nodes (or edges) and centres the view on them. */
export function revealProblem(problem: Problem): void {
  const ui = useUiStore.getState();
  ui.select({ nodes: problem.nodes, edges: problem.nodes.length > 0 ? [] : problem.edges });
  const api = flowApi();
  if (!api || problem.nodes.length === 0) return;
  if (problem.nodes.length === 1) {
    const node = api.getNode(problem.nodes[0]!);
    if (!node) return;
    const diagramNode = (node.data as { node?: { package?: string } } | undefined)?.node;
    const guess = nodeSize(catalog, diagramNode?.package ?? '');
    const width = node.measured?.width ?? guess.width;
    const height = node.measured?.height ?? guess.height;
    void api.setCenter(node.position.x + width / 2, node.position.y + height / 2, {
      zoom: Math.max(api.getZoom(), 0.9),
      duration: 250,
    });
  } else {
    void api.fitView({
      nodes: problem.nodes.map((id) => ({ id })),
      padding: 0.4,
      duration: 250,
      maxZoom: 1.2,
      includeHiddenNodes: true,
    });
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
