/**
 * Problems and resolved versions are derived from the diagram, never stored: `analysisOf`
 * memoises `analyze()` on the diagram object, and indexes problems by node and edge so that a
 * node's badge subscribes to its own problems only. An analysis computed in the worker joins
 * the same memo through `rememberAnalysis` (see analysis-store.ts, which the views read).
 */
import { analyze } from '../../../core/check/analyze';
import type { Analysis, Problem, Severity } from '../../../core/check/types';
import type { Catalog } from '../../../core/catalog/catalog';
import { sameButPosition, type Diagram } from '../../../core/diagram/model';
import { catalog } from './catalog';

export interface IndexedAnalysis extends Analysis {
  byNode: ReadonlyMap<string, readonly Problem[]>;
  byEdge: ReadonlyMap<string, readonly Problem[]>;
}

export const NO_PROBLEMS: readonly Problem[] = [];
let cache = new WeakMap<Diagram, IndexedAnalysis>();
/** The catalog `cache` was computed with: new package data makes every verdict new. */
let cacheCatalog: Catalog | null = null;

/**
 * Everything a view shows of a problem, as one string, made once per problem: a problem on
 * thousands of nodes is in thousands of lists, and comparing it anew for each list made an edit
 * of a 5,000-node diagram cost the UI thread a third of a second.
 */
const contents = new WeakMap<Problem, string>();
function contentOf(problem: Problem): string {
  let text = contents.get(problem);
  if (text === undefined) {
    const { code, severity, message, nodes, edges, packages, fix, alternatives } = problem;
    text = JSON.stringify([code, severity, message, nodes, edges, packages, fix, alternatives]);
    contents.set(problem, text);
  }
  return text;
}

function sameProblems(a: readonly Problem[], b: readonly Problem[]): boolean {
  return a.length === b.length && a.every((problem, i) => problem === b[i] || contentOf(problem) === contentOf(b[i]!));
}

/**
 * Problems by node (or edge) id. A list equal to the one in `previous` is that very list, so
 * an edit that changes one node's problems re-renders that node only.
 */
function index(
  problems: readonly Problem[],
  key: 'nodes' | 'edges',
  previous: ReadonlyMap<string, readonly Problem[]> | undefined,
): Map<string, readonly Problem[]> {
  const map = new Map<string, Problem[]>();
  for (const problem of problems) {
    for (const id of problem[key]) {
      const list = map.get(id) ?? [];
      list.push(problem);
      map.set(id, list);
    }
  }
  const stable = new Map<string, readonly Problem[]>();
  for (const [id, list] of map) {
    const before = previous?.get(id);
    stable.set(id, before && sameProblems(before, list) ? before : list);
  }
  return stable;
}

let last: { diagram: Diagram; analysis: IndexedAnalysis } | null = null;

/** Whether two diagrams differ at most in node positions (a drag), which no check reads. */
function samePlan(a: Diagram, b: Diagram): boolean {
  if (a.target !== b.target || a.edges !== b.edges || a.nodes.length !== b.nodes.length) return false;
  return a.nodes.every((node, i) => sameButPosition(node, b.nodes[i]!));
}

/** New package data makes every verdict new: forget those computed with another catalog. */
function forgetOtherCatalogs(): void {
  if (cacheCatalog === catalog) return;
  cache = new WeakMap();
  last = null;
  cacheCatalog = catalog;
}

/**
 * The analysis of `diagram` if it is known without running the checks: computed before for this
 * very diagram, or for the diagram before a drag (positions only). Undefined otherwise.
 */
export function knownAnalysis(diagram: Diagram): IndexedAnalysis | undefined {
  forgetOtherCatalogs();
  let result = cache.get(diagram);
  if (!result && last && samePlan(last.diagram, diagram)) {
    result = last.analysis;
    cache.set(diagram, result);
  }
  if (result) last = { diagram, analysis: result };
  return result;
}

/**
 * Records `analysis`, computed for `diagram` with `usedCatalog`, and returns it indexed; undefined
 * when the catalog has changed since, so its verdicts are never shown. One from the worker comes
 * indexed already, its unchanged problems and lists the very objects of the one before
 * (core/check/analysis-delta.ts): it is recorded as it is.
 */
export function rememberAnalysis(
  diagram: Diagram,
  usedCatalog: Catalog,
  analysis: Analysis | IndexedAnalysis,
): IndexedAnalysis | undefined {
  forgetOtherCatalogs();
  if (usedCatalog !== catalog) return undefined;
  const known = cache.get(diagram);
  if (known) return known;
  if ('byNode' in analysis) {
    cache.set(diagram, analysis);
    last = { diagram, analysis };
    return analysis;
  }
  // A problem equal to one shown before is that very object, so its row does not re-render.
  const before = new Map(last?.analysis.problems.map((problem) => [problem.key, problem]));
  const problems = analysis.problems.map((problem) => {
    const same = before.get(problem.key);
    return same && contentOf(same) === contentOf(problem) ? same : problem;
  });
  const result: IndexedAnalysis = {
    ...analysis,
    problems,
    byNode: index(problems, 'nodes', last?.analysis.byNode),
    byEdge: index(problems, 'edges', last?.analysis.byEdge),
  };
  cache.set(diagram, result);
  last = { diagram, analysis: result };
  return result;
}

/**
 * The analysis of `diagram`, computed here and now unless known: once per diagram object, and a
 * drag reuses the analysis of the diagram before it, so moving nodes never re-runs the checks.
 * Views read analysis-store.ts instead, which runs the checks of a large diagram in a worker.
 */
export function analysisOf(diagram: Diagram): IndexedAnalysis {
  return knownAnalysis(diagram) ?? rememberAnalysis(diagram, catalog, analyze(diagram, catalog))!;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/**
 * Each list's worst severity, by the list: a node whose problems an analysis delta left alone
 * keeps its list object (core/check/analysis-delta.ts), so the overview's redraw of 5,000
 * packages after an edit looks again only at the lists that changed.
 */
const worstOfList = new WeakMap<readonly Problem[], Severity | null>();

/** The most severe of `problems`, or null. */
export function worstSeverity(problems: readonly Problem[]): Severity | null {
  if (problems.length === 0) return null;
  const known = worstOfList.get(problems);
  if (known !== undefined) return known;
  let worst: Severity | null = null;
  for (const problem of problems) if (!worst || RANK[problem.severity] > RANK[worst]) worst = problem.severity;
  // Problem lists are never changed once made: a new analysis makes new lists.
  worstOfList.set(problems, worst);
  return worst;
}
