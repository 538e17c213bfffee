/**
 * Lookups the engine needs on every edit, computed once per catalog object: releases newest
 * first, ports by role, the Django minors the catalog knows, and which packages each package
 * can require. A PEP 440 comparison through the library costs ~0.1 ms, so specifier checks are
 * memoised too: a check of a 500-node diagram asks the same few hundred questions every time.
 */
import type { Catalog, CatalogPackage } from '../catalog/catalog';
import type { DependencyRecord, NeededPort, ProvidedPort, Release } from '../../catalog/schema';
import { releaseDependencies } from './dependencies';
import { compareVersions, fits, isKnownVersionSyntax, isVersion } from '../util/pep440';

// The engine's modules have long imported these from here; they live in core/util/pep440.
export { fits, isKnownVersionSyntax };

export interface PackageIndex {
  pkg: CatalogPackage;
  /** Newest first. */
  releases: Release[];
  inputs: Map<string, NeededPort>;
  outputs: Map<string, ProvidedPort>;
  /** Every package (catalog or dependency record) some release of this package requires, under any marker. */
  readonly requires: ReadonlySet<string>;
  /**
   * The required catalog packages that pip simply installs, so they need no node (django-redis
   * → redis, drf-yasg → DRF). The others are wiring partners that must be on the canvas, as the
   * catalog's ports say: they share a role with this package and either the partner has a
   * required input that only a node can fill (celery-beat → Celery, which needs a broker), or
   * this package provides a role Django consumes too, so that without the partner it would be
   * wired into the wrong place (knox's DRF auth class is not a Django authentication backend).
   * Django, the hub, is always a partner.
   */
  readonly installOnly: ReadonlySet<string>;
  /** A dependency record (catalog/deps): no ports, never on the palette, only pulled in. */
  dependency: boolean;
}

export interface CatalogIndex {
  packages: Map<string, PackageIndex>;
  /** Dependency records by name, indexed like packages. */
  dependencies: Map<string, PackageIndex>;
  /** A catalog package or a dependency record by its PEP 503 name: what the resolver can pin. */
  resolvable(name: string): PackageIndex | undefined;
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
const MEMO_LIMIT = 200_000;

/** The memoised index of `catalog` (built on first use). */
export function catalogIndex(catalog: Catalog): CatalogIndex {
  const cached = indexes.get(catalog);
  if (cached) return cached;
  const packages = new Map<string, PackageIndex>();
  const providers = new Map<string, CatalogPackage[]>();
  let djangoNeeds: Set<string> | undefined;
  // Which packages a package requires, and which of them need no node, are parsed from its
  // releases' Requires-Dist when first asked: a check asks only for the packages on the canvas,
  // and parsing every release of the catalog cost ~50 ms of the app's start.
  const installOnlyOf = (entry: PackageIndex): Set<string> => {
    djangoNeeds ??= new Set(packages.get('django')?.inputs.keys() ?? []);
    const names = new Set<string>();
    for (const name of entry.requires) {
      const other = packages.get(name);
      if (other && other.pkg.kind === 'python' && name !== 'django' && !isPartner(entry, other, djangoNeeds))
        names.add(name);
    }
    return names;
  };
  for (const pkg of catalog.packages) {
    const releases = newestFirst(pkg.releases.filter((r) => isVersion(r.version)));
    packages.set(pkg.name, indexEntry(pkg, releases, false, installOnlyOf));
    for (const port of pkg.provides) {
      const list = providers.get(port.role) ?? [];
      list.push(pkg);
      providers.set(port.role, list);
    }
  }
  const dependencies = new Map<string, PackageIndex>();
  for (const record of catalog.dependencies) {
    if (packages.has(record.name)) continue;
    const releases = newestFirst(record.releases.filter((r) => isVersion(r.version)));
    dependencies.set(
      record.name,
      indexEntry(asPackage(record), releases, true, () => new Set()),
    );
  }
  const resolvable = (name: string) => packages.get(name) ?? dependencies.get(name);
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
  const index: CatalogIndex = { packages, dependencies, resolvable, lookup, djangoMinors, providers, remember };
  indexes.set(catalog, index);
  return index;
}

/** An index entry whose `requires` and `installOnly` are computed on first use. */
function indexEntry(
  pkg: CatalogPackage,
  releases: Release[],
  dependency: boolean,
  installOnlyOf: (entry: PackageIndex) => Set<string>,
): PackageIndex {
  let requires: Set<string> | undefined;
  let installOnly: Set<string> | undefined;
  return {
    pkg,
    releases,
    inputs: new Map(pkg.needs.map((port) => [port.role, port])),
    outputs: new Map(pkg.provides.map((port) => [port.role, port])),
    get requires() {
      return (requires ??= requiredNames(pkg.name, releases));
    },
    get installOnly() {
      return (installOnly ??= installOnlyOf(this));
    },
    dependency,
  };
}

/** Whether `partner`, which `pkg` requires, must be on the canvas (see `installOnly`). */
function isPartner(pkg: PackageIndex, partner: PackageIndex, djangoNeeds: Set<string>): boolean {
  const pluggedIn = [...pkg.outputs.keys()].filter((role) => partner.inputs.has(role));
  const pluggedFrom = [...partner.outputs.keys()].some((role) => pkg.inputs.has(role));
  if (pluggedIn.length === 0 && !pluggedFrom) return false;
  const partnerNeedsNode = [...partner.inputs.values()].some((port) => port.required);
  return partnerNeedsNode || pluggedIn.some((role) => djangoNeeds.has(role));
}

/** Names some release requires (under any marker), itself excluded. */
function requiredNames(self: string, releases: Release[]): Set<string> {
  const names = new Set<string>();
  for (const release of releases)
    for (const dependency of releaseDependencies(release)) if (dependency.name !== self) names.add(dependency.name);
  return names;
}

/** A dependency record seen as a package without ports, so the resolver treats both alike. */
function asPackage(record: DependencyRecord): CatalogPackage {
  return {
    name: record.name,
    kind: 'python',
    title: record.name,
    summary: record.summary ?? record.name,
    links: {},
    aliases: [],
    status: { state: 'maintained', successors: [] },
    provides: [],
    needs: [],
    apps: [],
    middleware: [],
    options: [],
    releases: record.releases,
    conflicts: [],
    breakages: [],
    lines: [],
    sources: record.sources,
  };
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

/** Python minors a target may name; the engine proposes the nearest one that works. */
export const PYTHON_MINORS = ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'];
