/**
 * Turns a diagram into the resolver's problem: one variable per Python package on the canvas
 * (its releases that install on the target), one for Django (always installed, on the canvas or
 * not), one per implicit package (what the chosen releases pull in through their Requires-Dist
 * under the target's markers and the extras in play, catalog packages and dependency records
 * alike, which may also stay absent), unary pins and ranges, and binary constraints (a
 * release's requirements, catalog conflicts). Everything the explanation needs is kept on the
 * constraint objects.
 */
import type { Catalog } from '../catalog/catalog';
import type { Release } from '../../catalog/schema';
import type { Diagram, Target } from '../diagram/model';
import { compareVersions, fits, isKnownVersionSyntax, versionsEqual } from '../util/pep440';
import { catalogIndex, minorOf, type CatalogIndex, type PackageIndex } from './catalog-index';
import { applicableDependencies } from './dependencies';
import { releaseVerdict, type ReleaseVerdict } from './levels';

/** A pin that the resolver honours. */
export interface PinConstraint {
  kind: 'pin';
  node: string;
  package: string;
  version: string;
}

/** A range from the user's own requirement line (`celery>=5.3,<5.6`): never chosen outside. */
export interface RangeConstraint {
  kind: 'range';
  node: string;
  package: string;
  specifier: string;
}

export type UnaryConstraint = PinConstraint | RangeConstraint;

export interface RequiresConstraint {
  kind: 'requires';
  /** The package whose releases require `to`. */
  from: string;
  to: string;
  /** The target Python the markers are evaluated for. */
  python: string;
  /** The extras `from` is installed with (they switch on `extra == "…"` requirements). */
  extras: string[];
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
  /** Candidate releases installable on the target, newest first (a pin to an unlisted patch adds one). */
  releases: Release[];
  /** The verdict on each candidate (supported or undeclared): the solver prefers supported ones. */
  verdicts: Map<Release, ReleaseVerdict>;
  nodes: string[];
  pins: UnaryConstraint[];
  /** The extras it is installed with: the nodes' own and the exporter's, or those its requirers ask for. */
  extras: string[];
  /**
   * Not on the canvas: pulled in only by the requirements of chosen releases. Its first value is
   * "absent" (not installed), which the solver prefers, so it is installed only when needed.
   */
  implicit: boolean;
}

/** A package that cannot take part in resolution, and why. */
export interface Excluded {
  name: string;
  nodes: string[];
  reason: 'unsupported' | 'unknown-pin' | 'unknown-range';
  /** For `unknown-pin`: the version the user pinned, kept as the package's version. */
  pin?: string;
  /** For `unknown-range`: the user's range, which admits no release the catalog knows. */
  range?: string;
}

export interface ResolveProblem {
  target: Target;
  variables: PackageVariable[];
  binary: BinaryConstraint[];
  excluded: Excluded[];
}

/** Whether `release` of `pkg` installs on the target (its verdict is not `excluded`). */
export function fitsTarget(index: CatalogIndex, pkg: PackageIndex, release: Release, target: Target): boolean {
  return releaseVerdict(index, pkg, release, target).level !== 'excluded';
}

/** The catalog release a pin stands for: the same version, else the newest of its minor line. */
export function releaseForPin(pkg: PackageIndex, pin: string): Release | undefined {
  if (!isKnownVersionSyntax(pin)) return undefined;
  const exact = pkg.releases.find((release) => sameVersion(release.version, pin));
  if (exact) return exact;
  const line = minorOf(pin);
  const sibling = pkg.releases.find((release) => minorOf(release.version) === line);
  return sibling ? { ...sibling, version: pin, yanked: undefined } : undefined;
}

/**
 * Whether a user's range admits no release the catalog knows, for any target: the range reaches
 * past the recorded history, so nothing can be said about it.
 */
export function rangeBeyondCatalog(pkg: PackageIndex, specifier: string): boolean {
  return !pkg.releases.some((release) => fits(release.version, specifier));
}

interface CanvasEntry {
  index: PackageIndex;
  nodes: string[];
  pins: UnaryConstraint[];
  extras: Set<string>;
}

/**
 * Builds the resolver's problem for `diagram`; variables in priority order. `extras` gives the
 * extras each package on the canvas is installed with (core/export/extras).
 */
export function buildProblem(
  diagram: Diagram,
  catalog: Catalog,
  extras: ReadonlyMap<string, readonly string[]> = new Map(),
): ResolveProblem {
  const index = catalogIndex(catalog);
  const target = diagram.target;
  const onCanvas = new Map<string, CanvasEntry>();
  for (const node of diagram.nodes) {
    const found = index.lookup(node.package);
    if (!found || found.pkg.kind !== 'python') continue;
    const name = found.pkg.name;
    const entry = onCanvas.get(name) ?? { index: found, nodes: [], pins: [], extras: new Set(extras.get(name) ?? []) };
    entry.nodes.push(node.id);
    if (typeof node.pin === 'string' && isKnownVersionSyntax(node.pin)) {
      entry.pins.push({ kind: 'pin', node: node.id, package: name, version: node.pin });
    }
    const range = node.requirement?.specifier?.trim();
    if (range && !node.pin) entry.pins.push({ kind: 'range', node: node.id, package: name, specifier: range });
    onCanvas.set(name, entry);
  }
  // Django is always installed: without a node, it is the target's line, resolved like the rest.
  const django = index.packages.get('django');
  if (django && !onCanvas.has('django'))
    onCanvas.set('django', { index: django, nodes: [], pins: [], extras: new Set() });

  const variables: PackageVariable[] = [];
  const excluded: Excluded[] = [];
  for (const [name, entry] of onCanvas) {
    const chosenExtras = [...entry.extras].sort();
    const verdicts = new Map<Release, ReleaseVerdict>();
    const releases: Release[] = [];
    const pinned = entry.pins.filter((p): p is PinConstraint => p.kind === 'pin');
    // Many nodes may share a pin: each pin text is looked at once, in diagram order.
    const pinTexts = [...new Set(pinned.map((pin) => pin.version))];
    for (const release of entry.index.releases) {
      // pip skips a yanked release unless a requirement names it exactly.
      if (release.yanked !== undefined && !pinTexts.some((pin) => sameVersion(release.version, pin))) continue;
      const verdict = releaseVerdict(index, entry.index, release, target, chosenExtras);
      if (verdict.level === 'excluded') continue;
      verdicts.set(release, verdict);
      releases.push(release);
    }
    // A pin to a patch the catalog does not list uses the facts of its minor line.
    let unknown = false;
    for (const pin of pinTexts) {
      const release = releaseForPin(entry.index, pin);
      if (!release) {
        excluded.push({ name, nodes: entry.nodes, reason: 'unknown-pin', pin });
        unknown = true;
        break;
      }
      if (!releases.some((r) => sameVersion(r.version, pin))) {
        const verdict = releaseVerdict(index, entry.index, release, target, chosenExtras);
        if (verdict.level !== 'excluded') {
          verdicts.set(release, verdict);
          releases.push(release);
          releases.sort((a, b) => compareVersions(b.version, a.version));
        }
      }
    }
    if (unknown) continue;
    // A range that admits no release the catalog knows (any target) reaches past the recorded
    // history (`django-stubs-ext>=4.2.1,<5` where the catalog starts at 5.2.9): pip may well
    // find one, so it is kept as written and not judged, like a pin to an unknown release.
    const ranges = entry.pins.filter((p): p is RangeConstraint => p.kind === 'range');
    const outside = ranges.find((r) => rangeBeyondCatalog(entry.index, r.specifier));
    if (pinTexts.length === 0 && outside) {
      excluded.push({ name, nodes: entry.nodes, reason: 'unknown-range', range: outside.specifier });
      continue;
    }
    if (releases.length === 0) {
      excluded.push({ name, nodes: entry.nodes, reason: 'unsupported' });
      continue;
    }
    variables.push({
      name,
      index: entry.index,
      releases,
      verdicts,
      nodes: entry.nodes,
      pins: entry.pins,
      extras: chosenExtras,
      implicit: false,
    });
  }
  const canvasCount = variables.length;
  addImplicit(variables, new Set(onCanvas.keys()), index, target);

  const byName = new Map(variables.map((v) => [v.name, v]));
  const binary: BinaryConstraint[] = [];
  for (const variable of variables) {
    for (const other of variable.index.requires) {
      if (byName.has(other) && other !== variable.name)
        binary.push({
          kind: 'requires',
          from: variable.name,
          to: other,
          python: target.python,
          extras: variable.extras,
        });
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
 * Adds, transitively, what the candidate releases pull in under the target's markers and the
 * extras in play, when it has no node: install-only catalog packages and dependency records.
 * Partners missing from the canvas are the missing-requirement check's. The extras an implicit
 * package is installed with are those any requirer asks for (`kombu[redis]`), a safe
 * over-approximation: more requirements apply, never fewer.
 */
function addImplicit(variables: PackageVariable[], onCanvas: Set<string>, index: CatalogIndex, target: Target): void {
  const wanted = new Map<string, Set<string>>();
  const queue = [...variables];
  const visit = (variable: PackageVariable, extrasOf: (v: PackageVariable) => string[]) => {
    for (const release of variable.releases) {
      for (const [name, dependencies] of applicableDependencies(release, target.python, extrasOf(variable))) {
        if (onCanvas.has(name) || name === variable.name) continue;
        const pkg = index.resolvable(name);
        if (!pkg || pkg.pkg.kind !== 'python') continue;
        if (!variable.implicit && !pkg.dependency && !variable.index.installOnly.has(name)) continue;
        const known = wanted.get(name);
        const asked = dependencies.flatMap((d) => d.extras);
        if (known && asked.every((extra) => known.has(extra))) continue;
        const merged = new Set([...(known ?? []), ...asked]);
        wanted.set(name, merged);
        let implicit = variables.find((v) => v.name === name);
        const extras = [...merged].sort();
        if (!implicit) {
          implicit = implicitVariable(index, pkg, target, extras);
          variables.push(implicit);
        } else {
          implicit.extras = extras;
        }
        queue.push(implicit);
      }
    }
  };
  while (queue.length > 0) {
    const variable = queue.shift()!;
    visit(variable, (v) => v.extras);
  }
}

function implicitVariable(index: CatalogIndex, pkg: PackageIndex, target: Target, extras: string[]): PackageVariable {
  const verdicts = new Map<Release, ReleaseVerdict>();
  const releases: Release[] = [];
  for (const release of pkg.releases) {
    if (release.yanked !== undefined) continue;
    const verdict = releaseVerdict(index, pkg, release, target, extras);
    if (verdict.level === 'excluded') continue;
    verdicts.set(release, verdict);
    releases.push(release);
  }
  return { name: pkg.pkg.name, index: pkg, releases, verdicts, nodes: [], pins: [], extras, implicit: true };
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

/** The specifier `from`'s release `a` puts on `to` at the constraint's target, or undefined. */
export function requiredSpecifier(constraint: RequiresConstraint, a: Release): string | undefined {
  const dependencies = applicableDependencies(a, constraint.python, constraint.extras).get(constraint.to);
  if (!dependencies) return undefined;
  return dependencies
    .map((d) => d.specifier)
    .filter(Boolean)
    .join(',');
}

/**
 * Whether release `a` of `from` and release `b` of `to` satisfy the constraint; null stands for
 * an implicit package left out (it requires nothing and conflicts with nothing).
 */
export function binaryAllows(constraint: BinaryConstraint, a: Release | null, b: Release | null): boolean {
  if (a === null) return true;
  if (constraint.kind === 'requires') {
    const specifier = requiredSpecifier(constraint, a);
    if (specifier === undefined) return true;
    return b !== null && fits(b.version, specifier);
  }
  return b === null || !(fits(a.version, constraint.versions) && fits(b.version, constraint.otherVersions));
}

/** Whether a release satisfies a pin (same version under PEP 440) or a range. */
export function pinAllows(pin: UnaryConstraint, release: Release): boolean {
  return pin.kind === 'pin' ? sameVersion(release.version, pin.version) : fits(release.version, pin.specifier);
}

/** PEP 440 equality ("5.0" is "5.0.0"), as `==` reads it, on keys computed once per version. */
export function sameVersion(a: string, b: string): boolean {
  return a === b || versionsEqual(a, b);
}
