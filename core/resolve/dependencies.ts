/**
 * What a release requires at a target: its Requires-Dist (PEP 508, markers evaluated for the
 * target's Python on Linux / CPython and the extras it is installed with), or, for a release
 * whose metadata was not recorded, the legacy `requires` map. Memoised per release object, as
 * the resolver asks for every pair of releases it compares.
 */
import type { Release } from '../../catalog/schema';
import { normalizePackageName } from '../catalog/catalog';
import { dependencyApplies, parseDependency, targetEnvironment, type Dependency } from '../util/pep508';

/** Every dependency a release names (any marker), parsed; unparseable entries are left out. */
export function releaseDependencies(release: Release): Dependency[] {
  let found = all.get(release);
  if (!found) {
    if (release.requiresDist) {
      found = release.requiresDist.map(parseDependency).filter((d): d is Dependency => d !== null);
    } else {
      found = Object.entries(release.requires ?? {}).map(([name, specifier]) => ({
        name: normalizePackageName(name),
        extras: [],
        specifier,
        marker: null,
        text: `${name}${specifier}`,
      }));
    }
    all.set(release, found);
  }
  return found;
}

const all = new WeakMap<Release, Dependency[]>();
const applicable = new WeakMap<Release, Map<string, Map<string, Dependency[]>>>();

/**
 * The dependencies of `release` that apply on Python `python` when it is installed with
 * `extras`, by PEP 503 name (a name may carry several entries, e.g. one per marker).
 */
export function applicableDependencies(
  release: Release,
  python: string,
  extras: readonly string[] = [],
): Map<string, Dependency[]> {
  let byKey = applicable.get(release);
  if (!byKey) {
    byKey = new Map();
    applicable.set(release, byKey);
  }
  const key = `${python}\u0000${extras.join(',')}`;
  let found = byKey.get(key);
  if (!found) {
    found = new Map();
    const env = targetEnvironment(python);
    for (const dependency of releaseDependencies(release)) {
      if (!dependencyApplies(dependency, env, extras)) continue;
      const list = found.get(dependency.name) ?? [];
      list.push(dependency);
      found.set(dependency.name, list);
    }
    byKey.set(key, found);
  }
  return found;
}

/** "redis>=4.5.2,!=4.5.5,<6.0.0" for the entries on one package (their specifiers joined). */
export function requirementText(name: string, dependencies: readonly Dependency[]): string {
  const specifier = dependencies
    .map((d) => d.specifier)
    .filter(Boolean)
    .join(',');
  return `${name}${specifier}`;
}
