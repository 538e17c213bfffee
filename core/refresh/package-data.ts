/**
 * "Update package data…" in the app, shared by the desktop (Electron main) and the browser host:
 * the names to read, one refresh from PyPI's JSON API, and the new cache text, or one sentence
 * saying why nothing changed. Keeping the text is the caller's business (an atomic file write in
 * the data folder, or browser storage), so a failed or cancelled refresh has nothing to undo.
 */
import { defaultCatalog, type Catalog } from '../catalog/catalog';
import { cacheFromRefresh, catalogCacheText, parseCatalogCache, safeUrl } from './cache';
import type { FetchLike, HttpPolicy } from './http';
import { refreshReleases } from './refresh';
import type { PackageDataRefreshOutcome, PackageDataProgress } from '../host/contract';

/** The most names one refresh reads (the catalog, its dependency records and added packages). */
export const MAX_REFRESH_NAMES = 2000;

/** The names a full refresh reads: every Python package and dependency record, plus `extra`. */
export function packageDataNames(catalog: Catalog, extra: readonly string[] = []): string[] {
  return [
    ...new Set([
      ...catalog.packages.filter((pkg) => pkg.kind === 'python').map((pkg) => pkg.name),
      ...catalog.dependencies.map((dep) => dep.name),
      ...extra,
    ]),
  ].slice(0, MAX_REFRESH_NAMES);
}

/** An index URL the app may read: http(s) only; else a sentence for the user. */
export function checkIndexUrl(indexUrl: string): { ok: true; url: string } | { ok: false; error: string } {
  let url: URL;
  try {
    url = new URL(indexUrl);
  } catch {
    return { ok: false, error: `“${indexUrl.slice(0, 200)}” is not a URL.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'The package index must be an http or https URL.' };
  return { ok: true, url: url.href };
}

/**
 * Which protocol an index URL speaks: a path ending in `simple` (PyPI's /simple, devpi's
 * /+simple, Artifactory's and Nexus's …/simple) is a PEP 691 simple index; else PyPI's JSON API.
 */
export function indexKind(url: string): 'simple' | 'pypi-json' {
  return /\/\+?simple\/?$/i.test(new URL(url).pathname) ? 'simple' : 'pypi-json';
}

export interface PackageDataRefreshRequest {
  indexUrl: string;
  names: readonly string[];
  fetch: FetchLike;
  /** The cache kept so far (its text), to keep packages this refresh did not read. */
  previousText: string | null;
  onProgress?: (progress: PackageDataProgress) => void;
  signal?: AbortSignal;
  policy?: Partial<HttpPolicy>;
  now?: () => Date;
}

/**
 * Runs one refresh and returns the new cache text, or why there is none: a cancel, an index
 * that answered for no package at all, or an unusable URL. Never throws for the index's faults.
 */
export async function refreshPackageData(request: PackageDataRefreshRequest): Promise<PackageDataRefreshOutcome> {
  const checked = checkIndexUrl(request.indexUrl);
  if (!checked.ok) return { ok: false, error: checked.error, cancelled: false };
  const bundled = defaultCatalog();
  const known = new Map(bundled.packages.map((p) => [p.name, new Set(p.releases.map((r) => r.version))]));
  const djangoLines = [
    ...new Set((bundled.get('django')?.releases ?? []).map((r) => r.version.split('.').slice(0, 2).join('.'))),
  ];
  const previous = request.previousText === null ? null : parseCatalogCache(request.previousText);
  try {
    const result = await refreshReleases({
      source: { kind: indexKind(checked.url), url: checked.url },
      names: request.names,
      fetch: request.fetch,
      policy: request.policy,
      concurrency: 8,
      known,
      djangoLines,
      onProgress: (p) => request.onProgress?.({ done: p.done, total: p.total }),
      signal: request.signal,
      now: request.now,
    });
    if (result.packages.length === 0) {
      const first = result.failures[0]?.message ?? 'no package was asked for';
      return {
        ok: false,
        error: `Nothing could be read from ${safeUrl(checked.url)} (${first}). The package data is unchanged.`,
        cancelled: false,
      };
    }
    const cache = cacheFromRefresh(
      { ...result, index: safeUrl(result.index) },
      previous?.ok ? previous.cache : undefined,
    );
    return {
      ok: true,
      cacheText: catalogCacheText(cache),
      refreshed: result.packages.length,
      failures: result.failures,
    };
  } catch (error) {
    if (request.signal?.aborted)
      return { ok: false, error: 'The update was cancelled. The package data is unchanged.', cancelled: true };
    return {
      ok: false,
      error: `The package data could not be updated (${error instanceof Error ? error.message : String(error)}). It is unchanged.`,
      cancelled: false,
    };
  }
}
