/**
 * `djstack catalog refresh`: reads the release layer of packages from an index (PyPI's JSON API
 * or a PEP 691 simple index with PEP 658 core-metadata files) and returns it in the catalog's
 * own `Release` shape, each metadata fact naming the URL it was read from. The curated layer
 * (roles, ports, settings, notes) is never touched here: see cache.ts for how the two meet.
 */
import type { Release } from '../../catalog/schema';
import { normalizePackageName } from '../catalog/catalog';
import { declaredDjango, declaredPython } from './classifiers';
import { parseCoreMetadata, MAX_METADATA_BYTES, type CoreMetadata } from './core-metadata';
import { DEFAULT_POLICY, IndexError, getBytes, getJson, type FetchLike, type HttpPolicy } from './http';
import { PypiProject, PypiRelease, SIMPLE_JSON, SimpleProject } from './index-shapes';
import { releasesFromPypi, releasesFromSimple, releasesToDescribe, type ReleaseFiles } from './releases';
import { compareText } from '../util/collate';

/** Where to read: PyPI's JSON API at `url` ("https://pypi.org"), or a simple index ("…/simple"). */
export type IndexSource = { kind: 'pypi-json'; url: string } | { kind: 'simple'; url: string };

export interface RefreshedPackage {
  name: string;
  summary: string | null;
  /** Newest first. */
  releases: Release[];
}

export interface RefreshFailure {
  name: string;
  message: string;
}

export interface RefreshProgress {
  done: number;
  total: number;
  /** The package just finished. */
  name: string;
}

export interface RefreshOptions {
  source: IndexSource;
  /** Package names to refresh (any spelling). */
  names: readonly string[];
  fetch: FetchLike;
  policy?: Partial<HttpPolicy>;
  /** Packages read at once. */
  concurrency?: number;
  /** Versions the bundled catalog describes, per package: their own metadata is always read. */
  known?: ReadonlyMap<string, ReadonlySet<string>>;
  /** "major.minor" of every Django line, for the declared-Django specifier. */
  djangoLines: readonly string[];
  onProgress?: (progress: RefreshProgress) => void;
  signal?: AbortSignal;
  /** The time written as `refreshedAt` (injected for tests). */
  now?: () => Date;
}

export interface RefreshResult {
  refreshedAt: string;
  index: string;
  packages: RefreshedPackage[];
  failures: RefreshFailure[];
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function toRelease(
  files: ReleaseFiles,
  metadata: CoreMetadata | null,
  source: string | null,
  djangoLines: readonly string[],
): Release {
  const release: Release = {
    version: files.version,
    ...(files.date ? { date: files.date } : {}),
    django: metadata ? declaredDjango(metadata.classifiers, djangoLines) : '',
    python: metadata?.requiresPython || files.requiresPython,
  };
  if (metadata && source) {
    release.requiresDist = metadata.requiresDist;
    release.metadataSource = source;
    const python = declaredPython(metadata.classifiers);
    if (python) release.declaresPython = python;
  }
  if (files.yanked !== null) release.yanked = files.yanked;
  if (files.sha256.length > 0) release.sha256 = files.sha256;
  return release;
}

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function refreshFromPypi(name: string, options: RefreshOptions, policy: HttpPolicy): Promise<RefreshedPackage> {
  const base = trimSlash(options.source.url);
  const projectUrl = `${base}/pypi/${encodeURIComponent(name)}/json`;
  const parsed = PypiProject.safeParse(
    await getJson(options.fetch, projectUrl, 'application/json', policy, options.signal),
  );
  if (!parsed.success) throw new IndexError(`${projectUrl}: not in the shape of PyPI's JSON API`, projectUrl);
  const project = parsed.data;
  const all = releasesFromPypi(project);
  const described = releasesToDescribe(all, options.known?.get(name) ?? new Set());
  const releases: Release[] = [];
  for (const files of described) {
    let metadata: CoreMetadata;
    let source: string;
    if (files.version === project.info.version) {
      metadata = metadataOfInfo(project.info);
      source = projectUrl;
    } else {
      const url = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(files.version)}/json`;
      const release = PypiRelease.safeParse(
        await getJson(options.fetch, url, 'application/json', policy, options.signal),
      );
      if (!release.success) throw new IndexError(`${url}: not in the shape of PyPI's JSON API`, url);
      metadata = metadataOfInfo(release.data.info);
      source = url;
    }
    releases.push(toRelease(files, metadata, source, options.djangoLines));
  }
  return { name, summary: project.info.summary ?? null, releases };
}

function metadataOfInfo(info: PypiProject['info']): CoreMetadata {
  return {
    name: info.name,
    version: info.version,
    requiresPython: info.requires_python ?? '',
    requiresDist: info.requires_dist ?? [],
    classifiers: info.classifiers ?? [],
  };
}

async function refreshFromSimple(name: string, options: RefreshOptions, policy: HttpPolicy): Promise<RefreshedPackage> {
  const pageUrl = `${trimSlash(options.source.url)}/${encodeURIComponent(name)}/`;
  const parsed = SimpleProject.safeParse(await getJson(options.fetch, pageUrl, SIMPLE_JSON, policy, options.signal));
  if (!parsed.success) throw new IndexError(`${pageUrl}: not a PEP 691 project page`, pageUrl);
  const page = parsed.data;
  const all = releasesFromSimple(page, pageUrl);
  const described = releasesToDescribe(all, options.known?.get(name) ?? new Set());
  const expected = new Map<string, string>();
  for (const file of page.files) {
    const flag = file['core-metadata'] ?? file['dist-info-metadata'];
    if (flag && typeof flag === 'object' && flag.sha256) {
      try {
        const url = new URL(file.url, pageUrl);
        expected.set(`${url.origin}${url.pathname}.metadata`, flag.sha256);
      } catch {
        // an unusable URL: the file is skipped by releasesFromSimple too
      }
    }
  }
  const releases: Release[] = [];
  for (const files of described) {
    const url = files.metadataUrls[0];
    if (!url) {
      releases.push(toRelease(files, null, null, options.djangoLines));
      continue;
    }
    const bytes = await getBytes(
      options.fetch,
      url,
      '*/*',
      { ...policy, maxBytes: MAX_METADATA_BYTES },
      options.signal,
    );
    const sha = expected.get(url);
    if (sha && (await sha256Hex(bytes)) !== sha.toLowerCase())
      throw new IndexError(`${url}: the metadata file does not match its sha256 on the index page`, url);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new IndexError(`${url}: the metadata file is not UTF-8 text`, url);
    }
    const metadata = parseCoreMetadata(text);
    if (metadata.version !== null && metadata.version !== files.version)
      throw new IndexError(`${url}: the metadata file is for version ${metadata.version}, not ${files.version}`, url);
    releases.push(toRelease(files, metadata, url, options.djangoLines));
  }
  return { name, summary: null, releases };
}

/**
 * Reads every package in `options.names` from the index, `concurrency` at a time. A package
 * that cannot be read becomes a failure with a one-sentence message; the others still come
 * back. A cancelled signal rejects the whole refresh with its reason (nothing half-done is
 * returned, so nothing half-done can be written).
 */
export async function refreshReleases(options: RefreshOptions): Promise<RefreshResult> {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const names = [...new Set(options.names.map(normalizePackageName))];
  const packages: RefreshedPackage[] = [];
  const failures: RefreshFailure[] = [];
  let done = 0;
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      try {
        packages.push(
          options.source.kind === 'pypi-json'
            ? await refreshFromPypi(name, options, policy)
            : await refreshFromSimple(name, options, policy),
        );
      } catch (error) {
        if (options.signal?.aborted) throw options.signal.reason;
        if (!(error instanceof IndexError)) throw error;
        failures.push({ name, message: error.message });
      }
      options.onProgress?.({ done: ++done, total: names.length, name });
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, names.length)) }, worker);
  await Promise.all(workers);
  packages.sort((a, b) => compareText(a.name, b.name));
  failures.sort((a, b) => compareText(a.name, b.name));
  return {
    refreshedAt: (options.now?.() ?? new Date()).toISOString(),
    index: options.source.url,
    packages,
    failures,
  };
}
