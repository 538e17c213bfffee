/**
 * Turns a diagram into the resolver's problem: one variable per Python package on the canvas
 * (its releases that fit the target), unary pins, and binary constraints (release `requires`
 * between packages on the canvas, catalog conflicts). Everything the explanation needs is kept
 * on the constraint objects.
 */
import type { Catalog } from '../catalog/catalog';
import type { Release } from '../../catalog/schema';
import type { Diagram, Target } from '../diagram/model';
import { catalogIndex, fits, isKnownVersionSyntax, minorOf, type PackageIndex } from './catalog-index';
import { compareVersions } from '../util/pep440';

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
  const nodesByPackage = new Map<string, { index: PackageIndex; nodes: string[]; pins: PinConstraint[] }>();
  for (const node of diagram.nodes) {
    const found = index.lookup(node.package);
    if (!found || found.pkg.kind !== 'python') continue;
    const pkg = found.pkg;
    const entry = nodesByPackage.get(pkg.name) ?? { index: found, nodes: [], pins: [] };
    entry.nodes.push(node.id);
    if (typeof node.pin === 'string' && isKnownVersionSyntax(node.pin)) {
      entry.pins.push({ kind: 'pin', node: node.id, package: pkg.name, version: node.pin });
    }
    nodesByPackage.set(pkg.name, entry);
  }
  const djangoOnCanvas = nodesByPackage.has('django');
  const variables: PackageVariable[] = [];
  const excluded: Excluded[] = [];
  for (const [name, entry] of nodesByPackage) {
    const releases = entry.index.releases.filter((release) => fitsTarget(entry.index, release, target, djangoOnCanvas));
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
    variables.push({ name, index: entry.index, releases, nodes: entry.nodes, pins: entry.pins });
  }

  const names = new Set(variables.map((v) => v.name));
  const binary: BinaryConstraint[] = [];
  for (const variable of variables) {
    for (const other of variable.index.requires) {
      if (names.has(other) && other !== variable.name)
        binary.push({ kind: 'requires', from: variable.name, to: other });
    }
    for (const conflict of variable.index.pkg.conflicts) {
      // A conflict between every release of both is reported as such by the conflict check.
      if (names.has(conflict.package) && conflict.package !== variable.name && !isTotalConflict(conflict)) {
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
  return { target, variables: prioritise(variables, binary), binary, excluded };
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

/** Whether release `a` of `from` and release `b` of `to` satisfy the constraint. */
export function binaryAllows(constraint: BinaryConstraint, a: Release, b: Release): boolean {
  if (constraint.kind === 'requires') return fits(b.version, a.requires?.[constraint.to]);
  return !(fits(a.version, constraint.versions) && fits(b.version, constraint.otherVersions));
}

/** Whether a release satisfies a pin (same version under PEP 440). */
export function pinAllows(pin: PinConstraint, release: Release): boolean {
  return sameVersion(release.version, pin.version);
}

/** PEP 440 equality ("5.0" is "5.0.0"), memoised. */
export function sameVersion(a: string, b: string): boolean {
  return a === b || fits(a, `==${b}`);
}
