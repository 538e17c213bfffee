import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshCatalogFiles } from './catalog-refresh';
import { startIndexServer, type IndexServer } from './index-server/server';
import { recordedStore } from './index-server/store';

let server: IndexServer;
beforeAll(async () => {
  server = await startIndexServer(recordedStore());
});
afterAll(() => server.close());

const repoCatalog = join(import.meta.dirname, '..', 'catalog');

describe('npm run catalog:refresh', () => {
  it('refreshes a copy of the catalog from the loopback index: releases and sources change, the curated layer does not', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'djstack-catalog-'));
    cpSync(repoCatalog, folder, { recursive: true });
    const before = JSON.parse(readFileSync(join(folder, 'packages/django-redis.json'), 'utf8'));
    const result = await refreshCatalogFiles({
      folder,
      source: { kind: 'simple', url: `${server.url}/simple` },
      names: ['django-redis'],
      fetch: (url, init) => fetch(url, init),
      today: '2026-12-04',
    });
    expect(result.failures).toEqual([]);
    const after = JSON.parse(readFileSync(join(folder, 'packages/django-redis.json'), 'utf8'));
    const { releases: r1, sources: s1, ...curatedBefore } = before;
    const { releases: r2, sources: s2, ...curatedAfter } = after;
    expect(curatedAfter).toEqual(curatedBefore);
    expect(r2.length).toBeGreaterThanOrEqual(r1.length);
    const seven = r2.find((r: { version: string }) => r.version === '7.0.0');
    expect(seven).toMatchObject({ python: '>=3.10', django: '>=5.2,<6.1' });
    expect(seven.requiresDist).toContain('redis>=4.0.2');
    expect(s2.length).toBe(s1.length + 1);
    expect(JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')).dataDate).toBe('2026-12-04');
    // Untouched files stay byte for byte.
    expect(readFileSync(join(folder, 'packages/celery.json'), 'utf8')).toBe(
      readFileSync(join(repoCatalog, 'packages/celery.json'), 'utf8'),
    );
  });
});
