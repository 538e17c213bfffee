import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startIndexServer, type IndexServer } from '../../scripts/index-server/server';
import { recordedStore } from '../../scripts/index-server/store';
import { runCli, tempFolder } from '../testing';
import { BUNDLED_DATA_DATE } from '../../core/refresh/catalog-data';

let server: IndexServer;
let data: string;
beforeAll(async () => {
  server = await startIndexServer(recordedStore());
});
afterAll(() => server.close());
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'djstack-data-'));
  vi.stubEnv('DJSTACK_DATA_DIR', data);
});
afterEach(() => vi.unstubAllEnvs());

const cacheFile = () => join(data, 'package-data.json');

describe('djstack catalog refresh', () => {
  it('refreshes named packages from a PEP 691 index and checks then use the newer data', async () => {
    const cwd = tempFolder('catalog');
    const result = await runCli(cwd, [
      'catalog',
      'refresh',
      '--index-url',
      `${server.url}/simple`,
      '--package',
      'django-redis',
      '--package',
      'celery',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Refreshed 2 packages from ${server.url}/simple`);
    const cache = JSON.parse(readFileSync(cacheFile(), 'utf8'));
    expect(Object.keys(cache.packages)).toEqual(['celery', 'django-redis']);
    expect(cache.packages['django-redis'].releases[0]).toMatchObject({
      version: '7.0.0',
      python: '>=3.10',
      django: '>=5.2,<6.1',
    });
    const status = await runCli(cwd, ['catalog', 'status']);
    expect(status.stdout).toMatch(
      new RegExp(`Checks use package data of \\d{4}-\\d{2}-\\d{2} \\(refreshed from ${server.url}/simple\\)`),
    );
  });

  it('a failing package is listed, exit 1, and the others are written', async () => {
    const result = await runCli(tempFolder('catalog'), [
      'catalog',
      'refresh',
      '--pypi-url',
      server.url,
      '--package',
      'kombu',
      '--package',
      'fault-404',
      '--timeout',
      '2',
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/not refreshed: fault-404: .*not on the index \(HTTP 404\)/);
    expect(Object.keys(JSON.parse(readFileSync(cacheFile(), 'utf8')).packages)).toEqual(['kombu']);
  });

  it('an unreachable index is one message, exit 2, and the package data is unchanged', async () => {
    writeFileSync(cacheFile(), 'previous contents');
    const closed = await startIndexServer(recordedStore());
    await closed.close();
    const result = await runCli(tempFolder('catalog'), [
      'catalog',
      'refresh',
      '--pypi-url',
      closed.url,
      '--package',
      'django',
      '--timeout',
      '1',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(2); // the warning about the unusable cache, then the one message
    expect(result.stderr).toMatch(
      /nothing could be read from http:\/\/127\.0\.0\.1:\d+\/ .*unreachable after 4 attempts.*; the package data is unchanged/,
    );
    expect(readFileSync(cacheFile(), 'utf8')).toBe('previous contents');
    expect(readdirSync(data)).toEqual(['package-data.json']);
  });

  it('refuses a non-http index and unknown options', async () => {
    expect((await runCli(tempFolder('catalog'), ['catalog', 'refresh', '--index-url', 'file:///etc'])).stderr).toMatch(
      /only http and https/,
    );
    const unknown = await runCli(tempFolder('catalog'), ['catalog', 'refresh', '--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --bogus/);
    expect(existsSync(cacheFile())).toBe(false);
  });
});

describe('which package data checks use', () => {
  it('without a refresh: the bundled snapshot, named in check output', async () => {
    const status = await runCli(tempFolder('catalog'), ['catalog', 'status', '--json']);
    expect(JSON.parse(status.stdout)).toEqual({ date: BUNDLED_DATA_DATE, source: 'bundled' });
  });

  it('a corrupt cache is ignored with one line, and the bundled data is used', async () => {
    writeFileSync(cacheFile(), '{"format": "djstack-catalog-cache", "version": 1, "refreshedAt": 5}');
    const status = await runCli(tempFolder('catalog'), ['catalog', 'status']);
    expect(status.code).toBe(0);
    expect(status.stderr).toMatch(/ignoring .*package-data\.json: the package data cache is malformed \(refreshedAt: /);
    expect(status.stdout).toBe(`Checks use package data of ${BUNDLED_DATA_DATE} (bundled).\n`);
  });
});

describe('any PyPI package by name', () => {
  const diagram = (python: string) =>
    JSON.stringify({
      format: 'djstack',
      version: 1,
      target: { django: '5.2', python },
      nodes: [
        { id: 'django', package: 'django', position: { x: 0, y: 0 } },
        { id: 'kombu', package: 'kombu', position: { x: 300, y: 0 }, pin: '5.6.2' },
      ],
      edges: [],
    });

  it('an unknown name is unknown until refreshed; then it is checked on its own metadata', async () => {
    const cwd = tempFolder('catalog');
    writeFileSync(join(cwd, 'ok.djstack'), diagram('3.12'));
    writeFileSync(join(cwd, 'old-python.djstack'), diagram('3.8'));
    const before = await runCli(cwd, ['check', 'ok.djstack', '--json']);
    expect(JSON.parse(before.stdout).problems.map((p: { code: string }) => p.code)).toContain('unknown-package');

    expect((await runCli(cwd, ['catalog', 'refresh', '--pypi-url', server.url, '--package', 'kombu'])).code).toBe(0);
    const after = JSON.parse((await runCli(cwd, ['check', 'ok.djstack', '--json'])).stdout);
    expect(after.problems.map((p: { code: string }) => p.code)).not.toContain('unknown-package');
    expect(after.resolved.kombu).toBe('5.6.2');
    expect(after.packageData.source).toBe(`${server.url}/`);

    // kombu 5.6.2 requires Python >= 3.9 (its METADATA): pip would refuse it on 3.8.
    const old = await runCli(cwd, ['check', 'old-python.djstack', '--json']);
    expect(old.code).toBe(1);
    const errors = JSON.parse(old.stdout).problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors.map((p: { packages: string[] }) => p.packages).flat()).toContain('kombu');
  });
});
