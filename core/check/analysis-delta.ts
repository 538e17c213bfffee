/**
 * An analysis as its difference from the one sent before, indexed by node and edge, so that the
 * analysis worker sends (and the UI thread receives and indexes) only what an edit changed: a
 * 5,000-node diagram has over a thousand problems naming 25,000 nodes, and cloning, comparing and
 * indexing them all on the UI thread after every edit took it a few hundred milliseconds.
 *
 * The sender remembers what it sent (`SentAnalysis`); the receiver keeps what it rebuilt
 * (`IndexedProblems`) and must apply every delta, in order. A problem equal to one sent before
 * (same key and content) is sent as that one's index, and the receiver reuses its object; a node
 * (or edge) whose list of problems is unchanged keeps its list object. Both let a view skip work.
 */
import type { Analysis, Problem } from './types';

export interface IndexedProblems {
  problems: readonly Problem[];
  byNode: ReadonlyMap<string, readonly Problem[]>;
  byEdge: ReadonlyMap<string, readonly Problem[]>;
}

/** The problem lists of the nodes (or edges) that changed: as indexes into the new problems. */
export interface ListsDelta {
  set: [string, number[]][];
  gone: string[];
}

export interface AnalysisDelta {
  resolution: Analysis['resolution'];
  /** The new problems in order: `i ≥ 0` is the earlier problem `i`, `i < 0` is `fresh[-i - 1]`. */
  order: number[];
  fresh: Problem[];
  byNode: ListsDelta;
  byEdge: ListsDelta;
}

/** What the sender remembers of the analysis it sent last. */
export interface SentAnalysis {
  /** Each problem's content (key included) → its index. */
  indexOf: Map<string, number>;
  /** Each node's (edge's) problems, as their indexes joined. */
  nodeLists: Map<string, string>;
  edgeLists: Map<string, string>;
}

function contentOf(problem: Problem): string {
  const { key, code, severity, message, nodes, edges, packages, fix, alternatives } = problem;
  return JSON.stringify([key, code, severity, message, nodes, edges, packages, fix, alternatives]);
}

/** Problem indexes by node (or edge) id. */
function listsBy(problems: readonly Problem[], field: 'nodes' | 'edges'): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  problems.forEach((problem, index) => {
    for (const id of problem[field]) {
      const list = lists.get(id);
      if (list) list.push(index);
      else lists.set(id, [index]);
    }
  });
  return lists;
}

function listsDelta(
  lists: Map<string, number[]>,
  order: readonly number[],
  before: ReadonlyMap<string, string> | undefined,
): { delta: ListsDelta; sent: Map<string, string> } {
  const set: [string, number[]][] = [];
  const sent = new Map<string, string>();
  for (const [id, list] of lists) {
    const joined = list.join(' ');
    sent.set(id, joined);
    // Unchanged: every problem is an earlier one, and they are the earlier list's, in order.
    const earlier = before?.get(id);
    if (
      earlier === undefined ||
      !list.every((index) => order[index]! >= 0) ||
      list.map((i) => order[i]).join(' ') !== earlier
    )
      set.push([id, list]);
  }
  const gone = before ? [...before.keys()].filter((id) => !lists.has(id)) : [];
  return { delta: { set, gone }, sent };
}

/** `next` as its difference from the analysis sent before (`sent`; null: none, or forgotten). */
export function analysisDelta(sent: SentAnalysis | null, next: Analysis): { delta: AnalysisDelta; sent: SentAnalysis } {
  const indexOf = new Map<string, number>();
  const fresh: Problem[] = [];
  const order = next.problems.map((problem, index) => {
    const content = contentOf(problem);
    if (!indexOf.has(content)) indexOf.set(content, index);
    const earlier = sent?.indexOf.get(content);
    if (earlier !== undefined) return earlier;
    fresh.push(problem);
    return -fresh.length;
  });
  const nodes = listsDelta(listsBy(next.problems, 'nodes'), order, sent?.nodeLists);
  const edges = listsDelta(listsBy(next.problems, 'edges'), order, sent?.edgeLists);
  return {
    delta: { resolution: next.resolution, order, fresh, byNode: nodes.delta, byEdge: edges.delta },
    sent: { indexOf, nodeLists: nodes.sent, edgeLists: edges.sent },
  };
}

function applyLists(
  before: ReadonlyMap<string, readonly Problem[]> | undefined,
  delta: ListsDelta,
  problems: readonly Problem[],
): Map<string, readonly Problem[]> {
  const lists = new Map(before);
  for (const id of delta.gone) lists.delete(id);
  for (const [id, indexes] of delta.set)
    lists.set(
      id,
      indexes.map((index) => problems[index]!),
    );
  return lists;
}

/** The analysis `delta` describes, indexed, given the one rebuilt from the delta before (null: none). */
export function applyAnalysisDelta(
  before: IndexedProblems | null,
  delta: AnalysisDelta,
): Analysis & Omit<IndexedProblems, 'problems'> {
  const problems = delta.order.map((index) => {
    const problem = index >= 0 ? before?.problems[index] : delta.fresh[-index - 1];
    if (!problem) throw new Error('An analysis delta arrived without the analysis it was made against.');
    return problem;
  });
  return {
    resolution: delta.resolution,
    problems,
    byNode: applyLists(before?.byNode, delta.byNode, problems),
    byEdge: applyLists(before?.byEdge, delta.byEdge, problems),
  };
}
