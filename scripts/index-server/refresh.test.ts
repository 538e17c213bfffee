import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimpleProject } from '../../core/refresh/index-shapes';
import { refreshReleases, type IndexSource, type RefreshOptions } from '../../core/refresh/refresh';
import { releasesFromSimple } from '../../core/refresh/releases';
import { startIndexServer, type IndexServer } from './server';
import { recordedStore } from './store';

let server: IndexServer;
beforeAll(async () => {
  server = await startIndexServer(recordedStore());
});
afterAll(() => server.close());

const LINES = ['3.2', '4.0', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0', '6.1'];
const fast = { timeoutMs: 1000, retries: 2, backoffMs: 10, maxBytes: 4 * 1024 * 1024 };

function refresh(kind: IndexSource['kind'], names: string[], extra: Partial<RefreshOptions> = {}) {
  const url = kind === 'pypi-json' ? server.url : `${server.url}/simple`;
  return refreshReleases({
    source: { kind, url },
    names,
    fetch: (u, init) => fetch(u, init),
    policy: fast,
    djangoLines: LINES,
    now: () => new Date('2026-12-04T10:00:00Z'),
    ...extra,
  });
}

describe.each(['pypi-json', 'simple'] as const)('refresh from a %s index on loopback', (kind) => {
  it('reads celery 5.5.2 with its redis extra exactly as its METADATA states', async () => {
    const result = await refresh(kind, ['Celery']);
    expect(result.failures).toEqual([]);
    const celery = result.packages[0]!;
    expect(celery.name).toBe('celery');
    const release = celery.releases.find((r) => r.version === '5.5.2')!;
    expect(release.python).toBe('>=3.8');
    expect(release.date).toBe('2025-04-25');
    expect(release.requiresDist).toContain('kombu<5.6,>=5.5.2');
    expect(release.requiresDist).toContain('redis!=4.5.5,<6.0.0,>=4.5.2; extra == "redis"');
    expect(release.metadataSource).toMatch(
      kind === 'simple' ? /\/files\/celery-5\.5\.2-py3-none-any\.whl\.metadata$/ : /\/pypi\/celery\/5\.5\.2\/json$/,
    );
    expect(release.sha256).toHaveLength(1);
  });

  it('derives the declared Django and Python from classifiers (Debian’s Django 4.2.28 declares Python 3.8 to 3.12)', async () => {
    const result = await refresh(kind, ['django']);
    const django = result.packages[0]!;
    expect(django.releases.map((r) => r.version)).toEqual(['6.1.1', '5.2.18', '4.2.28', '3.2.25']);
    const lts = django.releases.find((r) => r.version === '4.2.28')!;
    expect(lts.python).toBe('>=3.8');
    expect(lts.declaresPython).toBe('>=3.8,<3.13');
    expect(lts.requiresDist).toEqual([
      'asgiref<4,>=3.6.0',
      'backports.zoneinfo; python_version < "3.9"',
      'sqlparse>=0.3.1',
      'tzdata; sys_platform == "win32"',
      'argon2-cffi>=19.1.0; extra == "argon2"',
      'bcrypt; extra == "bcrypt"',
    ]);
  });

  it('django-redis 7.0.0 declares Django 5.2 and 6.0 although it allows up to <7.0', async () => {
    const release = (await refresh(kind, ['django-redis'])).packages[0]!.releases[0]!;
    expect(release.version).toBe('7.0.0');
    expect(release.django).toBe('>=5.2,<6.1');
    expect(release.requiresDist).toContain('Django<7.0,>=5.2');
  });

  it('keeps a yanked release with its reason', async () => {
    const release = (await refresh(kind, ['example-yanked'])).packages[0]!.releases[0]!;
    expect(release.version).toBe('7.0.0');
    expect(release.yanked).toBe('Broken wheel, use 5.4.0');
  });

  it('a 404, a 500 and malformed JSON are one-sentence failures; the other packages still come back', async () => {
    const result = await refresh(kind, ['fault-404', 'fault-500', 'fault-malformed', 'kombu']);
    expect(result.packages.map((p) => p.name)).toEqual(['kombu']);
    expect(result.failures.map((f) => f.name)).toEqual(['fault-404', 'fault-500', 'fault-malformed']);
    expect(result.failures[0]!.message).toMatch(/not on the index \(HTTP 404\)/);
    expect(result.failures[1]!.message).toMatch(/unreachable after 3 attempts \(HTTP 500\)/);
    expect(result.failures[2]!.message).toMatch(/not (valid JSON|a PEP 691|in the shape)/);
  });

  it('retries a flaky index with backoff and succeeds', async () => {
    const result = await refresh(kind, ['fault-flaky'], { policy: { ...fast, retries: 3 } });
    expect(result.failures).toEqual([]);
  });

  it('a slow, truncated, huge or redirected answer fails with a message instead of hanging', async () => {
    const started = Date.now();
    const result = await refresh(kind, ['fault-slow', 'fault-truncated', 'fault-redirect'], {
      policy: { ...fast, timeoutMs: 300, retries: 1 },
    });
    expect(result.packages).toEqual([]);
    const byName = Object.fromEntries(result.failures.map((f) => [f.name, f.message]));
    expect(byName['fault-slow']).toMatch(/no answer within 0.3 s/);
    expect(byName['fault-truncated']).toMatch(/unreachable after 2 attempts/);
    expect(byName['fault-redirect']).toMatch(/redirected to another host \(http:\/\/localhost:\d+\), refused/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a body over the size limit is refused while it streams in', async () => {
    const result = await refresh(kind, ['fault-huge'], { policy: { ...fast, timeoutMs: 20_000, retries: 0 } });
    expect(result.failures[0]!.message).toMatch(/larger than 4194304 bytes/);
  });

  it('cancelling rejects the refresh', async () => {
    const controller = new AbortController();
    const pending = refresh(kind, ['fault-slow'], {
      signal: controller.signal,
      policy: { ...fast, timeoutMs: 60_000 },
    });
    setTimeout(() => controller.abort(new Error('cancelled by the user')), 50);
    await expect(pending).rejects.toThrow('cancelled by the user');
  });

  it('reports progress once per package', async () => {
    const seen: string[] = [];
    await refresh(kind, ['kombu', 'redis'], { onProgress: (p) => seen.push(`${p.done}/${p.total}`) });
    expect(seen).toEqual(['1/2', '2/2']);
  });
});

describe('simple index specifics', () => {
  it('a file whose URL is not HTTP(S) is skipped: nothing names a metadata file to fetch there', () => {
    const wheel = (version: string, url: string) => ({
      filename: `django_redis-${version}-py3-none-any.whl`,
      url,
      'core-metadata': true,
    });
    const page = SimpleProject.parse({
      meta: { 'api-version': '1.1' },
      name: 'django-redis',
      files: [wheel('1.0', 'A:'), wheel('2.0', 'javascript:alert(1)'), wheel('3.0', '../../files/x.whl')],
    });
    const releases = releasesFromSimple(page, 'https://mirror.example/simple/django-redis/');
    expect(releases.map((r) => [r.version, r.metadataUrls])).toEqual([
      ['3.0', ['https://mirror.example/files/x.whl.metadata']],
    ]);
  });

  it('a release whose file offers no core metadata keeps its version and Requires-Python, without requiresDist', async () => {
    const result = await refresh('simple', ['example-nometa']);
    const newest = result.packages[0]!.releases[0]!;
    expect(newest.version).toBe('7.0.0');
    expect(newest.python).toBe('>=3.10');
    expect(newest.requiresDist).toBeUndefined();
    expect(newest.metadataSource).toBeUndefined();
  });

  it('reads only what is needed: one page per package and one metadata file per described release', async () => {
    server.hits.length = 0;
    await refresh('simple', ['redis']);
    expect(server.hits).toEqual([
      '/simple/redis/',
      '/files/redis-6.4.0-py3-none-any.whl.metadata',
      '/files/redis-6.1.0-py3-none-any.whl.metadata',
    ]);
  });
});
