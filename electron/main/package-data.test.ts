import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PackageDataProgress } from '../../core/host/contract';
import { parseCatalogCache } from '../../core/refresh/cache';
import { startIndexServer, type IndexServer } from '../../scripts/index-server/server';
import { recordedStore } from '../../scripts/index-server/store';
import { writeAtomic } from './atomic-write';
import { INVOKE_SCHEMAS, SEND_SCHEMAS } from './ipc-schemas';
import { PACKAGE_DATA_FILE, packageDataService, type PackageDataDeps } from './package-data';

let server: IndexServer;
let folder: string;
beforeAll(async () => {
  server = await startIndexServer(recordedStore());
});
afterAll(() => server.close());
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'djstack-package-data-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const fast = { timeoutMs: 1000, retries: 1, backoffMs: 10 };

function service(extra: Partial<PackageDataDeps> = {}) {
  const progress: PackageDataProgress[] = [];
  const svc = packageDataService({
    folder,
    fetch: (url, init) => fetch(url, init),
    write: writeAtomic,
    progress: (p) => progress.push(p),
    policy: fast,
    now: () => new Date('2026-12-04T10:00:00Z'),
    ...extra,
  });
  return { svc, progress };
}

const file = () => join(folder, PACKAGE_DATA_FILE);

describe('the package data handler behind the IPC channel', () => {
  it('reads from the loopback index, reports progress, and writes a valid cache to the data folder', async () => {
    const { svc, progress } = service();
    expect(await svc.read()).toBeNull();
    const outcome = await svc.refresh({ indexUrl: server.url, names: ['celery', 'django-redis', 'fault-404'] });
    expect(outcome).toMatchObject({ ok: true, refreshed: 2 });
    if (!outcome.ok) return;
    expect(outcome.failures.map((f) => f.name)).toEqual(['fault-404']);
    expect(progress.map((p) => `${p.done}/${p.total}`)).toEqual(['1/3', '2/3', '3/3']);
    const written = readFileSync(file(), 'utf8');
    expect(written).toBe(outcome.cacheText);
    const parsed = parseCatalogCache(written);
    expect(parsed.ok && Object.keys(parsed.cache.packages)).toEqual(['celery', 'django-redis']);
    expect(await svc.read()).toBe(written);
  });

  it('reads a PEP 691 simple index when the URL ends in /simple', async () => {
    const { svc } = service();
    const outcome = await svc.refresh({ indexUrl: `${server.url}/simple/`, names: ['kombu'] });
    expect(outcome.ok).toBe(true);
    expect(server.hits.some((hit) => hit.startsWith('/simple/kombu/'))).toBe(true);
  });

  it('a second refresh keeps the packages the first one read', async () => {
    const { svc } = service();
    await svc.refresh({ indexUrl: server.url, names: ['celery'] });
    await svc.refresh({ indexUrl: server.url, names: ['kombu'] });
    const parsed = parseCatalogCache(readFileSync(file(), 'utf8'));
    expect(parsed.ok && Object.keys(parsed.cache.packages)).toEqual(['celery', 'kombu']);
  });

  it('cancel stops a refresh waiting on a slow index: one message, nothing written, no hang', async () => {
    writeFileSync(file(), 'previous');
    const { svc } = service({ policy: { timeoutMs: 30_000, retries: 0 } });
    const running = svc.refresh({ indexUrl: server.url, names: ['fault-slow'] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    svc.cancel();
    expect(await running).toEqual({
      ok: false,
      error: 'The update was cancelled. The package data is unchanged.',
      cancelled: true,
    });
    expect(readFileSync(file(), 'utf8')).toBe('previous');
  });

  it('an index that answers for nothing gives one clear message and writes nothing', async () => {
    const { svc } = service();
    const outcome = await svc.refresh({ indexUrl: server.url, names: ['fault-500', 'fault-malformed'] });
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.error).toMatch(
      /^Nothing could be read from http:\/\/127\.0\.0\.1:\d+\/ \(.+\)\. The package data is unchanged\.$/,
    );
    expect(existsSync(file())).toBe(false);
  });

  it('an unreachable index gives one message, not a hang', async () => {
    const { svc } = service();
    const outcome = await svc.refresh({ indexUrl: 'http://127.0.0.1:9/', names: ['celery'] });
    expect(outcome).toMatchObject({ ok: false, cancelled: false });
    expect(existsSync(file())).toBe(false);
  });

  it('a failed write says so and leaves the old file', async () => {
    writeFileSync(file(), 'previous');
    const { svc } = service({
      write: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
    });
    const outcome = await svc.refresh({ indexUrl: server.url, names: ['celery'] });
    expect(outcome).toEqual({
      ok: false,
      error: `The package data could not be saved in ${folder} (ENOSPC). It is unchanged.`,
      cancelled: false,
    });
    expect(readFileSync(file(), 'utf8')).toBe('previous');
  });

  it('one refresh at a time', async () => {
    const { svc } = service({ policy: { timeoutMs: 30_000, retries: 0 } });
    const first = svc.refresh({ indexUrl: server.url, names: ['fault-slow'] });
    expect(await svc.refresh({ indexUrl: server.url, names: ['celery'] })).toMatchObject({
      ok: false,
      error: 'An update of the package data is already running.',
    });
    svc.cancel();
    await first;
  });

  it('a cache file that is not UTF-8 reads as none', async () => {
    writeFileSync(file(), Buffer.from([0xff, 0xfe, 0x00]));
    expect(await service().svc.read()).toBeNull();
  });
});

describe('the package data channel schemas', () => {
  const schema = INVOKE_SCHEMAS.refreshPackageData;
  it('accept an http(s) index and normalised names', () => {
    expect(schema.safeParse({ indexUrl: 'https://pypi.org', names: ['django-redis'] }).success).toBe(true);
  });
  it.each([
    ['a file URL', { indexUrl: 'file:///etc/passwd', names: ['django'] }],
    ['a name not normalised', { indexUrl: 'https://pypi.org', names: ['Django_Redis'] }],
    ['a path as a name', { indexUrl: 'https://pypi.org', names: ['../../x'] }],
    ['no names', { indexUrl: 'https://pypi.org', names: [] }],
    ['too many names', { indexUrl: 'https://pypi.org', names: Array.from({ length: 2001 }, (_, i) => `p${i}`) }],
    ['an extra field', { indexUrl: 'https://pypi.org', names: ['django'], folder: '/tmp' }],
  ])('refuse %s', (_what, payload) => {
    expect(schema.safeParse(payload).success).toBe(false);
  });
  it('cancel and read take no argument', () => {
    expect(SEND_SCHEMAS.cancelPackageDataRefresh.safeParse(undefined).success).toBe(true);
    expect(SEND_SCHEMAS.cancelPackageDataRefresh.safeParse('x').success).toBe(false);
    expect(INVOKE_SCHEMAS.readPackageData.safeParse({}).success).toBe(false);
  });
});
