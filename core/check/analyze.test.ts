import { describe, expect, it } from 'vitest';
import type { Diagram } from '../diagram/model';
import { analyze } from './analyze';
import { applyFix } from './fixes';
import { nodeOf, stackOf, testCatalog } from './testing';
import type { Problem } from './types';

// A miniature of the real catalog, so the checks are tested independently of its data.
const catalog = testCatalog({
  django: {
    needs: [
      { role: 'api', multiple: true },
      { role: 'auth', multiple: true },
      { role: 'cache', multiple: false, suggest: ['django-redis'] },
      { role: 'tasks', multiple: true },
    ],
    releases: [
      ['4.2.20', '==4.2.*', '>=3.8'],
      ['5.2.3', '==5.2.*', '>=3.10'],
    ],
  },
  djangorestframework: {
    provides: ['api'],
    needs: [
      { role: 'auth', multiple: true },
      { role: 'docs', multiple: false, suggest: ['drf-spectacular'] },
    ],
    releases: [
      ['3.16.0', '>=4.2', '>=3.9'],
      // Its Requires-Dist caps Django (a fixture: pip refuses it on 5.2, unlike a classifier).
      ['3.14.0', '>=3.0,<5.1', '>=3.6', { django: '>=3.0,<5.1' }],
    ],
  },
  'django-rest-knox': {
    provides: ['auth'],
    releases: [['5.0.2', '>=4.2', '>=3.8', { djangorestframework: '>=3.14' }]],
  },
  'djangorestframework-jwt': {
    provides: ['auth'],
    status: { state: 'deprecated', successors: ['djangorestframework-simplejwt'], note: 'Unmaintained since 2019' },
    releases: [['1.11.0', '<3.1', '', { djangorestframework: '>=3.0', django: '<3.1' }]],
  },
  'djangorestframework-simplejwt': {
    provides: ['auth'],
    releases: [['5.5.0', '>=4.2', '>=3.9', { djangorestframework: '>=3.14' }]],
  },
  'drf-spectacular': {
    provides: ['docs'],
    releases: [['0.28.0', '>=3.2', '>=3.7', { djangorestframework: '>=3.10.3' }]],
  },
  'drf-yasg': { provides: ['docs'], releases: [['1.21.10', '>=4.2', '>=3.9', { djangorestframework: '>=3.10.3' }]] },
  celery: {
    provides: ['tasks'],
    needs: [{ role: 'broker', required: true, multiple: false, suggest: ['redis-server'] }],
    releases: [['5.5.3', '', '>=3.8']],
  },
  'redis-server': { kind: 'service', provides: ['redis', 'broker'] },
  'django-redis': {
    provides: ['cache'],
    needs: [{ role: 'redis', required: true, multiple: false, suggest: ['redis-server'] }],
    releases: [['6.0.0', '>=4.2', '>=3.9']],
  },
  'django-cacheops': {
    provides: ['cache'],
    releases: [['7.2', '>=3.2', '>=3.7']],
    conflicts: [{ package: 'django-cachalot', reason: 'Both patch the ORM query cache; use one.' }],
  },
  'django-cachalot': { provides: ['cache'], releases: [['2.8.0', '>=4.2', '>=3.9']] },
  oldie: {
    status: { state: 'unmaintained', successors: [] },
    releases: [
      ['2.0', '>=3.2,<5.0', '>=3.8', { django: '>=3.2,<5.0' }],
      ['1.0', '>=2.2,<4.0', '>=3.6', { django: '>=2.2,<4.0' }],
    ],
  },
});

const codes = (diagram: Diagram) => analyze(diagram, catalog).problems.map((p) => p.code);
const only = (diagram: Diagram, code: string): Problem => {
  const found = analyze(diagram, catalog).problems.filter((p) => p.code === code);
  expect(found, `problems with code ${code}`).toHaveLength(1);
  return found[0]!;
};

describe('analyze on a synthetic catalog', () => {
  it('finds nothing wrong in a complete, wired stack', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'django-rest-knox', 'celery', 'redis-server');
    expect(analyze(diagram, catalog).problems).toEqual([]);
    expect(analyze(diagram, catalog).resolution.packages).toEqual({
      django: '5.2.3',
      djangorestframework: '3.16.0',
      'django-rest-knox': '5.0.2',
      celery: '5.5.3',
    });
  });

  it('knox without DRF asks to add DRF, and the fix adds and wires it', () => {
    const diagram = stackOf(catalog, 'django', 'django-rest-knox');
    const problem = only(diagram, 'missing-requirement');
    expect(problem.message).toBe('django-rest-knox requires djangorestframework (>=3.14), which is not on the canvas.');
    expect(problem.fix?.label).toBe('Add djangorestframework and wire it');
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(codes(fixed)).toEqual([]);
    const drf = nodeOf(fixed, 'djangorestframework');
    expect(drf.id).toBe('djangorestframework');
    expect(fixed.edges.map((e) => `${e.source}.${e.sourcePort}->${e.target}.${e.targetPort}`)).toEqual(
      expect.arrayContaining([
        'django-rest-knox-1.auth->djangorestframework.auth',
        'djangorestframework.api->django-1.api',
      ]),
    );
    expect(diagram.nodes).toHaveLength(2); // the input diagram is untouched
  });

  it('celery without any broker asks to add Redis and wires it', () => {
    const diagram = stackOf(catalog, 'django', 'celery');
    const problem = only(diagram, 'missing-requirement');
    expect(problem.key).toBe('missing-requirement:celery-1:broker');
    expect(problem.message).toBe(
      'celery needs a Broker and nothing on the canvas provides one. Add one, for example redis-server.',
    );
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(fixed.edges).toContainEqual(
      expect.objectContaining({ source: 'redis-server', target: 'celery-1', role: 'broker' }),
    );
    expect(codes(fixed)).toEqual([]);
  });

  it('celery with an unwired Redis asks to connect it', () => {
    const diagram = stackOf(catalog, 'django', 'celery', 'redis-server', { unwired: true });
    const problem = only(diagram, 'unfilled-role');
    expect(problem.message).toBe('celery needs a Broker, but its Broker input is not connected: connect redis-server.');
    expect(problem.fix?.actions).toEqual([
      { kind: 'add-edge', source: 'redis-server-1', sourcePort: 'broker', target: 'celery-1', targetPort: 'broker' },
    ]);
    expect(codes(applyFix(diagram, catalog, problem.fix!))).not.toContain('unfilled-role');
  });

  it('two schema generators on DRF are a duplicate role; the fix keeps one', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'drf-spectacular', { unwired: false });
    diagram.nodes.push({ id: 'drf-yasg-1', package: 'drf-yasg', position: { x: 0, y: 600 } });
    diagram.edges.push({
      id: 'yasg',
      source: 'drf-yasg-1',
      sourcePort: 'docs',
      target: 'djangorestframework-1',
      targetPort: 'docs',
      role: 'docs',
    });
    const problem = only(diagram, 'duplicate-role');
    expect(problem.message).toBe(
      'djangorestframework takes one API docs, but 2 are connected: drf-spectacular and drf-yasg.',
    );
    expect(problem.fix?.label).toBe('Keep only drf-spectacular');
    expect(problem.alternatives?.map((f) => f.label)).toEqual(['Keep only drf-yasg']);
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(fixed.edges.some((e) => e.id === 'yasg')).toBe(false);
  });

  it('a hand-edited edge between ports of different roles is a bad edge', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'django-rest-knox');
    diagram.edges.push({
      id: 'bogus',
      source: 'django-rest-knox-1',
      sourcePort: 'auth',
      target: 'django-1',
      targetPort: 'cache',
      role: 'auth',
    });
    const problem = only(diagram, 'bad-edge');
    expect(problem.message).toBe(
      "django-rest-knox provides Auth, but the connection ends at django's Cache input: only ports of the same role connect.",
    );
    expect(problem.edges).toEqual(['bogus']);
    expect(codes(applyFix(diagram, catalog, problem.fix!))).toEqual([]);
  });

  it('an edge to a node that is gone, a wrong role name and a repeated edge are bad edges', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework');
    const edge = diagram.edges[0]!;
    diagram.edges.push(
      { ...edge, id: 'again' },
      { ...edge, id: 'role', role: 'cache' },
      { ...edge, id: 'ghost', source: 'nobody' },
    );
    const found = analyze(diagram, catalog).problems.filter((p) => p.code === 'bad-edge');
    expect(found.map((p) => p.key).sort()).toEqual(['bad-edge:again', 'bad-edge:ghost', 'bad-edge:role']);
  });

  it('a deprecated package warns, names its successor, and the replace keeps its connections', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'djangorestframework-jwt', {
      target: { django: '3.0', python: '3.8' },
    });
    const problem = analyze(diagram, catalog).problems.find((p) => p.code === 'deprecated')!;
    expect(problem.severity).toBe('warning');
    expect(problem.message).toBe(
      'djangorestframework-jwt is deprecated. Unmaintained since 2019. Replace it with djangorestframework-simplejwt.',
    );
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(fixed.nodes.map((n) => n.id)).toEqual([
      'django-1',
      'djangorestframework-1',
      'djangorestframework-simplejwt',
    ]);
    expect(nodeOf(fixed, 'djangorestframework-simplejwt').position).toEqual(
      nodeOf(diagram, 'djangorestframework-jwt').position,
    );
    expect(fixed.edges).toContainEqual(
      expect.objectContaining({
        source: 'djangorestframework-simplejwt',
        target: 'djangorestframework-1',
        role: 'auth',
      }),
    );
  });

  it('an unmaintained package without a successor warns without a fix', () => {
    const problem = only(stackOf(catalog, 'django', 'oldie', { target: { django: '4.2' } }), 'unmaintained');
    expect(problem.fix).toBeNull();
  });

  it('a package with no release for the target names its range and the nearest target', () => {
    const problem = only(stackOf(catalog, 'django', 'oldie'), 'unsupported-target');
    expect(problem.message).toBe(
      'oldie cannot be installed for Django 5.2 / Python 3.12: 2.0 requires Django >=3.2,<5.0 (its Requires-Dist); ' +
        '1.0 requires Django >=2.2,<4.0 (its Requires-Dist). It installs on Django 4.2 with Python 3.12. ' +
        'The nearest target that works is Django 4.2.',
    );
    expect(problem.fix).toEqual({
      label: 'Set the target to Django 4.2',
      actions: [{ kind: 'set-target', django: '4.2' }],
    });
    const fixed = applyFix(stackOf(catalog, 'django', 'oldie'), catalog, problem.fix!);
    expect(fixed.target).toEqual({ django: '4.2', python: '3.12' });
    expect(codes(fixed)).toEqual(['unmaintained']);
  });

  it('a deprecated package that misses the target offers its successor first', () => {
    const problem = only(
      stackOf(catalog, 'django', 'djangorestframework', 'djangorestframework-jwt'),
      'unsupported-target',
    );
    expect(problem.fix?.label).toBe('Replace with djangorestframework-simplejwt');
    expect(problem.alternatives?.map((f) => f.label)).toContain('Remove djangorestframework-jwt');
  });

  it('packages that conflict in every version are an error with the catalog reason', () => {
    const problem = only(stackOf(catalog, 'django', 'django-cacheops', 'django-cachalot'), 'conflict');
    expect(problem.message).toBe(
      'django-cacheops and django-cachalot conflict: Both patch the ORM query cache; use one.',
    );
    expect(problem.fix?.label).toBe('Remove django-cachalot');
    expect(
      codes(applyFix(stackOf(catalog, 'django', 'django-cacheops', 'django-cachalot'), catalog, problem.fix!)),
    ).toEqual([]);
  });

  it('a pin that clashes with the target is no-solution, fixed by removing the pin', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', { pins: { djangorestframework: '3.14.0' } });
    const problem = only(diagram, 'no-solution');
    expect(problem.message).toBe(
      'Pinned djangorestframework==3.14.0 requires Django >=3.0,<5.1 (its Requires-Dist), but the target is Django 5.2 / Python 3.12: remove the pin or change the target.',
    );
    expect(problem.fix?.label).toBe('Remove the pin djangorestframework==3.14.0');
    expect(codes(applyFix(diagram, catalog, problem.fix!))).toEqual([]);
  });

  it('a pin that is not a version is an error; an unknown release is a warning with the nearest known one', () => {
    const bad = only(
      stackOf(catalog, 'django', 'djangorestframework', { pins: { djangorestframework: 'latest' } }),
      'bad-pin',
    );
    expect(bad.severity).toBe('error');
    const unknown = only(
      stackOf(catalog, 'django', 'djangorestframework', { pins: { djangorestframework: '3.15.0' } }),
      'bad-pin',
    );
    expect(unknown.severity).toBe('warning');
    expect(unknown.message).toBe(
      'djangorestframework==3.15.0 is not a release the catalog knows (it knows 3.14.0 to 3.16.0): it is kept as written, but not checked.',
    );
    expect(unknown.fix?.label).toBe('Pin 3.14.0');
  });

  it('an unknown package is a warning and does not stop the rest from resolving', () => {
    const diagram = stackOf(catalog, 'django', 'django-made-up');
    expect(only(diagram, 'unknown-package').severity).toBe('warning');
    expect(analyze(diagram, catalog).resolution.packages).toEqual({ django: '5.2.3' });
  });

  it('sorts errors first and keeps keys stable when unrelated nodes move', () => {
    const diagram = stackOf(catalog, 'django', 'django-rest-knox', 'djangorestframework-jwt', 'django-made-up', {
      target: { django: '3.0', python: '3.8' },
    });
    const first = analyze(diagram, catalog).problems;
    const severities = first.map((p) => p.severity);
    expect(severities).toEqual(
      [...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)),
    );
    const moved = { ...diagram, nodes: diagram.nodes.map((n) => ({ ...n, position: { x: n.position.x + 10, y: 0 } })) };
    expect(analyze(moved, catalog).problems.map((p) => p.key)).toEqual(first.map((p) => p.key));
  });
});
