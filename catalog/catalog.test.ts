import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogIndexSource } from '../scripts/catalog-index';
import { defaultCatalog, validateDependencyFiles, validatePackageFiles } from '../core/catalog/catalog';
import { compareVersions, isSpecifier, isVersion, satisfies } from '../core/util/pep440';

const dir = join(import.meta.dirname, 'packages');
/** The JSON files of a catalog folder, parsed, by file name. */
function jsonFilesIn(folder: string): Record<string, ReturnType<typeof JSON.parse>> {
  return Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f, JSON.parse(readFileSync(join(folder, f), 'utf8'))]),
  );
}
const files = jsonFilesIn(dir);
const depFiles = jsonFilesIn(join(import.meta.dirname, 'deps'));

describe('catalog files', () => {
  it('every package file passes the schema', () => {
    expect(validatePackageFiles(files).errors).toEqual([]);
  });

  // catalog/dep-schema.json is generated from the same zod schema (scripts/json-schemas.test.ts
  // keeps it up to date), so passing the zod schema is passing dep-schema.json.
  it('every dependency record (catalog/deps) passes the dependency schema', () => {
    expect(Object.keys(depFiles).length).toBeGreaterThan(0);
    expect(validateDependencyFiles(depFiles).errors).toEqual([]);
  });

  it('a broken dependency record fails with a message naming the file and the field', () => {
    const [file, record] = Object.entries(depFiles)[0]!;
    const broken = structuredClone(record);
    broken.releases[0].requiresDist = 'redis>=4';
    broken.surprise = true;
    const { errors } = validateDependencyFiles({ [file]: broken });
    expect(errors.map((e) => e.file)).toEqual([file, file]);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/releases\[0\]\.requiresDist: /);
    expect(errors.map((e) => e.message).join('\n')).toMatch(/surprise/);
  });

  it('a dependency record whose name differs from its file name is refused', () => {
    const [file, record] = Object.entries(depFiles)[0]!;
    const { errors } = validateDependencyFiles({ [`x-${file}`]: record });
    expect(errors[0]!.message).toMatch(/does not match the file name/);
  });

  it('catalog/index.ts lists every package file (run npm run catalog:index)', () => {
    expect(readFileSync(join(import.meta.dirname, 'index.ts'), 'utf8')).toBe(catalogIndexSource());
  });

  it('a broken file fails with a message naming the file and the field', () => {
    const broken = structuredClone(files['django.json']);
    broken.releases[0].django = 42;
    const { errors } = validatePackageFiles({ 'django.json': broken });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.file).toBe('django.json');
    expect(errors[0]!.message).toMatch(/^releases\[0\]\.django: /);
  });

  it('a file whose name differs from its package name is refused', () => {
    const { errors } = validatePackageFiles({ 'Django.json': files['django.json'] });
    expect(errors[0]!.message).toMatch(/does not match the file name/);
  });

  it('every role a port names is defined, and every suggested package exists', () => {
    const catalog = defaultCatalog();
    for (const pkg of catalog.packages) {
      for (const port of [...pkg.provides, ...pkg.needs])
        expect(catalog.role(port.role), `${pkg.name}: ${port.role}`).toBeDefined();
      for (const port of pkg.needs)
        for (const name of port.suggest) expect(catalog.get(name), `${pkg.name} suggests ${name}`).toBeDefined();
    }
  });
});

/**
 * Facts that can be checked mechanically. They do not prove a fact true (the `sources` of each
 * file do that), but they catch the typos that would make the engine silently wrong.
 */
describe('catalog facts', () => {
  const catalog = defaultCatalog();

  /** Every specifier a package file carries, with where it sits, for the messages. */
  function specifiersOf(pkg: (typeof catalog.packages)[number]): [string, string][] {
    const found: [string, string][] = [];
    pkg.releases.forEach((release) => {
      found.push([`${pkg.name} ${release.version} django`, release.django]);
      found.push([`${pkg.name} ${release.version} python`, release.python]);
      for (const [other, spec] of Object.entries(release.requires ?? {})) {
        found.push([`${pkg.name} ${release.version} requires ${other}`, spec]);
      }
    });
    for (const app of pkg.apps)
      if (app.versions !== undefined) found.push([`${pkg.name} app ${app.label}`, app.versions]);
    for (const mw of pkg.middleware)
      if (mw.versions !== undefined) found.push([`${pkg.name} middleware ${mw.path}`, mw.versions]);
    for (const conflict of pkg.conflicts) {
      found.push([`${pkg.name} conflict versions`, conflict.versions]);
      found.push([`${pkg.name} conflict with ${conflict.package}`, conflict.otherVersions]);
    }
    return found;
  }

  it('every release version is a PEP 440 version and every range a PEP 440 specifier', () => {
    const bad: string[] = [];
    for (const pkg of catalog.packages) {
      for (const release of pkg.releases)
        if (!isVersion(release.version)) bad.push(`${pkg.name}: version ${release.version}`);
      for (const [where, spec] of specifiersOf(pkg)) if (!isSpecifier(spec)) bad.push(`${where}: "${spec}"`);
    }
    expect(bad).toEqual([]);
  });

  it('a broken specifier is caught by the PEP 440 check (the check can fail)', () => {
    expect(isSpecifier('>=4.2,<5.1')).toBe(true);
    expect(isSpecifier('>=4.2 <5.1 and more')).toBe(false);
    expect(isVersion('not-a-version')).toBe(false);
  });

  it('release dates are real calendar dates (or months), not in the future', () => {
    const bad: string[] = [];
    const now = Date.now();
    for (const pkg of catalog.packages) {
      for (const release of pkg.releases) {
        // A month alone (YYYY-MM, from PyPI's index snapshot) is checked as its first day.
        const date = release.date ?? '(none)';
        const day = date.length === 7 ? `${date}-01` : date;
        const parsed = new Date(`${day}T00:00:00Z`);
        const roundTrips = !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
        if (!roundTrips || parsed.getTime() > now) bad.push(`${pkg.name} ${release.version}: ${release.date}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('within one release line, a later patch is never dated before an earlier one', () => {
    // Lines are maintained in parallel (an LTS patch can follow a newer feature release), so the
    // order is only checked inside a line: 4.2.30 after 4.2.0, never before it.
    const bad: string[] = [];
    for (const pkg of catalog.packages) {
      const byLine = new Map<string, typeof pkg.releases>();
      for (const release of pkg.releases) {
        if (!release.date)
          bad.push(`${pkg.name}: ${release.version} has no date (only a refreshed cache may lack one)`);
        const line = release.version.split('.').slice(0, 2).join('.');
        byLine.set(line, [...(byLine.get(line) ?? []), release]);
      }
      for (const releases of byLine.values()) {
        const ordered = [...releases].sort((a, b) => compareVersions(a.version, b.version));
        for (let i = 1; i < ordered.length; i++) {
          const [earlier, later] = [ordered[i - 1]!, ordered[i]!];
          // A month-only date is compared at month precision.
          const [a, b] = [later.date ?? '', earlier.date ?? ''];
          const n = Math.min(a.length, b.length);
          if (a.slice(0, n) < b.slice(0, n))
            bad.push(`${pkg.name}: ${later.version} (${later.date}) before ${earlier.version} (${earlier.date})`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every package named by requires, successors and conflicts exists in the catalog', () => {
    const missing: string[] = [];
    for (const pkg of catalog.packages) {
      for (const release of pkg.releases) {
        for (const other of Object.keys(release.requires ?? {})) {
          if (!catalog.get(other)) missing.push(`${pkg.name} ${release.version} requires ${other}`);
        }
      }
      for (const successor of pkg.status.successors)
        if (!catalog.get(successor)) missing.push(`${pkg.name} successor ${successor}`);
      for (const conflict of pkg.conflicts)
        if (!catalog.get(conflict.package)) missing.push(`${pkg.name} conflicts with ${conflict.package}`);
    }
    expect(missing).toEqual([]);
  });

  it('a package never requires, succeeds or conflicts with itself', () => {
    const bad: string[] = [];
    for (const pkg of catalog.packages) {
      if (pkg.status.successors.includes(pkg.name)) bad.push(`${pkg.name} succeeds itself`);
      if (pkg.conflicts.some((c) => c.package === pkg.name)) bad.push(`${pkg.name} conflicts with itself`);
      for (const release of pkg.releases)
        if (release.requires?.[pkg.name] !== undefined) bad.push(`${pkg.name} requires itself`);
    }
    expect(bad).toEqual([]);
  });

  it('deprecated packages name a successor and say what to do', () => {
    const bad = catalog.packages
      .filter((pkg) => pkg.status.state === 'deprecated')
      .filter((pkg) => pkg.status.successors.length === 0 || !pkg.status.note)
      .map((pkg) => pkg.name);
    expect(bad).toEqual([]);
  });

  it("the seed's deprecated packages are marked deprecated with their successors", () => {
    const expected: Record<string, string[]> = {
      'djangorestframework-jwt': ['djangorestframework-simplejwt'],
      'django-rest-swagger': ['drf-spectacular', 'drf-yasg'],
      'django-celery': ['celery', 'django-celery-results', 'django-celery-beat'],
    };
    for (const [name, successors] of Object.entries(expected)) {
      const pkg = catalog.get(name);
      expect(pkg?.status.state, name).toBe('deprecated');
      expect(pkg?.status.successors, name).toEqual(successors);
    }
    expect(catalog.get('django-fsm')?.status.successors).toContain('django-fsm-2');
  });

  it('services carry no releases and Python packages declare no service block', () => {
    for (const pkg of catalog.packages) {
      if (pkg.kind === 'service') expect(pkg.releases, pkg.name).toEqual([]);
      else expect(pkg.service, pkg.name).toBeUndefined();
    }
  });

  it('the Debian versions installed on the reference machine are in the catalog (the e2e proofs pin them)', () => {
    // From the team brief: what Debian bookworm installs for /usr/bin/python3.
    const debian: Record<string, string> = {
      django: '3.2.25',
      djangorestframework: '3.14.0',
      'djangorestframework-simplejwt': '5.2.2',
      'drf-spectacular': '0.25.1',
      'django-allauth': '0.51.0',
      'django-redis': '5.2.0',
      'django-simple-history': '3.1.1',
      'django-fsm': '2.8.1',
      celery: '5.2.6',
      'django-celery-beat': '2.4.0',
      'django-celery-results': '2.4.0',
      'django-extensions': '3.2.1',
      redis: '4.3.4',
    };
    const missing = Object.entries(debian)
      .filter(([name, version]) => !catalog.get(name)?.releases.some((r) => r.version === version))
      .map(([name, version]) => `${name}==${version}`);
    expect(missing).toEqual([]);
  });

  it('every Django release of the hub names its own minor line as its Django range', () => {
    const django = catalog.get('django')!;
    for (const release of django.releases) {
      const [major, minor] = release.version.split('.');
      expect(release.django, release.version).toBe(`==${major}.${minor}.*`);
    }
  });

  it('a node whose releases need another package can reach it: requires ranges match a catalog release', () => {
    // A requires range no catalog release satisfies makes the resolver report "no solution" for every
    // stack: that must be a deliberate fact (django-celery needs Celery 3.x), so such cases are listed.
    const expectedUnsatisfiable = new Set(['django-celery 3.3.1 requires celery >=3.1.15,<4.0']);
    const unsatisfiable: string[] = [];
    for (const pkg of catalog.packages) {
      for (const release of pkg.releases) {
        for (const [other, spec] of Object.entries(release.requires ?? {})) {
          const target = catalog.get(other);
          if (target && !target.releases.some((r) => satisfies(r.version, spec))) {
            unsatisfiable.push(`${pkg.name} ${release.version} requires ${other} ${spec}`);
          }
        }
      }
    }
    expect(unsatisfiable.filter((line) => !expectedUnsatisfiable.has(line))).toEqual([]);
  });
});
