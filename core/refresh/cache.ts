/**
 * The refreshed release layer as it is kept in the user's data folder, and how it meets the
 * bundled catalog: offline first, the bundled snapshot is the default and a refreshed cache
 * overrides it only where it is newer. The curated layer (roles, ports, settings, notes, legacy
 * `requires`) always comes from the bundled files; a refresh only brings release facts.
 */
import { CatalogPackage, PackageName, Release } from '../../catalog/schema';
import { z } from '../zod';
import type { RefreshResult } from './refresh';
import { compareText } from '../util/collate';

export const CACHE_FORMAT = 'djstack-catalog-cache';

export const CachedPackage = z.strictObject({
  summary: z.string().max(1000).nullable(),
  /** Newest first. */
  releases: z.array(Release).max(5000),
});

export const CatalogCache = z.strictObject({
  format: z.literal(CACHE_FORMAT),
  version: z.literal(1),
  /** When the index was read (ISO 8601). */
  refreshedAt: z.iso.datetime(),
  /** The index it was read from. */
  index: z.string().max(2000),
  packages: z.record(PackageName, CachedPackage),
});
export type CatalogCache = z.infer<typeof CatalogCache>;

/** A cache file's text, or a one-sentence reason why it cannot be used (it is then ignored). */
export function parseCatalogCache(text: string): { ok: true; cache: CatalogCache } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the package data cache is not valid JSON' };
  }
  const parsed = CatalogCache.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      reason: `the package data cache is malformed (${issue.path.join('.') || 'file'}: ${issue.message})`,
    };
  }
  return { ok: true, cache: parsed.data };
}

/**
 * A cache holding `result`'s packages on top of `previous` (so that refreshing one package keeps
 * the others). Failed packages keep their previous entry.
 */
export function cacheFromRefresh(result: RefreshResult, previous?: CatalogCache): CatalogCache {
  const packages: CatalogCache['packages'] = { ...(previous?.packages ?? {}) };
  for (const pkg of result.packages) packages[pkg.name] = { summary: pkg.summary, releases: pkg.releases };
  const cache: CatalogCache = {
    format: CACHE_FORMAT,
    version: 1,
    refreshedAt: result.refreshedAt,
    index: result.index,
    packages: Object.fromEntries(Object.entries(packages).sort(([a], [b]) => compareText(a, b))),
  };
  return CatalogCache.parse(cache);
}

/** Serialises a cache for writing (stable key order, one trailing newline). */
export function catalogCacheText(cache: CatalogCache): string {
  return `${JSON.stringify(cache, null, 1)}\n`;
}

/** A bundled release with the refreshed facts laid over it; curated fields are kept. */
function mergeRelease(bundled: Release, fresh: Release): Release {
  const merged: Release = { ...bundled, python: fresh.python };
  if (fresh.date) merged.date = fresh.date;
  // Classifiers are the declaration; where a release has none, the bundled file's tested matrix stays.
  if (fresh.django) merged.django = fresh.django;
  if (fresh.requiresDist) {
    merged.requiresDist = fresh.requiresDist;
    merged.metadataSource = fresh.metadataSource;
  }
  if (fresh.declaresPython) merged.declaresPython = fresh.declaresPython;
  if (fresh.yanked !== undefined) merged.yanked = fresh.yanked;
  else delete merged.yanked;
  if (fresh.sha256) merged.sha256 = fresh.sha256;
  return merged;
}

/** `pkg` with the cached releases merged in: known versions updated, new versions added. */
export function mergeCachedReleases(
  pkg: CatalogPackage,
  cached: z.infer<typeof CachedPackage>,
  index: string,
): CatalogPackage {
  const fresh = new Map(cached.releases.map((r) => [r.version, r]));
  const releases = pkg.releases.map((r) => (fresh.has(r.version) ? mergeRelease(r, fresh.get(r.version)!) : r));
  const known = new Set(pkg.releases.map((r) => r.version));
  for (const release of cached.releases) if (!known.has(release.version)) releases.push(release);
  return {
    ...pkg,
    releases,
    sources: [
      ...pkg.sources,
      {
        url: safeUrl(index),
        covers:
          'release layer refreshed from this index (versions, dates, Requires-Python, Requires-Dist, classifiers, yanked, digests)',
      },
    ],
  };
}

/** An index URL without credentials (user:token@), for messages and sources. */
export function safeUrl(index: string): string {
  try {
    const url = new URL(index);
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return 'https://pypi.org/';
  }
}

/**
 * A library package for a name the catalog does not curate but the cache describes ("Add package
 * by name…"): no ports, no settings, checked on its metadata alone.
 */
export function libraryPackage(name: string, cached: z.infer<typeof CachedPackage>, index: string): CatalogPackage {
  return CatalogPackage.parse({
    name,
    kind: 'python',
    title: name,
    summary: (cached.summary ?? '').trim().slice(0, 160) || `${name} (from the package index)`,
    links: { pypi: `https://pypi.org/project/${name}/` },
    status: { state: 'maintained', successors: [] },
    releases: cached.releases,
    sources: [{ url: safeUrl(index), covers: 'every fact: read from this index by a refresh; not curated' }],
  });
}

/**
 * The packages to build the catalog from: the bundled ones, with the cache laid over them when
 * the cache is newer than the bundled snapshot (`bundledDate`, YYYY-MM-DD), plus library packages
 * for cached names the catalog lacks. An older cache changes nothing.
 */
export function applyCatalogCache(
  bundled: readonly CatalogPackage[],
  cache: CatalogCache,
  bundledDate: string,
): CatalogPackage[] {
  if (cache.refreshedAt.slice(0, 10) <= bundledDate) return [...bundled];
  const byName = new Map(bundled.map((pkg) => [pkg.name, pkg]));
  const result = bundled.map((pkg) => {
    const cached = cache.packages[pkg.name];
    return cached && pkg.kind === 'python' ? mergeCachedReleases(pkg, cached, cache.index) : pkg;
  });
  for (const [name, cached] of Object.entries(cache.packages)) {
    if (!byName.has(name) && cached.releases.length > 0) result.push(libraryPackage(name, cached, cache.index));
  }
  return result;
}
