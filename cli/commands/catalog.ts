/**
 * `djstack catalog refresh|status`: brings the package data up to date from PyPI or a company
 * mirror (PEP 691 simple index), offline first: the bundled snapshot keeps working, and the
 * refreshed data is written to the data folder in one atomic write or not at all.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomic } from '../../electron/main/atomic-write';
import { defaultCatalog } from '../../core/catalog/catalog';
import { cacheFromRefresh, catalogCacheText, safeUrl } from '../../core/refresh/cache';
import { catalogDataText } from '../../core/refresh/catalog-data';
import { refreshReleases, type IndexSource, type RefreshProgress } from '../../core/refresh/refresh';
import { parseCommandArgs, type OptionSpecs } from '../args';
import { cliCatalog, readCatalogCache } from '../catalog';
import { CATALOG_CACHE_FILE, dataFolder } from '../data-folder';
import { EXIT, UsageError, type CliIo, type Command } from '../io';

const USAGE = `Usage: djstack catalog refresh [--index-url URL | --pypi-url URL] [--package NAME …] [--timeout SECONDS] [--json]
       djstack catalog status [--json]

refresh  reads every catalog package's releases (versions, upload dates, yanked releases,
         Requires-Python, Requires-Dist, Django classifiers, file digests) from PyPI's JSON API,
         or with --index-url from a PEP 691 simple index with PEP 658 core-metadata files (devpi,
         Artifactory, Nexus), and keeps them in the data folder, where they override the bundled
         data wherever they are newer. Nothing is written unless the refresh completes.
status   says which package data checks use.

  --index-url URL  a PEP 691 simple index ("https://mirror.example/simple")
  --pypi-url URL   PyPI's JSON API (default https://pypi.org)
  --package NAME   refresh only this package (repeatable); any PyPI name, also one the
                   catalog does not curate ("Add package by name")
  --timeout S      seconds per request (default 15); failed requests are retried 3 times
  --json           print a JSON report

The data folder is the app's (DJSTACK_DATA_DIR overrides it).`;

const OPTIONS = {
  'index-url': { type: 'string', missing: '--index-url expects the URL of a PEP 691 simple index' },
  'pypi-url': { type: 'string', missing: "--pypi-url expects the URL of PyPI's JSON API" },
  package: { type: 'string', multiple: true, missing: '--package expects a package name' },
  timeout: { type: 'string', missing: '--timeout expects seconds' },
  json: { type: 'boolean' },
} satisfies OptionSpecs;

const options = (args: string[]) =>
  parseCommandArgs(args, OPTIONS, { maxPositionals: 0, tooMany: 'unexpected argument' });

function indexSource(values: { 'index-url'?: string; 'pypi-url'?: string }): IndexSource {
  if (values['index-url'] && values['pypi-url']) throw new UsageError('give --index-url or --pypi-url, not both');
  const url = values['index-url'] ?? values['pypi-url'] ?? 'https://pypi.org';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`${url}: not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new UsageError(`${url}: only http and https indexes are read`);
  return values['index-url'] ? { kind: 'simple', url: parsed.href } : { kind: 'pypi-json', url: parsed.href };
}

function progressBar(io: CliIo, tty: boolean) {
  return (p: RefreshProgress) => {
    if (!tty) return;
    const width = 30;
    const filled = Math.round((p.done / p.total) * width);
    io.stderr(
      `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${p.done}/${p.total} ${p.name.slice(0, 40).padEnd(40)}`,
    );
    if (p.done === p.total) io.stderr('\n');
  };
}

async function refresh(args: string[], io: CliIo): Promise<number> {
  const { values } = options(args);
  const source = indexSource(values);
  const seconds = values.timeout === undefined ? 15 : Number(values.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600)
    throw new UsageError('--timeout expects seconds between 0 and 600');
  const bundled = defaultCatalog();
  const previous = readCatalogCache(io);
  const names = values.package ?? [
    ...bundled.packages.filter((p) => p.kind === 'python').map((p) => p.name),
    ...Object.keys(previous?.packages ?? {}),
  ];
  const known = new Map(bundled.packages.map((p) => [p.name, new Set(p.releases.map((r) => r.version))]));
  const djangoLines = [
    ...new Set((bundled.get('django')?.releases ?? []).map((r) => r.version.split('.').slice(0, 2).join('.'))),
  ];
  const controller = new AbortController();
  const cancel = () => controller.abort(new Error('cancelled'));
  process.once('SIGINT', cancel);
  let result;
  try {
    result = await refreshReleases({
      source,
      names,
      fetch: (url, init) => fetch(url, init),
      policy: { timeoutMs: seconds * 1000 },
      concurrency: 8,
      known,
      djangoLines,
      onProgress: progressBar(io, Boolean(io.tty)),
      signal: controller.signal,
    });
  } catch (error) {
    if (controller.signal.aborted) {
      io.stderr('djstack catalog refresh: cancelled; the package data is unchanged\n');
      return EXIT.usage;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', cancel);
  }
  if (result.packages.length === 0) {
    const first = result.failures[0]?.message ?? 'no package was read';
    io.stderr(
      `djstack catalog refresh: nothing could be read from ${safeUrl(source.url)} (${first}); the package data is unchanged\n`,
    );
    return EXIT.usage;
  }
  const cache = cacheFromRefresh({ ...result, index: safeUrl(result.index) }, previous ?? undefined);
  const folder = dataFolder();
  const path = join(folder, CATALOG_CACHE_FILE);
  try {
    mkdirSync(folder, { recursive: true });
    await writeAtomic(path, catalogCacheText(cache));
  } catch (error) {
    io.stderr(
      `djstack catalog refresh: cannot write ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}); the package data is unchanged\n`,
    );
    return EXIT.usage;
  }
  if (values.json) {
    io.stdout(
      `${JSON.stringify({ refreshedAt: result.refreshedAt, index: safeUrl(result.index), file: path, packages: result.packages.map((p) => ({ name: p.name, releases: p.releases.length, newest: p.releases[0]?.version ?? null })), failures: result.failures }, null, 2)}\n`,
    );
  } else {
    io.stdout(
      `Refreshed ${result.packages.length} package${result.packages.length === 1 ? '' : 's'} from ${safeUrl(result.index)} into ${path}.\n`,
    );
    for (const failure of result.failures) io.stdout(`  not refreshed: ${failure.name}: ${failure.message}\n`);
  }
  return result.failures.length > 0 ? EXIT.problems : EXIT.ok;
}

async function status(args: string[], io: CliIo): Promise<number> {
  const { values } = options(args);
  const { data } = cliCatalog(io);
  if (values.json) io.stdout(`${JSON.stringify(data, null, 2)}\n`);
  else io.stdout(`Checks use ${catalogDataText(data)}.\n`);
  return EXIT.ok;
}

export const catalogCommand: Command = {
  name: 'catalog',
  summary: 'refresh the package data from PyPI or a mirror, or say which data checks use',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'refresh') return refresh(rest, io);
    if (sub === 'status') return status(rest, io);
    throw new UsageError(
      sub ? `unknown subcommand "${sub}" (refresh or status)` : 'expected a subcommand: refresh or status',
    );
  },
};
