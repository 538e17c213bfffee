/**
 * A small finite-domain constraint solver: variables are packages, values are indexes into
 * their releases (0 = newest), constraints are pairs of packages with a table of allowed value
 * pairs. `solve` returns the lexicographically best assignment (the first variable gets its
 * newest possible release, then the second, ...) with arc consistency and forward checking, so
 * an older release is chosen only when every newer one leads to a dead end (backtracking).
 */

export interface CspVariable {
  /** Number of values; value 0 is the most preferred. */
  size: number;
  /** Which values are allowed before any binary constraint (1 = allowed). */
  mask: Uint8Array;
}

export interface CspConstraint {
  a: number;
  b: number;
  /** allowed[i * size(b) + j] = 1 when a = i and b = j may go together. */
  allowed: Uint8Array;
}

export type CspResult = { status: 'solved'; values: number[] } | { status: 'unsat' } | { status: 'gave-up' };

/** Nodes of the search tree explored before giving up; real stacks need a few dozen. */
export const DEFAULT_BUDGET = 200_000;

interface Arc {
  constraint: CspConstraint;
  other: number;
  /** Whether this variable is the constraint's `a`. */
  isA: boolean;
}

function allows(arc: Arc, mine: number, theirs: number, sizes: number[]): boolean {
  const c = arc.constraint;
  return arc.isA ? c.allowed[mine * sizes[c.b]! + theirs] === 1 : c.allowed[theirs * sizes[c.b]! + mine] === 1;
}

/**
 * Solves the problem in the order of `variables` (their index is their priority). Pure and
 * deterministic; gives up after `budget` search nodes.
 */
export function solveCsp(variables: CspVariable[], constraints: CspConstraint[], budget = DEFAULT_BUDGET): CspResult {
  const n = variables.length;
  const sizes = variables.map((v) => v.size);
  const domains = variables.map((v) => Uint8Array.from(v.mask));
  const arcs: Arc[][] = variables.map(() => []);
  for (const constraint of constraints) {
    arcs[constraint.a]!.push({ constraint, other: constraint.b, isA: true });
    arcs[constraint.b]!.push({ constraint, other: constraint.a, isA: false });
  }
  const counts = domains.map((d) => d.reduce((sum, x) => sum + x, 0));
  if (counts.some((count) => count === 0)) return { status: 'unsat' };
  if (!arcConsistency(domains, counts, arcs, sizes)) return { status: 'unsat' };

  // Trail of removed (variable, value) pairs, so a failed branch is undone exactly.
  const trail: number[] = [];
  const assigned = new Int32Array(n).fill(-1);
  let explored = 0;

  const search = (k: number): boolean | 'gave-up' => {
    if (k === n) return true;
    if (++explored > budget) return 'gave-up';
    const domain = domains[k]!;
    for (let value = 0; value < sizes[k]!; value++) {
      if (domain[value] !== 1) continue;
      const mark = trail.length;
      let consistent = true;
      for (const arc of arcs[k]!) {
        if (arc.other < k) continue; // already assigned: forward checking kept it consistent
        const theirs = domains[arc.other]!;
        for (let w = 0; w < sizes[arc.other]!; w++) {
          if (theirs[w] === 1 && !allows(arc, value, w, sizes)) {
            theirs[w] = 0;
            counts[arc.other]!--;
            trail.push(arc.other, w);
          }
        }
        if (counts[arc.other] === 0) {
          consistent = false;
          break;
        }
      }
      if (consistent) {
        assigned[k] = value;
        const result = search(k + 1);
        if (result !== false) return result;
      }
      while (trail.length > mark) {
        const w = trail.pop()!;
        const variable = trail.pop()!;
        domains[variable]![w] = 1;
        counts[variable]!++;
      }
    }
    return false;
  };

  const outcome = search(0);
  if (outcome === 'gave-up') return { status: 'gave-up' };
  if (!outcome) return { status: 'unsat' };
  return { status: 'solved', values: Array.from(assigned) };
}

/** AC-3: removes values with no support in a neighbour. False when a domain empties. */
function arcConsistency(domains: Uint8Array[], counts: number[], arcs: Arc[][], sizes: number[]): boolean {
  const queue: number[] = [];
  const queued = new Uint8Array(domains.length);
  for (let v = 0; v < domains.length; v++) {
    if (arcs[v]!.length > 0) {
      queue.push(v);
      queued[v] = 1;
    }
  }
  while (queue.length > 0) {
    const v = queue.shift()!;
    queued[v] = 0;
    // Revise every neighbour against v: values of the neighbour with no partner left in v go.
    for (const arc of arcs[v]!) {
      const u = arc.other;
      const du = domains[u]!;
      const dv = domains[v]!;
      let changed = false;
      for (let w = 0; w < sizes[u]!; w++) {
        if (du[w] !== 1) continue;
        let supported = false;
        for (let x = 0; x < sizes[v]! && !supported; x++) if (dv[x] === 1 && allows(arc, x, w, sizes)) supported = true;
        if (!supported) {
          du[w] = 0;
          counts[u]!--;
          changed = true;
        }
      }
      if (counts[u] === 0) return false;
      if (changed && !queued[u]) {
        queue.push(u);
        queued[u] = 1;
      }
    }
  }
  return true;
}
