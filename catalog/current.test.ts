import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions } from '../core/util/pep440';
import { ECOSYSTEM_TOP, bundledNames, isEcosystemName, parseCurrent } from '../scripts/pypi-current';

/**
 * "Current" is PyPI as of November 2026: catalog/pypi-current.tsv, extracted by
 * `npm run catalog:current` from the workplace's PyPI listing. Services (postgresql, redis-server)
 * are not on PyPI and are exempt by their kind.
 */
const current = parseCurrent(readFileSync(join(import.meta.dirname, 'pypi-current.tsv'), 'utf8'));

interface Bundled {
  name: string;
  kind?: string;
  releases: { version: string }[];
}

function filesIn(folder: string): Bundled[] {
  const dir = join(import.meta.dirname, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Bundled);
}

const packages = filesIn('packages').filter((p) => p.kind === 'python');
const deps = filesIn('deps');

function newest(pkg: Bundled): string {
  return [...pkg.releases].sort((a, b) => compareVersions(b.version, a.version))[0]!.version;
}

/** Each bundled name whose newest release is not PyPI's newest, as "name: catalog → PyPI". */
function stale(list: Bundled[]): string[] {
  return list
    .filter((pkg) => current.has(pkg.name) && newest(pkg) !== current.get(pkg.name)!.version)
    .map((pkg) => `${pkg.name}: ${newest(pkg)} → ${current.get(pkg.name)!.version}`);
}

describe('the bundled catalog is current (PyPI, November 2026)', () => {
  it('pypi-current.tsv lists every bundled Python package and dependency record (run npm run catalog:current)', () => {
    const missing = bundledNames(import.meta.dirname).filter((name) => !current.has(name));
    expect(missing).toEqual([]);
  });

  it("every catalog package's newest release is PyPI's newest", () => {
    expect(stale(packages)).toEqual([]);
  });

  it("every dependency record's newest release is PyPI's newest", () => {
    expect(stale(deps)).toEqual([]);
  });

  it('a package behind PyPI is reported with both versions', () => {
    const pkg = { ...packages.find((p) => p.name === 'django')! };
    pkg.releases = pkg.releases.filter((r) => r.version !== current.get('django')!.version);
    expect(stale([pkg])).toEqual([`django: ${newest(pkg)} → ${current.get('django')!.version}`]);
  });
});

describe('the catalog covers the most-downloaded Django-ecosystem packages (PyPI, November 2026)', () => {
  // catalog/pypi-top-ecosystem.tsv, best rank first, written by `npm run catalog:current`.
  const top = [...parseCurrent(readFileSync(join(import.meta.dirname, 'pypi-top-ecosystem.tsv'), 'utf8')).values()];

  it(`pypi-top-ecosystem.tsv holds the ${ECOSYSTEM_TOP} best-ranked ecosystem names, best first`, () => {
    expect(top).toHaveLength(ECOSYSTEM_TOP);
    expect(top.filter((row) => !isEcosystemName(row.name))).toEqual([]);
    const ranks = top.map((row) => Number(row.rank));
    expect(ranks.every((rank, i) => Number.isInteger(rank) && (i === 0 || rank > ranks[i - 1]!))).toBe(true);
  });

  it('every one of them has a catalog package file', () => {
    const files = new Set(readdirSync(join(import.meta.dirname, 'packages')).filter((f) => f.endsWith('.json')));
    expect(top.filter((row) => !files.has(`${row.name}.json`)).map((row) => `${row.name} (rank ${row.rank})`)).toEqual(
      [],
    );
  });

  it("the ecosystem is django*, drf-, dj-, channels, wagtail, celery and flower, not Celery's own libraries", () => {
    for (const name of [
      'django',
      'django-unfold',
      'djangorestframework-camel-case',
      'djangosaml2',
      'drf-writable-nested',
    ])
      expect(isEcosystemName(name), name).toBe(true);
    for (const name of ['dj-database-url', 'channels-redis', 'wagtail', 'celery-redbeat', 'flower'])
      expect(isEcosystemName(name), name).toBe(true);
    for (const name of ['kombu', 'amqp', 'billiard', 'vine', 'gunicorn', 'pydjango', 'redis'])
      expect(isEcosystemName(name), name).toBe(false);
  });
});
