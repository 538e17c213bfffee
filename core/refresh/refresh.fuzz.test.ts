/**
 * Hostile index responses: whatever an index answers (wrong shapes, wrong types, huge or cut
 * bodies, redirects anywhere, error statuses, bad metadata files), a refresh settles quickly,
 * every failure is one sentence, and what it returns always makes a valid cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CatalogCache, cacheFromRefresh, catalogCacheText, parseCatalogCache } from './cache';
import { refreshReleases, type IndexSource } from './refresh';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const BASE = 'http://index.test';
const MAX = 16 * 1024;

const version = fc.oneof(
  fc.constantFrom('1.0', '5.2.0', '7.0.0', '2026.3', '1.0rc1', '0'),
  fc.string({ maxLength: 12 }),
);
const spec = fc.oneof(fc.constantFrom('>=3.10', '', '>=3.8,<4', 'garbage!!'), fc.string({ maxLength: 30 }));
const pypiFile = fc.record(
  {
    filename: fc.oneof(
      version.map((v) => `django_redis-${v}-py3-none-any.whl`),
      fc.string({ maxLength: 40 }),
    ),
    upload_time_iso_8601: fc.oneof(
      fc.constant('2025-06-01T10:00:00.000Z'),
      fc.string({ maxLength: 30 }),
      fc.constant(null),
    ),
    requires_python: fc.oneof(spec, fc.constant(null), fc.integer()),
    yanked: fc.oneof(fc.boolean(), fc.string({ maxLength: 5 })),
    yanked_reason: fc.oneof(fc.string({ maxLength: 40 }), fc.constant(null)),
    digests: fc.oneof(
      fc.record({ sha256: fc.oneof(fc.constant('a'.repeat(64)), fc.string({ maxLength: 70 })) }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const info = fc.record(
  {
    name: fc.oneof(fc.constant('django-redis'), fc.string({ maxLength: 20 }), fc.integer()),
    version,
    requires_python: fc.oneof(spec, fc.constant(null)),
    requires_dist: fc.oneof(fc.array(fc.string({ maxLength: 60 }), { maxLength: 5 }), fc.constant(null), fc.anything()),
    classifiers: fc.oneof(
      fc.array(
        fc.constantFrom(
          'Framework :: Django :: 5.2',
          'Framework :: Django :: 9.9',
          'Programming Language :: Python :: 3.12',
        ),
        { maxLength: 4 },
      ),
      fc.anything(),
    ),
    summary: fc.oneof(fc.string({ maxLength: 200 }), fc.constant(null)),
  },
  { requiredKeys: [] },
);
const pypiBody = fc.record(
  { info, releases: fc.dictionary(version, fc.array(pypiFile, { maxLength: 3 }), { maxKeys: 4 }) },
  { requiredKeys: [] },
);
const simpleFile = fc.record(
  {
    filename: fc.oneof(
      version.map((v) => `django_redis-${v}-py3-none-any.whl`),
      fc.string({ maxLength: 40 }),
    ),
    url: fc.oneof(fc.constant('/files/a.whl'), fc.constant('http://evil.test/x.whl'), fc.string({ maxLength: 30 })),
    'core-metadata': fc.oneof(fc.boolean(), fc.record({ sha256: fc.string({ maxLength: 64 }) }), fc.anything()),
    'upload-time': fc.oneof(fc.constant('2025-06-01T10:00:00Z'), fc.string({ maxLength: 30 })),
    yanked: fc.oneof(fc.boolean(), fc.string({ maxLength: 20 })),
    'requires-python': spec,
  },
  { requiredKeys: [] },
);
const simpleBody = fc.record(
  {
    meta: fc.oneof(fc.constant({ 'api-version': '1.1' }), fc.anything()),
    name: fc.constant('django-redis'),
    files: fc.array(simpleFile, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);

/** One answer of the hostile index. */
const answer = (body: fc.Arbitrary<unknown>) =>
  fc.record({
    status: fc.constantFrom(200, 200, 200, 200, 301, 302, 307, 404, 410, 418, 429, 500, 503),
    location: fc.constantFrom('/elsewhere', 'http://other.test/x', 'not a url ::', `${BASE}/loop`),
    body: fc.oneof(
      body.map((b) => JSON.stringify(b)),
      body.map((b) => JSON.stringify(b).slice(0, 20)),
      fc.string({ maxLength: 200 }),
      fc.constant('x'.repeat(MAX + 1)),
      fc.constant('Metadata-Version: 2.1\nName: django-redis\nVersion: 7.0.0\nRequires-Dist: redis>=4\n'),
      fc.constant('\uFEFFVersion: 1\r\n Requires-Dist: a\n'),
    ),
    throws: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });

function hostileFetch(script: { status: number; location: string; body: string; throws: boolean }[]) {
  let i = 0;
  return async (_url: string, init: { signal: AbortSignal }) => {
    const a = script[i++ % script.length]!;
    if (init.signal.aborted) throw init.signal.reason;
    if (a.throws) throw new TypeError('fetch failed');
    const headers = a.status >= 300 && a.status < 400 ? { location: a.location } : undefined;
    return new Response(a.status === 204 || (a.status >= 300 && a.status < 400) ? null : a.body, {
      status: a.status,
      headers,
    });
  };
}

async function settle(
  kind: IndexSource['kind'],
  script: { status: number; location: string; body: string; throws: boolean }[],
) {
  const result = await refreshReleases({
    source: { kind, url: kind === 'simple' ? `${BASE}/simple` : BASE },
    names: ['django-redis', 'other'],
    fetch: hostileFetch(script),
    policy: { timeoutMs: 200, retries: 1, backoffMs: 0, maxBytes: MAX },
    djangoLines: ['4.2', '5.2', '6.0'],
    now: () => new Date('2026-12-04T00:00:00Z'),
  });
  for (const failure of result.failures) expect(failure.message).not.toMatch(/\n/);
  const cache = cacheFromRefresh(result);
  const reread = parseCatalogCache(catalogCacheText(cache));
  expect(reread.ok).toBe(true);
  expect(CatalogCache.safeParse(cache).success).toBe(true);
}

describe('a refresh against a hostile index', () => {
  it('PyPI JSON API: always settles with a valid cache and one-line failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer(pypiBody), { minLength: 1, maxLength: 6 }), (script) =>
        settle('pypi-json', script),
      ),
      { numRuns: FUZZ_RUNS.indexPypiJson.runs },
    );
  });

  it('PEP 691 simple index: always settles with a valid cache and one-line failures', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(answer(simpleBody), { minLength: 1, maxLength: 6 }), (script) =>
        settle('simple', script),
      ),
      {
        numRuns: FUZZ_RUNS.indexSimple.runs,
        // Found by this property: a file URL `A:` made the metadata URL `null.metadata`, and the
        // refresh rejected with "Invalid URL" instead of a one-line failure.
        examples: [
          [
            [
              {
                status: 200,
                location: '/elsewhere',
                body: JSON.stringify({
                  meta: { 'api-version': '1.1' },
                  name: 'django-redis',
                  files: [
                    { filename: 'django_redis-1.0-py3-none-any.whl', url: 'A:', 'core-metadata': { sha256: '' } },
                  ],
                }),
                throws: false,
              },
              { status: 200, location: '/elsewhere', body: '', throws: true },
            ],
          ],
        ],
      },
    );
  });
});
