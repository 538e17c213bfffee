/**
 * Problems and resolved versions are derived from the diagram, never stored: `analysisOf`
 * memoises `analyze()` on the diagram object, and indexes problems by node and edge so that a
 * node's badge subscribes to its own problems only.
 */
import { analyze } from '../../../core/check/analyze';
import type { Analysis, Problem, Severity } from '../../../core/check/types';
import type { Diagram } from '../../../core/diagram/model';
import { catalog } from './catalog';

export interface IndexedAnalysis extends Analysis {
  byNode: ReadonlyMap<string, readonly Problem[]>;
  byEdge: ReadonlyMap<string, readonly Problem[]>;
}

export const NO_PROBLEMS: readonly Problem[] = [];
const cache = new WeakMap<Diagram, IndexedAnalysis>();

function index(problems: readonly Problem[], key: 'nodes' | 'edges'): Map<string, Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    for (const id of problem[key]) {
      const list = map.get(id) ?? [];
      list.push(problem);
      map.set(id, list);
    }
  }
  return map;
}

let last: { diagram: Diagram; analysis: IndexedAnalysis } | null = null;

/** Whether two diagrams differ at most in node positions (a drag), which no check reads. */
function samePlan(a: Diagram, b: Diagram): boolean {
  if (a.target !== b.target || a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => {
    const other = b.nodes[i]!;
    return node === other || (node.id === other.id && node.package === other.package && node.pin === other.pin && node.options === other.options);
  });
}

/**
 * The analysis of `diagram`, computed once per diagram object; a drag reuses the analysis of
 * the diagram before it, so moving nodes never re-runs the checks.
 */
export function analysisOf(diagram: Diagram): IndexedAnalysis {
  let result = cache.get(diagram);
  if (!result) {
    if (last && samePlan(last.diagram, diagram)) result = last.analysis;
    else {
      const analysis = analyze(diagram, catalog);
      result = { ...analysis, byNode: index(analysis.problems, 'nodes'), byEdge: index(analysis.problems, 'edges') };
    }
    cache.set(diagram, result);
  }
  last = { diagram, analysis: result };
  return result;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The most severe of `problems`, or null. */
export function worstSeverity(problems: readonly Problem[]): Severity | null {
  let worst: Severity | null = null;
  for (const problem of problems) if (!worst || RANK[problem.severity] > RANK[worst]) worst = problem.severity;
  return worst;
}
