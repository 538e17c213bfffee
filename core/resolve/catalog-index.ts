/**
 * Lookups the engine needs on every edit, computed once per catalog object: releases newest
 * first, ports by role, the Django minors the catalog knows, and which packages each package
 * can require. A PEP 440 comparison through the library costs ~0.1 ms, so specifier checks are
 * memoised too: a check of a 500-node diagram asks the same few hundred questions every time.
 */
import type { Catalog, CatalogPackage } from '../catalog/catalog';
import type { NeededPort, ProvidedPort, Release } from '../../catalog/schema';
import { compareVersions, isVersion, satisfies } from '../util/pep440';

export interface PackageIndex {
  pkg: CatalogPackage;
  /** Newest first. */
  releases: Release[];
  inputs: Map<string, NeededPort>;
  outputs: Map<string, ProvidedPort>;
  /** Every catalog package some release of this package requires. */
  requires: Set<string>;
  /**
   * The required packages that pip simply installs (django-redis → redis): they share no role
   * with this package in either direction, so nobody wires them and they need no node. The
   * others are wiring partners (knox → DRF) and must be on the canvas. Django, the hub, is
   * always a partner.
   */
  installOnly: Set<string>;
}

export interface CatalogIndex {
  packages: Map<string, PackageIndex>;
  /** `catalog.get` by the name as written on a node (any spelling or alias), memoised. */
  lookup(name: string): PackageIndex | undefined;
  /** "major.minor" of every Django release line in the catalog, oldest first. */
  djangoMinors: string[];
  /** Packages that provide each role, in catalog (name) order. */
  providers: Map<string, CatalogPackage[]>;
  /** Answers that depend only on the catalog and their key (e.g. which targets a package supports). */
  remember<T>(key: string, compute: () => T): T;
}

const indexes = new WeakMap<Catalog, CatalogIndex>();

/** The memoised index of `catalog` (built on first use). */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const packages = new Map<string, PackageIndex>();
  const providers = new Map<string, CatalogPackage[]>();
  for (const pkg of catalog.packages) {
    const releases = newestFirst(pkg.releases.filter((r) => isVersion(r.version)));
    const requires = new Set<string>();
    for (const release of releases) for (const name of Object.keys(release.requires ?? {})) requires.add(name);
    packages.set(pkg.name, {
      pkg,
      releases,
      inputs: new Map(pkg.needs.map((port) => [port.role, port])),
      outputs: new Map(pkg.provides.map((port) => [port.role, port])),
      requires,
      installOnly: new Set(),
    });
    for (const port of pkg.provides) {
      const list = providers.get(port.role) ?? [];
      list.push(pkg);
      providers.set(port.role, list);
    }
  }
  for (const entry of packages.values()) {
    for (const name of entry.requires) {
      const other = packages.get(name);
      if (other && other.pkg.kind === 'python' && name !== 'django' && !sharesRole(entry, other))
        entry.installOnly.add(name);
    }
  }
  const minors = new Set<string>();
  for (const release of packages.get('django')?.releases ?? []) minors.add(minorOf(release.version));
  const djangoMinors = [...minors].sort(compareVersions);
  const spellings = new Map<string, PackageIndex | null>();
  const lookup = (name: string): PackageIndex | undefined => {
    let found = spellings.get(name);
    if (found === undefined) {
      const pkg = catalog.get(name);
      found = pkg ? packages.get(pkg.name)! : null;
      if (spellings.size < MEMO_LIMIT) spellings.set(name, found);
    }
    return found ?? undefined;
  };
  const answers = new Map<string, unknown>();
  const remember = <T>(key: string, compute: () => T): T => {
    if (answers.has(key)) return answers.get(key) as T;
    const value = compute();
    if (answers.size >= MEMO_LIMIT) answers.clear();
    answers.set(key, value);
    return value;
  };
  const index: CatalogIndex = { packages, lookup, djangoMinors, providers, remember };
  indexes.set(catalog, index);
  return index;
}

/** Whether one package provides a role the other needs, either way round. */
function sharesRole(a: PackageIndex, b: PackageIndex): boolean {
  for (const role of a.outputs.keys()) if (b.inputs.has(role)) return true;
  for (const role of b.outputs.keys()) if (a.inputs.has(role)) return true;
  return false;
}

/**
 * Releases newest first. Catalog files list them oldest first, so checking that order costs
 * n comparisons instead of a sort's n log n (each comparison parses both versions).
 */
function newestFirst(releases: Release[]): Release[] {
  const ascending = releases.every((r, i) => i === 0 || compareVersions(releases[i - 1]!.version, r.version) < 0);
  return ascending ? [...releases].reverse() : [...releases].sort((a, b) => compareVersions(b.version, a.version));
}

/** "5.2.3" → "5.2". */
export function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

const satisfiesMemo = new Map<string, boolean>();
const MEMO_LIMIT = 200_000;

/** `satisfies` from core/util/pep440, memoised (specifiers and versions are few and repeat). */
export function fits(version: string, specifier: string | undefined): boolean {
  if (!specifier || specifier.trim() === '') return true;
  const key = `${version}\u0000${specifier}`;
  let answer = satisfiesMemo.get(key);
  if (answer === undefined) {
    try {
      answer = satisfies(version, specifier);
    } catch {
      // A malformed specifier in data is caught by the catalog tests; here it simply matches nothing.
      answer = false;
    }
    if (satisfiesMemo.size >= MEMO_LIMIT) satisfiesMemo.clear();
    satisfiesMemo.set(key, answer);
  }
  return answer;
}

const versionMemo = new Map<string, boolean>();

/** `isVersion`, memoised. */
export function isKnownVersionSyntax(text: string): boolean {
  let answer = versionMemo.get(text);
  if (answer === undefined) {
    answer = isVersion(text);
    if (versionMemo.size >= MEMO_LIMIT) versionMemo.clear();
    versionMemo.set(text, answer);
  }
  return answer;
}

/** Python minors a target may name; the engine proposes the nearest one that works. */
export const PYTHON_MINORS = ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'];
