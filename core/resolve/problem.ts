/**
 * Turns a diagram into the resolver's problem: one variable per Python package on the canvas
 * (its releases that fit the target), one per implicit package (an install-only requirement
 * that has no node: redis for django-redis, which may also stay absent), unary pins, and binary
 * constraints (release `requires`, catalog conflicts). Everything the explanation needs is kept
 * on the constraint objects.
 */
import type { Catalog } from '../catalog/catalog';
import type { Release } from '../../catalog/schema';
import type { Diagram, Target } from '../diagram/model';
import {
  catalogIndex,
  fits,
  isKnownVersionSyntax,
  minorOf,
  type CatalogIndex,
  type PackageIndex,
} from './catalog-index';
import { compareVersions, isSpecifier, satisfies } from '../util/pep440';

/** A pin that the resolver honours. `release` is the catalog release whose facts it uses. */
export interface PinConstraint {
  kind: 'pin';
  node: string;
  package: string;
  version: string;
}

export interface RequiresConstraint {
  kind: 'requires';
  /** The package whose releases require `to`. */
  from: string;
  to: string;
}

export interface ConflictConstraint {
  kind: 'conflict';
  /** The package whose catalog file records the conflict. */
  from: string;
  to: string;
  versions: string;
  otherVersions: string;
  reason: string;
}

export type BinaryConstraint = RequiresConstraint | ConflictConstraint;

export interface PackageVariable {
  name: string;
  index: PackageIndex;
  /** Candidate releases fitting the target, newest first (a pin to an unlisted patch adds one). */
  releases: Release[];
  nodes: string[];
  pins: PinConstraint[];
  /**
   * Not on the canvas: pulled in only by the `requires` of chosen releases. Its first value is
   * "absent" (not installed), which the solver prefers, so it is installed only when needed.
   */
  implicit: boolean;
}

/** A package that cannot take part in resolution, and why. */
export interface Excluded {
  name: string;
  nodes: string[];
  reason: 'unsupported' | 'unknown-pin';
  /** For `unknown-pin`: the version the user pinned, kept as the package's version. */
  pin?: string;
}

export interface ResolveProblem {
  target: Target;
  variables: PackageVariable[];
  binary: BinaryConstraint[];
  excluded: Excluded[];
}

/** Whether `release` of `pkg` supports the target (Django support, Requires-Python, Django line). */
export function fitsTarget(pkg: PackageIndex, release: Release, target: Target, djangoOnCanvas: boolean): boolean {
  if (!fits(target.django, release.django) || !fits(target.python, release.python)) return false;
  if (pkg.pkg.name === 'django') return minorOf(release.version) === target.django;
  // Without a django node, Django's version is the target's: requirements on it are checked here.
  const onDjango = release.requires?.django;
  if (!djangoOnCanvas && onDjango && !fits(`${target.django}.0`, onDjango)) return false;
  return true;
}

/** The catalog release a pin stands for: the same version, else the newest of its minor line. */
export function releaseForPin(pkg: PackageIndex, pin: string): Release | undefined {
  if (!isKnownVersionSyntax(pin)) return undefined;
  const exact = pkg.releases.find((release) => sameVersion(release.version, pin));
  if (exact) return exact;
  const line = minorOf(pin);
  const sibling = pkg.releases.find((release) => minorOf(release.version) === line);
  return sibling ? { ...sibling, version: pin } : undefined;
}

/** Builds the resolver's problem for `diagram`; variables in priority order. */
export function buildProblem(diagram: Diagram, catalog: Catalog): ResolveProblem {
  const index = catalogIndex(catalog);
  const target = diagram.target;
  const nodesByPackage = new Map<
    string,
    { index: PackageIndex; nodes: string[]; pins: PinConstraint[]; ranges: string[] }
  >();
  for (const node of diagram.nodes) {
    const found = index.lookup(node.package);
    if (!found || found.pkg.kind !== 'python') continue;
    const pkg = found.pkg;
    const entry = nodesByPackage.get(pkg.name) ?? { index: found, nodes: [], pins: [], ranges: [] };
    entry.nodes.push(node.id);
    const range = node.requirement?.specifier;
    if (typeof range === 'string' && range && isSpecifier(range)) entry.ranges.push(range);
    if (typeof node.pin === 'string' && isKnownVersionSyntax(node.pin)) {
      entry.pins.push({ kind: 'pin', node: node.id, package: pkg.name, version: node.pin });
    }
    nodesByPackage.set(pkg.name, entry);
  }
  const djangoOnCanvas = nodesByPackage.has('django');
  const variables: PackageVariable[] = [];
  const excluded: Excluded[] = [];
  for (const [name, entry] of nodesByPackage) {
    const fitting = entry.index.releases.filter((release) => fitsTarget(entry.index, release, target, djangoOnCanvas));
    // The user's own range (imported from their file) narrows the candidates like a pin does. The
    // catalog lists only some releases, so a range none of them meets is left to the range check
    // rather than made an error here.
    const inRange = fitting.filter((release) => entry.ranges.every((range) => satisfies(release.version, range)));
    const releases = inRange.length > 0 ? inRange : fitting;
    // A pin to a patch the catalog does not list uses the facts of its minor line.
    for (const pin of entry.pins) {
      const release = releaseForPin(entry.index, pin.version);
      if (!release) {
        excluded.push({ name, nodes: entry.nodes, reason: 'unknown-pin', pin: pin.version });
        break;
      }
      if (
        !releases.some((r) => sameVersion(r.version, pin.version)) &&
        fitsTarget(entry.index, release, target, djangoOnCanvas)
      ) {
        releases.push(release);
        releases.sort((a, b) => compareVersions(b.version, a.version));
      }
    }
    if (excluded.some((e) => e.name === name)) continue;
    if (releases.length === 0) {
      excluded.push({ name, nodes: entry.nodes, reason: 'unsupported' });
      continue;
    }
    variables.push({ name, index: entry.index, releases, nodes: entry.nodes, pins: entry.pins, implicit: false });
  }
  const canvasCount = variables.length;
  addImplicit(variables, nodesByPackage, index, target, djangoOnCanvas);

  const byName = new Map(variables.map((v) => [v.name, v]));
  const binary: BinaryConstraint[] = [];
  for (const variable of variables) {
    for (const other of variable.index.requires) {
      if (byName.has(other) && other !== variable.name)
        binary.push({ kind: 'requires', from: variable.name, to: other });
    }
    for (const conflict of variable.index.pkg.conflicts) {
      const other = byName.get(conflict.package);
      if (!other || other === variable) continue;
      // A conflict between every release of two packages on the canvas is the conflict check's
      // to report; with an implicit package it is a constraint (that package may stay absent).
      if (!isTotalConflict(conflict) || variable.implicit || other.implicit) {
        binary.push({
          kind: 'conflict',
          from: variable.name,
          to: conflict.package,
          versions: conflict.versions,
          otherVersions: conflict.otherVersions,
          reason: conflict.reason,
        });
      }
    }
  }
  const ordered = [
    ...prioritise(variables.slice(0, canvasCount), binary),
    ...requirersFirst(variables.slice(canvasCount)),
  ];
  return { target, variables: ordered, binary, excluded };
}

/**
 * Adds, transitively, the install-only requirements of the packages on the canvas that have no
 * node (every requirement of an implicit package is install-only: it has no ports to wire).
 * Partners missing from the canvas are the missing-requirement check's; Django is never implicit.
 */
function addImplicit(
  variables: PackageVariable[],
  onCanvas: Map<string, unknown>,
  index: CatalogIndex,
  target: Target,
  djangoOnCanvas: boolean,
): void {
  const seen = new Set(variables.map((v) => v.name));
  for (let i = 0; i < variables.length; i++) {
    const variable = variables[i]!;
    const wanted = variable.implicit ? variable.index.requires : variable.index.installOnly;
    for (const name of [...wanted].sort()) {
      if (seen.has(name) || onCanvas.has(name) || name === 'django') continue;
      const pkg = index.packages.get(name);
      if (!pkg || pkg.pkg.kind !== 'python') continue;
      seen.add(name);
      const releases = pkg.releases.filter((release) => fitsTarget(pkg, release, target, djangoOnCanvas));
      variables.push({ name, index: pkg, releases, nodes: [], pins: [], implicit: true });
    }
  }
}

/**
 * Implicit packages after every package on the canvas, each after the packages that require
 * it: a requirer picks its newest release first, and only then is a requirement installed (or
 * left out) to suit it, never the other way round.
 */
function requirersFirst(implicit: PackageVariable[]): PackageVariable[] {
  const byName = new Map(implicit.map((v) => [v.name, v]));
  const done = new Set<string>();
  const postorder: PackageVariable[] = [];
  const visit = (variable: PackageVariable) => {
    if (done.has(variable.name)) return;
    done.add(variable.name);
    for (const name of [...variable.index.requires].sort()) {
      const required = byName.get(name);
      if (required) visit(required);
    }
    postorder.push(variable);
  };
  for (const variable of [...implicit].sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0)))
    visit(variable);
  return postorder.reverse();
}

/**
 * Priority order: Django first, then the packages others build on (DRF before knox), so the
 * foundation gets its newest release and add-ons adapt; ties by name, for determinism.
 */
function prioritise(variables: PackageVariable[], binary: BinaryConstraint[]): PackageVariable[] {
  const dependents = new Map<string, number>();
  for (const c of binary) if (c.kind === 'requires') dependents.set(c.to, (dependents.get(c.to) ?? 0) + 1);
  const rank = (v: PackageVariable) => (v.name === 'django' ? Number.MAX_SAFE_INTEGER : (dependents.get(v.name) ?? 0));
  return [...variables].sort((a, b) => rank(b) - rank(a) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether a conflict covers every release of both packages (no version choice avoids it). */
export function isTotalConflict(conflict: { versions: string; otherVersions: string }): boolean {
  return conflict.versions.trim() === '' && conflict.otherVersions.trim() === '';
}

/**
 * Whether release `a` of `from` and release `b` of `to` satisfy the constraint; null stands for
 * an implicit package left out (it requires nothing and conflicts with nothing).
 */
export function binaryAllows(constraint: BinaryConstraint, a: Release | null, b: Release | null): boolean {
  if (a === null) return true;
  if (constraint.kind === 'requires') {
    const specifier = a.requires?.[constraint.to];
    if (specifier === undefined) return true;
    return b !== null && fits(b.version, specifier);
  }
  return b === null || !(fits(a.version, constraint.versions) && fits(b.version, constraint.otherVersions));
}

/** Whether a release satisfies a pin (same version under PEP 440). */
export function pinAllows(pin: PinConstraint, release: Release): boolean {
  return sameVersion(release.version, pin.version);
}

/** PEP 440 equality ("5.0" is "5.0.0"), memoised. */
export function sameVersion(a: string, b: string): boolean {
  return a === b || fits(a, `==${b}`);
}
