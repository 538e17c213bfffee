/**
 * The examples of issue 11 on small fixture catalogs built from the packages' real metadata:
 * django-storages 1.14.6 (Requires-Dist Django>=3.2, classifiers to 5.1: PyPI / its setup.cfg at
 * the 1.14.6 tag), celery 5.5.2, kombu 5.5.3 and django-redis 7.0.0 (METADATA of Debian's
 * builds, `deb-metadata python3-celery/trixie`, `python3-kombu/trixie`, `python3-django-redis/sid`),
 * drf-yasg (requires djangorestframework), django-rest-swagger 2.2.0 and Django's support lines.
 */
import { describe, expect, it } from 'vitest';
import { exportRequirements } from '../export/requirements';
import { violations, type OracleIndex } from '../resolve/testing/pip-oracle';
import { analyze } from './analyze';
import { defaultCatalog } from '../catalog/catalog';
import { stackOf, testCatalog, type StackOptions } from './testing';

const TODAY = '2026-12-04';
const NOTES = 'https://docs.djangoproject.com/en/stable/releases/';
const CGI = 'https://github.com/django/django/blob/3.2.25/django/http/multipartparser.py';
const EVIDENCE =
  'https://github.com/marcgibbons/django-rest-swagger/blob/2.2.0/rest_framework_swagger/templates/rest_framework_swagger/index.html';

const catalog = testCatalog(
  {
    django: {
      needs: [{ role: 'api' }, { role: 'auth' }],
      releases: [
        { version: '3.1.14', django: '==3.1.*', python: '>=3.6' },
        { version: '3.2.25', django: '==3.2.*', python: '>=3.6' },
        { version: '4.2.27', django: '==4.2.*', python: '>=3.8' },
        { version: '5.2.8', django: '==5.2.*', python: '>=3.10' },
      ],
      lines: [
        { line: '3.1', python: '>=3.6,<3.10', endOfSupport: '2021-12-07', source: `${NOTES}3.1/` },
        { line: '3.2', python: '>=3.6,<3.11', endOfSupport: '2024-04-01', lts: true, source: `${NOTES}3.2/` },
        { line: '4.2', python: '>=3.8,<3.13', endOfSupport: '2026-04-30', lts: true, source: `${NOTES}4.2/` },
        { line: '5.2', python: '>=3.10,<3.15', endOfSupport: '2028-04-30', lts: true, source: `${NOTES}5.2/` },
      ],
      breakages: [
        {
          releases: '<4.0',
          django: '',
          python: '>=3.13',
          what: 'imports the cgi module, which Python 3.13 removed',
          evidence: CGI,
        },
      ],
    },
    'django-storages': {
      releases: [{ version: '1.14.6', django: '>=3.2,<5.2', python: '>=3.7', requiresDist: ['Django>=3.2'] }],
    },
    djangorestframework: {
      provides: ['api'],
      needs: [{ role: 'docs' }, { role: 'auth' }],
      releases: [{ version: '3.16.0', django: '>=4.2,<6.0', python: '>=3.9', requiresDist: ['django>=4.2'] }],
    },
    'drf-yasg': {
      provides: ['docs'],
      releases: [
        {
          version: '1.21.10',
          django: '>=4.0,<6.0',
          python: '>=3.9',
          requiresDist: ['django>=2.2.16', 'djangorestframework>=3.10.3'],
        },
      ],
    },
    'django-rest-knox': {
      provides: ['auth'],
      releases: [
        {
          version: '5.0.2',
          django: '>=4.2,<5.1',
          python: '>=3.8',
          requiresDist: ['django>=4.2', 'djangorestframework'],
        },
      ],
    },
    'django-rest-swagger': {
      provides: ['docs'],
      releases: [{ version: '2.2.0', django: '>=1.8,<3.0', python: '', requiresDist: ['djangorestframework>=3.5.4'] }],
      breakages: [
        {
          releases: '==2.2.0',
          django: '>=3.0',
          what: 'Its template loads the staticfiles tag library, removed in Django 3.0.',
          evidence: EVIDENCE,
        },
      ],
    },
    celery: {
      provides: ['tasks'],
      needs: [{ role: 'broker', required: true }, { role: 'results' }],
      releases: [
        {
          version: '5.5.2',
          django: '',
          python: '>=3.8',
          requiresDist: [
            'billiard<5.0,>=4.2.1',
            'kombu<5.6,>=5.5.2',
            'vine<6.0,>=5.1.0',
            'redis!=4.5.5,<6.0.0,>=4.5.2; extra == "redis"',
            'kombu[sqs]>=5.3.4; extra == "sqs"',
          ],
        },
      ],
    },
    'django-redis': {
      provides: ['cache'],
      needs: [{ role: 'redis', required: true }],
      releases: [
        {
          version: '7.0.0',
          django: '>=5.2,<6.1',
          python: '>=3.10',
          requiresDist: ['Django<7.0,>=5.2', 'redis>=4.0.2', 'typing_extensions>=4.12; python_version <= "3.12"'],
        },
      ],
    },
    'redis-server': { kind: 'service', provides: ['redis', 'broker', 'results'] },
  },
  {
    kombu: [
      [
        '5.5.3',
        '>=3.8',
        ['amqp<6.0.0,>=5.1.1', 'vine==5.1.0', 'redis!=4.5.5,!=5.0.2,<=5.2.1,>=4.5.2; extra == "redis"'],
      ],
    ],
    billiard: [['4.2.1', '>=3.7']],
    vine: [['5.1.0', '>=3.6']],
    amqp: [['5.3.1', '>=3.6', ['vine<6.0.0,>=5.0.0']]],
    redis: [
      ['5.2.1', '>=3.8'],
      ['5.3.0', '>=3.8'],
      ['6.1.0', '>=3.9'],
      ['8.1.0', '>=3.10'],
    ],
    'typing-extensions': [['4.12.2', '>=3.8']],
  },
);

const errors = (target: { django: string; python: string }, ...names: string[]) =>
  analyze(stackOf(catalog, ...names, { target }), catalog, TODAY).problems.filter((p) => p.severity === 'error');

describe('issue 11: verdicts that hold on real projects', () => {
  it('django-storages 1.14.6 on Django 5.2 is undeclared: a warning that says what it declares, no error', () => {
    const { problems, resolution } = analyze(
      stackOf(catalog, 'django', 'django-storages', { target: { django: '5.2', python: '3.12' } }),
      catalog,
      TODAY,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warning = problems.find((p) => p.code === 'undeclared-target')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toMatch(/django-storages 1\.14\.6 declares Django >=3\.2,<5\.2 .*pip will install it/);
    expect(resolution.levels['django-storages']).toMatchObject({ level: 'undeclared' });
    expect(resolution.levels.django).toMatchObject({ level: 'supported' });
  });

  it('django-rest-swagger 2.2.0 on Django 3.1 is an error carrying its evidence', () => {
    const found = errors({ django: '3.1', python: '3.8' }, 'django', 'django-rest-swagger');
    const swagger = found.find((p) => p.packages.includes('django-rest-swagger'))!;
    expect(swagger.code).toBe('unsupported-target');
    expect(swagger.message).toContain(EVIDENCE);
    expect(swagger.message).toMatch(/2\.2\.0 breaks on Django 3\.1/);
  });

  it('drf-yasg without DRF on the canvas is no error: its requirements pull DRF in', () => {
    const diagram = stackOf(catalog, 'django', 'drf-yasg', { target: { django: '5.2', python: '3.12' } });
    const { problems, resolution } = analyze(diagram, catalog, TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(resolution.implicit.djangorestframework).toEqual(['drf-yasg']);
  });

  it('knox without DRF still asks for DRF: its auth class belongs in DRF, not in Django', () => {
    const found = errors({ django: '4.2', python: '3.12' }, 'django', 'django-rest-knox');
    expect(found.map((p) => p.code)).toContain('missing-requirement');
  });

  it('Django 3.2 on Python 3.14 is an error with its recorded breakage (cgi removed in Python 3.13)', () => {
    const found = errors({ django: '3.2', python: '3.14' }, 'django-storages');
    const django = found.find((p) => p.packages.includes('django'))!;
    expect(django.code).toBe('unsupported-target');
    expect(django.message).toContain('cgi');
    expect(django.message).toContain(CGI);
  });

  it("Django 3.2 on Python 3.11 (Debian 12's own pair) is a warning naming the line's Python range, not an error", () => {
    const { problems } = analyze(
      stackOf(catalog, 'django', { target: { django: '3.2', python: '3.11' } }),
      catalog,
      TODAY,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const django = problems.find((p) => p.code === 'undeclared-target' && p.packages.includes('django'))!;
    expect(django.severity).toBe('warning');
    expect(django.message).toContain('supports Python >=3.6,<3.11');
    expect(django.message).toContain(`${NOTES}3.2/`);
  });

  it('an end-of-life target is a warning with the date and a fix to the nearest supported line', () => {
    const { problems } = analyze(
      stackOf(catalog, 'django', { target: { django: '4.2', python: '3.12' } }),
      catalog,
      TODAY,
    );
    const eol = problems.find((p) => p.code === 'end-of-life-target')!;
    expect(eol.severity).toBe('warning');
    expect(eol.message).toContain('2026-04-30');
    expect(eol.fix?.actions).toEqual([{ kind: 'set-target', django: '5.2' }]);
  });

  it('celery[redis] 5.5.2 beside django-redis exports a file pip would accept (independent check)', () => {
    const diagram = stackOf(catalog, 'django', 'redis-server', 'celery', 'django-redis', {
      target: { django: '5.2', python: '3.12' },
      pins: { celery: '5.5.2' },
    });
    const { problems, resolution } = analyze(diagram, catalog, TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(resolution.packages.redis).toBe('5.3.0');
    const text = exportRequirements(diagram, catalog, { resolution });
    expect(text).toMatch(/^celery\[redis\]==5\.5\.2/m);
    expect(violations(text, oracleIndex(), '3.12')).toEqual([]);
  });

  it('the oracle refuses the export of issue 11 (redis 8.1.0 beside celery[redis] 5.5.2): it can fail', () => {
    const bad = 'celery[redis]==5.5.2\nredis==8.1.0\nkombu==5.5.3\nbilliard==4.2.1\nvine==5.1.0\namqp==5.3.1\n';
    expect(violations(bad, oracleIndex(), '3.12')).toEqual([
      'celery==5.5.2 needs redis!=4.5.5,<6.0.0,>=4.5.2; extra == "redis", but the file pins redis==8.1.0',
    ]);
  });

  it("a range from the user's file admitting no installable release is an error naming the range", () => {
    // celery 5.2.7 (Requires-Python >=3.7) and 5.5.2 (>=3.8): on Python 3.7 the range >=5.5
    // admits a release pip knows, but none that installs there.
    const two = testCatalog({
      django: {
        releases: [{ version: '3.2.25', django: '==3.2.*', python: '>=3.6' }],
        lines: [{ line: '3.2', python: '>=3.6,<3.11', endOfSupport: '2024-04-01', lts: true, source: `${NOTES}3.2/` }],
      },
      celery: {
        releases: [
          { version: '5.2.7', python: '>=3.7' },
          { version: '5.5.2', python: '>=3.8' },
        ],
      },
    });
    const diagram = stackOf(two, 'django', 'celery', {
      target: { django: '3.2', python: '3.7' },
      requirements: { celery: { specifier: '>=5.5' } },
    });
    const found = analyze(diagram, two, TODAY).problems.filter((p) => p.severity === 'error');
    expect(found.map((p) => p.code)).toEqual(['no-solution']);
    expect(found[0]!.message).toContain('celery>=5.5');
  });

  it('a range that admits no release the catalog knows is a warning, exported as written', () => {
    // The catalog records celery 5.5.2 only: >=5.6 reaches past what it knows, so it is not judged.
    const diagram = stackOf(catalog, 'django', 'redis-server', 'celery', 'django-redis', {
      target: { django: '5.2', python: '3.12' },
      requirements: { celery: { specifier: '>=5.6', extras: ['redis'] } },
    });
    const problems = analyze(diagram, catalog, TODAY).problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.find((p) => p.code === 'bad-pin')?.message).toBe(
      'celery>=5.6 admits no release the catalog knows (it knows only 5.5.2): it is kept as written, but not checked.',
    );
    expect(exportRequirements(diagram, catalog)).toMatch(/^celery\[redis\]>=5\.6$/m);
  });

  it('celery[redis] with a redis the extra excludes names the chain', () => {
    const strict = testCatalog(
      {
        django: { releases: [{ version: '5.2.8', django: '==5.2.*', python: '>=3.10' }] },
        celery: {
          releases: [
            { version: '5.5.2', python: '>=3.8', requiresDist: ['redis!=4.5.5,<6.0.0,>=4.5.2; extra == "redis"'] },
          ],
        },
        'django-redis': {
          releases: [{ version: '7.0.0', django: '>=5.2', python: '>=3.10', requiresDist: ['redis>=6.1'] }],
        },
      },
      {
        redis: [
          ['5.3.0', '>=3.8'],
          ['6.1.0', '>=3.9'],
        ],
      },
    );
    const diagram = stackOf(strict, 'django', 'celery', 'django-redis', {
      target: { django: '5.2', python: '3.12' },
      requirements: { celery: { extras: ['redis'] } },
    });
    const clash = analyze(diagram, strict, TODAY).problems.find((p) => p.code === 'no-solution')!;
    expect(clash.message).toContain('celery[redis] 5.5.2 → redis!=4.5.5,<6.0.0,>=4.5.2');
    expect(clash.message).toContain('django-redis 7.0.0 → redis>=6.1');
  });
});

/** The fixture's metadata, as the oracle reads it (from the same facts, not through the engine). */
function oracleIndex(): OracleIndex {
  const index: OracleIndex = {};
  for (const pkg of [...catalog.packages, ...catalog.dependencies]) {
    index[pkg.name] = {};
    for (const release of pkg.releases)
      index[pkg.name]![release.version] = { python: release.python, requiresDist: release.requiresDist ?? [] };
  }
  return index;
}

describe('issue 11 on the real catalog', () => {
  const real = defaultCatalog();
  const check = (target: { django: string; python: string }, names: string[], options: StackOptions = {}) =>
    analyze(stackOf(real, ...names, { target, ...options }), real, TODAY);

  it('django-storages 1.14.6 on Django 5.2: undeclared warning, no error', () => {
    const { problems, resolution } = check({ django: '5.2', python: '3.12' }, ['django', 'django-storages'], {
      pins: { 'django-storages': '1.14.6' },
    });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(resolution.levels['django-storages']?.level).toBe('undeclared');
  });

  it('django-rest-swagger 2.2.0 on Django 3.1: error with its evidence', () => {
    const { problems } = check({ django: '3.1', python: '3.8' }, [
      'django',
      'djangorestframework',
      'django-rest-swagger',
    ]);
    const swagger = problems.find((p) => p.severity === 'error' && p.packages.includes('django-rest-swagger'));
    expect(swagger?.message).toContain('github.com/marcgibbons/django-rest-swagger/blob/2.2.0/');
  });

  it('drf-yasg without DRF: no error, DRF installed implicitly', () => {
    const { problems, resolution } = check({ django: '5.2', python: '3.12' }, ['django', 'drf-yasg']);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(resolution.implicit.djangorestframework).toEqual(['drf-yasg']);
  });

  it('Django 3.2 on Python 3.14: error', () => {
    const { problems } = check({ django: '3.2', python: '3.14' }, ['django']);
    expect(problems.find((p) => p.severity === 'error' && p.packages.includes('django'))?.message).toMatch(
      /cgi module, which Python 3\.13 removed/,
    );
  });

  it('celery[redis] 5.5.2 beside django-redis: the export satisfies every applicable requirement', () => {
    const diagram = stackOf(real, 'django', 'redis-server', 'celery', 'django-redis', {
      target: { django: '5.2', python: '3.12' },
      pins: { celery: '5.5.2' },
    });
    const { problems, resolution } = analyze(diagram, real, TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const text = exportRequirements(diagram, real, { resolution });
    expect(text).toMatch(/^celery\[redis\]==5\.5\.2/m);
    const index: OracleIndex = {};
    for (const pkg of [...real.packages, ...real.dependencies]) {
      index[pkg.name] = {};
      for (const release of pkg.releases)
        index[pkg.name]![release.version] = { python: release.python, requiresDist: release.requiresDist ?? [] };
    }
    expect(violations(text, index, '3.12'), text).toEqual([]);
  });
});
