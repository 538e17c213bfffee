/**
 * `npm run catalog:refresh [-- --index-url URL | --pypi-url URL] [--package NAME …]`: brings the
 * bundled snapshot's release layer up to date from an index, for maintainers (and the weekly
 * workflow in .github/workflows/catalog-refresh.yml). The same refresh code as `djstack catalog
 * refresh`; the curated layer of each file is kept; catalog/meta.json's dataDate moves to today.
 * Review the diff: new releases' declared Django versions and requirements are facts to check.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { writeAtomic } from '../electron/main/atomic-write';
import { CatalogPackage, type Release } from '../catalog/schema';
import { mergeCachedReleases } from '../core/refresh/cache';
import { refreshReleases, type IndexSource, type RefreshResult } from '../core/refresh/refresh';
import type { FetchLike } from '../core/refresh/http';

type Source = CatalogPackage['sources'][number];

export interface CatalogRefreshOptions {
  /** The catalog folder (catalog/ of the repository, or a copy in a test). */
  folder: string;
  source: IndexSource;
  /** Only these packages (default: every Python package file). */
  names?: string[];
  fetch: FetchLike;
  /** catalog/meta.json's new dataDate; absent: meta.json is left as it is. */
  today?: string;
  /** Changes for a caller whose index is not the facts' own source (the recorded snapshot). */
  hooks?: RefreshHooks;
}

export interface RefreshHooks {
  /** A refreshed release as it should be merged (e.g. with its real provenance put back). */
  release?: (name: string, release: Release) => Release;
  /** The package's sources after the merge (e.g. without the loopback index's line). */
  sources?: (name: string, sources: Source[]) => Source[];
  /** The merged releases in the order to write them. */
  order?: (name: string, releases: Release[]) => Release[];
}

/** Refreshes the package files in `options.folder`; returns the refresh result. */
export async function refreshCatalogFiles(options: CatalogRefreshOptions): Promise<RefreshResult> {
  const dir = join(options.folder, 'packages');
  const packages = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => CatalogPackage.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))))
    .filter((p) => p.kind === 'python' && (!options.names || options.names.includes(p.name)));
  const django = JSON.parse(readFileSync(join(dir, 'django.json'), 'utf8')) as { releases: { version: string }[] };
  const djangoLines = [...new Set(django.releases.map((r) => r.version.split('.').slice(0, 2).join('.')))];
  const result = await refreshReleases({
    source: options.source,
    names: packages.map((p) => p.name),
    fetch: options.fetch,
    known: new Map(packages.map((p) => [p.name, new Set(p.releases.map((r) => r.version))])),
    djangoLines,
  });
  for (const fresh of result.packages) {
    const file = join(dir, `${fresh.name}.json`);
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const hooks = options.hooks ?? {};
    const releases = hooks.release ? fresh.releases.map((r) => hooks.release!(fresh.name, r)) : fresh.releases;
    const merged = mergeCachedReleases(CatalogPackage.parse(raw), { summary: fresh.summary, releases }, result.index);
    // Only the release layer and its source change; every other field is written back as it was.
    const unique = merged.sources.filter(
      (s, i, all) => all.findIndex((o) => o.url === s.url && o.covers === s.covers) === i,
    );
    const sources = hooks.sources ? hooks.sources(fresh.name, unique) : unique;
    const ordered = hooks.order ? hooks.order(fresh.name, merged.releases) : merged.releases;
    const text = JSON.stringify({ ...raw, releases: ordered, sources }, null, 2);
    await writeAtomic(file, await format(text, { parser: 'json', printWidth: 120 }));
  }
  if (result.packages.length > 0 && options.today) {
    const metaFile = join(options.folder, 'meta.json');
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Record<string, unknown>;
    await writeAtomic(metaFile, `${JSON.stringify({ ...meta, dataDate: options.today })}\n`);
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    options: {
      'index-url': { type: 'string' },
      'pypi-url': { type: 'string' },
      package: { type: 'string', multiple: true },
    },
  });
  const source: IndexSource = values['index-url']
    ? { kind: 'simple', url: values['index-url'] }
    : { kind: 'pypi-json', url: values['pypi-url'] ?? 'https://pypi.org' };
  const result = await refreshCatalogFiles({
    folder: join(fileURLToPath(new URL('..', import.meta.url)), 'catalog'),
    source,
    names: values.package,
    fetch: (url, init) => fetch(url, init),
    today: new Date().toISOString().slice(0, 10),
  });
  process.stdout.write(`Refreshed ${result.packages.length} package files from ${source.url}.\n`);
  for (const failure of result.failures) process.stderr.write(`not refreshed: ${failure.name}: ${failure.message}\n`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
}
