/**
 * Chooses a release for every Python package on the canvas and for Django: the newest that
 * the target supports, else the newest that installs on it undeclared (see ./levels), within
 * every pin and range, every requirement between chosen releases (Requires-Dist under the
 * target's markers and the extras in play) and every catalog conflict, backtracking when a
 * newer release leads to a dead end. What chosen releases pull in without a node (redis for
 * django-redis, kombu for celery) is resolved too, transitively, as implicit packages. When no
 * choice exists it finds a minimal set of clashing constraints and says which.
 */
import type { Catalog } from '../catalog/catalog';
import type { Release } from '../../catalog/schema';
import type { Diagram } from '../diagram/model';
import { extrasByPackage } from '../export/extras';
import { catalogIndex, type CatalogIndex } from './catalog-index';
import { solveCsp, type CspConstraint, type CspVariable } from './csp';
import { explainClash, excludedText, type SoftConstraint } from './explain';
import { levelRank, releaseVerdict } from './levels';
import {
  binaryAllows,
  buildProblem,
  pinAllows,
  requiredSpecifier,
  type BinaryConstraint,
  type PackageVariable,
  type RequiresConstraint,
  type UnaryConstraint,
} from './problem';
import type { PackageLevel, Resolution, ResolutionFailure } from './types';

let solves = 0;

/**
 * How many constraint problems the resolver has solved since the process started: a
 * machine-independent measure of its work, which the linear-work test compares between a
 * diagram and one twice its size.
 */
export function resolverSolveCount(): number {
  return solves;
}

/** Clashes reported per group of connected packages before the rest is left unresolved. */
const MAX_CLASHES = 4;

/** Resolves every Python package of `diagram` against its target, pins and requirements. */
export function resolveDiagram(diagram: Diagram, catalog: Catalog): Resolution {
  const problem = buildProblem(diagram, catalog, extrasByPackage(diagram, catalog));
  const index = catalogIndex(catalog);
  const packages: Record<string, string> = {};
  const implicit: Record<string, string[]> = {};
  const levels: Record<string, PackageLevel> = {};
  const failures: ResolutionFailure[] = [];
  for (const excluded of problem.excluded) {
    if (excluded.reason === 'unknown-pin') {
      // Not checkable: kept as the user wrote it (the bad-pin check says so).
      packages[excluded.name] = excluded.pin!;
    } else if (excluded.reason === 'unknown-range') {
      // Not checkable either: exported as the user wrote it (the bad-pin check says so).
    } else {
      const pkg = index.resolvable(excluded.name)!;
      const newest = pkg.releases[0];
      const verdict = newest ? releaseVerdict(index, pkg, newest, problem.target) : undefined;
      levels[excluded.name] = {
        level: 'excluded',
        reason: verdict?.reason ?? 'has no release',
        ...(verdict?.evidence ? { evidence: verdict.evidence } : {}),
      };
      failures.push({
        kind: 'unsupported',
        packages: [excluded.name],
        nodes: excluded.nodes,
        message: excludedText(index, pkg, problem.target),
        unpin: [],
      });
    }
  }

  for (const component of components(problem.variables, problem.binary)) {
    const group = new Group(component.variables, component.binary, index);
    const pins = component.variables.flatMap((v) => v.pins);
    let active: SoftConstraint[] = [...component.binary, ...pins];
    let values = group.solve(active);
    const clashing = new Set<string>();
    for (let round = 0; values === null && round < MAX_CLASHES; round++) {
      const clash = group.minimalClash(active);
      const involved = packagesOf(clash);
      const variables = new Map(component.variables.map((v) => [v.name, v]));
      const unpin = clash
        .filter((c): c is UnaryConstraint => c.kind === 'pin' || c.kind === 'range')
        .filter((pin) => group.solve(active.filter((c) => c !== pin)) !== null)
        .map((pin) => pin.node);
      const pinned = clash
        .filter((c): c is UnaryConstraint => c.kind === 'pin' || c.kind === 'range')
        .map((p) => p.node);
      const nodes = [
        ...new Set([
          ...pinned,
          ...component.variables.filter((v) => involved.includes(v.name)).flatMap((v) => v.nodes),
        ]),
      ];
      failures.push({
        kind: 'clash',
        packages: involved,
        nodes,
        message: explainClash(clash, variables, problem.target, index),
        unpin,
      });
      for (const name of involved) clashing.add(name);
      active = active.filter((c) => !clash.includes(c));
      values = group.solve(active);
    }
    if (values === null) {
      const names = component.variables.map((v) => v.name).filter((name) => !clashing.has(name));
      if (names.length > 0) {
        failures.push({
          kind: 'too-complex',
          packages: names,
          nodes: component.variables.filter((v) => names.includes(v.name)).flatMap((v) => v.nodes),
          message: `The versions of ${names.join(', ')} could not be worked out: fix the clashes above first.`,
          unpin: [],
        });
      }
      continue;
    }
    const chosen = group.releases(values);
    component.variables.forEach((variable, i) => {
      const release = chosen[i];
      if (clashing.has(variable.name) || !release) return;
      packages[variable.name] = release.version;
      const verdict = variable.verdicts.get(release);
      if (verdict) levels[variable.name] = { level: verdict.level, reason: verdict.reason };
    });
    const position = new Map(component.variables.map((v, i) => [v.name, i]));
    for (const variable of component.variables) {
      if (!variable.implicit || packages[variable.name] === undefined) continue;
      implicit[variable.name] = component.binary
        .filter((c): c is RequiresConstraint => c.kind === 'requires' && c.to === variable.name)
        .filter((c) => {
          const release = chosen[position.get(c.from)!];
          return packages[c.from] !== undefined && release && requiredSpecifier(c, release) !== undefined;
        })
        .map((c) => c.from)
        .sort();
    }
  }

  const nodes: Record<string, string> = {};
  for (const node of diagram.nodes) {
    const name = index.lookup(node.package)?.pkg.name;
    if (name && packages[name] !== undefined) nodes[node.id] = packages[name];
  }
  return {
    ok: failures.length === 0,
    packages,
    implicit,
    nodes,
    levels,
    explanation: failures[0]?.message ?? null,
    failures,
  };
}

function packagesOf(constraints: SoftConstraint[]): string[] {
  const names = new Set<string>();
  for (const c of constraints) {
    if (c.kind === 'pin' || c.kind === 'range') names.add(c.package);
    else {
      names.add(c.from);
      names.add(c.to);
    }
  }
  return [...names];
}

/** Splits the problem into independent groups (packages linked by constraints). */
function components(
  variables: PackageVariable[],
  binary: BinaryConstraint[],
): { variables: PackageVariable[]; binary: BinaryConstraint[] }[] {
  const parent = new Map(variables.map((v) => [v.name, v.name]));
  const find = (name: string): string => {
    let root = name;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(name, root);
    return root;
  };
  for (const c of binary) parent.set(find(c.from), find(c.to));
  const groups = new Map<string, { variables: PackageVariable[]; binary: BinaryConstraint[] }>();
  for (const variable of variables) {
    const root = find(variable.name);
    const group = groups.get(root) ?? { variables: [], binary: [] };
    group.variables.push(variable);
    groups.set(root, group);
  }
  for (const c of binary) groups.get(find(c.from))!.binary.push(c);
  return [...groups.values()];
}

const TABLE_CACHE_LIMIT = 20_000;
const tableCaches = new WeakMap<CatalogIndex, Map<string, Uint8Array>>();

/**
 * Constraint tables by what they depend on, per catalog: every edit rebuilds the same tables
 * (a profile of a 25-package check spent most of its time there), and they never change. Tables
 * are only read once built.
 */
function tableCache(index: CatalogIndex): Map<string, Uint8Array> {
  let cache = tableCaches.get(index);
  if (!cache) {
    cache = new Map();
    tableCaches.set(index, cache);
  }
  return cache;
}

/**
 * One group of connected packages, with its constraint tables computed once. A variable's CSP
 * values are its releases, newest first; an implicit package's value 0 is "absent" (null).
 */
class Group {
  private readonly position = new Map<string, number>();
  private readonly tables = new Map<BinaryConstraint, CspConstraint>();
  private readonly values: (Release | null)[][];

  constructor(
    private readonly variables: PackageVariable[],
    binary: BinaryConstraint[],
    index: CatalogIndex,
  ) {
    variables.forEach((v, i) => this.position.set(v.name, i));
    // Supported releases first, then undeclared ones, then unread ones, each newest first (a stable sort).
    const preferred = (v: PackageVariable) =>
      [...v.releases].sort((a, b) => levelRank(v.verdicts.get(a)!) - levelRank(v.verdicts.get(b)!));
    this.values = variables.map((v) => (v.implicit ? [null, ...preferred(v)] : preferred(v)));
    const cache = tableCache(index);
    const versions = this.values.map((values) => values.map((release) => release?.version ?? '').join(' '));
    for (const c of binary) {
      const a = this.position.get(c.from)!;
      const b = this.position.get(c.to)!;
      const from = this.values[a]!;
      const to = this.values[b]!;
      // Within one catalog a version stands for the same facts, so the table depends only on this key.
      const what =
        c.kind === 'requires' ? `${c.python}\u0000${c.extras.join(',')}` : `${c.versions}\u0000${c.otherVersions}`;
      const key = `${c.kind}\u0000${c.from}\u0000${c.to}\u0000${what}\u0000${versions[a]}\u0000${versions[b]}`;
      let allowed = cache.get(key);
      if (!allowed) {
        allowed = new Uint8Array(from.length * to.length);
        for (let i = 0; i < from.length; i++) {
          for (let j = 0; j < to.length; j++) allowed[i * to.length + j] = binaryAllows(c, from[i]!, to[j]!) ? 1 : 0;
        }
        if (cache.size >= TABLE_CACHE_LIMIT) cache.clear();
        cache.set(key, allowed);
      }
      this.tables.set(c, { a, b, allowed });
    }
  }

  /** The releases a solution stands for (null: an implicit package left out). */
  releases(solution: number[]): (Release | null)[] {
    return solution.map((value, i) => this.values[i]![value]!);
  }

  /** The best choice (value indexes per variable) under `active` constraints, or null. */
  solve(active: SoftConstraint[]): number[] | null {
    const variables: CspVariable[] = this.values.map((values) => ({
      size: values.length,
      mask: new Uint8Array(values.length).fill(1),
    }));
    const constraints: CspConstraint[] = [];
    for (const c of active) {
      if (c.kind === 'pin' || c.kind === 'range') {
        const i = this.position.get(c.package)!;
        const mask = variables[i]!.mask;
        const allowed = this.pinMask(c, i);
        for (let j = 0; j < mask.length; j++) mask[j]! &= allowed[j]!;
      } else {
        constraints.push(this.tables.get(c)!);
      }
    }
    solves++;
    const result = solveCsp(variables, constraints);
    return result.status === 'solved' ? result.values : null;
  }

  /**
   * The values a pin or range allows, computed once per constraint: a clash search solves the
   * group many times with the same pins, and a diagram may carry thousands of them.
   */
  private pinMask(c: UnaryConstraint, i: number): Uint8Array {
    // Many nodes of a package share a pin: one mask per package and pin text.
    const key = `${i}\u0000${c.kind}\u0000${c.kind === 'pin' ? c.version : c.specifier}`;
    let mask = this.pinMasks.get(key);
    if (!mask) {
      mask = Uint8Array.from(this.values[i]!, (release) => (release !== null && pinAllows(c, release) ? 1 : 0));
      this.pinMasks.set(key, mask);
    }
    return mask;
  }

  private readonly pinMasks = new Map<string, Uint8Array>();

  /**
   * A minimal subset of `active` that has no solution: the deletion filter (each constraint in
   * turn is dropped when the rest still has no solution). Requirements and conflicts are tried
   * for removal first, so the clash keeps the pins: those are what a user most often changes.
   *
   * Dropping one constraint at a time costs a solve per constraint, each over every constraint:
   * quadratic in a diagram with thousands of pins. As having no solution is monotone (adding
   * constraints never creates one), a run of constraints that can all be dropped is dropped at
   * once, the run doubling while that works, and a run that cannot is bisected down to its first
   * constraint that must stay. The result is the deletion filter's, in O(k log n) solves for a
   * clash of k constraints among n.
   */
  minimalClash(active: SoftConstraint[]): SoftConstraint[] {
    const unary = (c: SoftConstraint) => c.kind === 'pin' || c.kind === 'range';
    const ordered = [...active.filter((c) => !unary(c)), ...active.filter(unary)];
    const keptBefore: SoftConstraint[] = [];
    // Whether the kept constraints before `from`, without ordered[from, to), plus all from `to` on, have no solution.
    const droppable = (from: number, to: number) => this.solve([...keptBefore, ...ordered.slice(to)]) === null;
    let i = 0;
    let run = 1;
    while (i < ordered.length) {
      const end = Math.min(ordered.length, i + run);
      if (droppable(i, end)) {
        i = end;
        run *= 2;
        continue;
      }
      // Some constraint in [i, end) must stay: the first one whose dropping (with those before it) fails.
      let low = i;
      let high = end - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (droppable(i, middle + 1)) low = middle + 1;
        else high = middle;
      }
      keptBefore.push(ordered[low]!);
      i = low + 1;
      run = 1;
    }
    return keptBefore;
  }
}
