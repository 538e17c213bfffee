import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from '../check/testing';
import { resolveDiagram } from './resolve';

const catalog = testCatalog({
  django: {
    releases: [
      ['4.2.20', '==4.2.*', '>=3.8'],
      ['5.2.3', '==5.2.*', '>=3.10'],
      ['6.0.1', '==6.0.*', '>=3.12'],
    ],
  },
  api: {
    provides: ['api'],
    releases: [
      ['3.16.0', '>=4.2', '>=3.9', { django: '>=4.2' }],
      ['3.15.2', '>=4.2', '>=3.8'],
      ['3.14.0', '>=3.0,<5.1', '>=3.6'],
    ],
  },
  addon: {
    provides: ['auth'],
    releases: [
      ['5.0.0', '>=4.2', '>=3.10', { api: '>=3.16' }],
      ['4.2.0', '>=3.2', '>=3.8', { api: '>=3.14' }],
    ],
  },
  legacy: {
    releases: [
      ['2.0.0', '>=4.2', '', { api: '<3.16' }],
      ['1.0.0', '>=3.2', '', { api: '<3.15' }],
    ],
  },
  oldonly: { releases: [['1.0.0', '>=2.2,<4.0', '>=3.6']] },
  schema: {
    releases: [
      ['2.0.0', '>=4.2', ''],
      ['1.0.0', '>=4.2', ''],
    ],
    conflicts: [
      {
        package: 'api',
        versions: '<2.0',
        otherVersions: '>=3.16',
        reason: 'Schema 1.x reads a module that api 3.16 removed.',
      },
    ],
  },
});

describe('resolveDiagram', () => {
  it('picks the newest release of each package that fits the target', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', 'addon'), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages).toEqual({ django: '5.2.3', api: '3.16.0', addon: '5.0.0' });
    expect(result.nodes['addon-1']).toBe('5.0.0');
  });

  it('chooses an older addon when the pinned api excludes the newest one', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', 'addon', { pins: { api: '3.15.2' } }), catalog);
    expect(result.packages).toEqual({ django: '5.2.3', api: '3.15.2', addon: '4.2.0' });
  });

  it('backs off the api when a package on the canvas needs an older one', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', 'legacy'), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages).toEqual({ django: '5.2.3', api: '3.15.2', legacy: '2.0.0' });
  });

  it('honours a pin to a release that does not declare the target, and says it is undeclared', () => {
    // Issue 11: classifiers are what maintainers tested, not a limit pip applies.
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', { pins: { api: '3.14.0' } }), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages.api).toBe('3.14.0');
    expect(result.levels.api).toEqual({ level: 'undeclared', reason: 'declares Django >=3.0,<5.1 (its classifiers)' });
    expect(result.packages.django).toBe('5.2.3');
  });

  it('explains a pin that pip would refuse on the target', () => {
    const result = resolveDiagram(
      stackOf(catalog, 'django', 'api', { pins: { api: '3.14.0' }, target: { python: '3.5' } }),
      catalog,
    );
    expect(result.ok).toBe(false);
  });

  it('names the requirement and the pin that clash', () => {
    const result = resolveDiagram(
      stackOf(catalog, 'django', 'api', 'addon', 'legacy', { pins: { addon: '5.0.0' } }),
      catalog,
    );
    expect(result.ok).toBe(false);
    const failure = result.failures[0]!;
    expect(failure.packages.sort()).toEqual(['addon', 'api', 'legacy']);
    expect(failure.message).toContain('pinned addon 5.0.0 → api>=3.16');
    expect(failure.message).toContain('legacy');
    expect(failure.unpin).toEqual(['addon-1']);
  });

  it('reports a package no release of which installs on the target as unsupported, saying why', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'oldonly', { target: { python: '3.5' } }), catalog);
    expect(result.failures.find((f) => f.packages.includes('oldonly'))).toEqual({
      kind: 'unsupported',
      packages: ['oldonly'],
      nodes: ['oldonly-1'],
      message:
        'oldonly cannot be installed for Django 5.2 / Python 3.5: 1.0.0 needs Python >=3.6 (its Requires-Python).',
      unpin: [],
    });
  });

  it('installs a package that only declares older Django, as undeclared', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'oldonly'), catalog);
    expect(result.ok).toBe(true);
    expect(result.levels.oldonly?.level).toBe('undeclared');
  });

  it('uses the facts of its minor line for a pin to an unlisted patch release', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', { pins: { api: '3.15.1' } }), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages.api).toBe('3.15.1');
  });

  it('keeps a pin to an unknown minor line as written, unchecked', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', { pins: { api: '9.9.9' } }), catalog);
    expect(result.packages.api).toBe('9.9.9');
    expect(result.ok).toBe(true);
  });

  it('checks requirements on Django against the target when no django node is present', () => {
    const result = resolveDiagram(stackOf(catalog, 'api', { target: { django: '4.2', python: '3.12' } }), catalog);
    expect(result.packages.api).toBe('3.16.0');
  });

  it('gives every node of a package the same version and resolves Django to the target line', () => {
    const diagram = stackOf(catalog, 'django', 'api', { target: { django: '6.0', python: '3.13' } });
    diagram.nodes.push({ id: 'api-2', package: 'api', position: { x: 0, y: 500 } });
    const result = resolveDiagram(diagram, catalog);
    expect(result.nodes).toEqual({ 'django-1': '6.0.1', 'api-1': '3.16.0', 'api-2': '3.16.0' });
  });

  it('says when two nodes pin one package to different versions', () => {
    const diagram = stackOf(catalog, 'django', 'api', { pins: { api: '3.16.0' } });
    diagram.nodes.push({ id: 'api-2', package: 'api', position: { x: 0, y: 500 }, pin: '3.15.2' });
    const result = resolveDiagram(diagram, catalog);
    expect(result.explanation).toBe(
      'api is pinned to 3.16.0 and 3.15.2 on different nodes: one package gets one version.',
    );
  });

  it('steers around a conflict limited to some versions', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'api', 'schema', { pins: { schema: '1.0.0' } }), catalog);
    expect(result.packages).toMatchObject({ api: '3.15.2', schema: '1.0.0' });
  });

  it('names a version-limited conflict that the pins make unavoidable, with its reason', () => {
    const result = resolveDiagram(
      stackOf(catalog, 'django', 'api', 'schema', { pins: { schema: '1.0.0', api: '3.16.0' } }),
      catalog,
    );
    expect(result.explanation).toBe(
      'No versions fit together: schema <2.0 conflicts with api >=3.16 (Schema 1.x reads a module that api 3.16 removed); api is pinned to 3.16.0; schema is pinned to 1.0.0.',
    );
    expect(result.failures[0]!.unpin.sort()).toEqual(['api-1', 'schema-1']);
  });

  it('backtracks when every pair fits but the newest choice leads to a dead end', () => {
    // Arc consistency keeps everything here (each value has a partner in each neighbour);
    // only the search finds that a 2.0 forces b 2.0 and c 2.0, which conflict.
    const tricky = testCatalog({
      a: {
        releases: [
          ['2.0', '', '', { b: '>=2', c: '>=2' }],
          ['1.0', ''],
        ],
      },
      b: {
        releases: [
          ['2.0', ''],
          ['1.0', ''],
        ],
        conflicts: [{ package: 'c', versions: '>=2', otherVersions: '>=2', reason: 'test' }],
      },
      c: {
        releases: [
          ['2.0', ''],
          ['1.0', ''],
        ],
      },
      // d depends on a, so a comes first in the search order (ties go by name: a, b, c).
      d: { releases: [['1.0', '', '', { a: '' }]] },
    });
    const result = resolveDiagram(stackOf(tricky, 'a', 'b', 'c', 'd'), tricky);
    expect(result.ok).toBe(true);
    expect(result.packages).toEqual({ a: '1.0', b: '2.0', c: '1.0', d: '1.0' });
  });

  it('is deterministic whatever the node order', () => {
    const a = stackOf(catalog, 'django', 'api', 'addon', 'legacy');
    const b = { ...a, nodes: [...a.nodes].reverse() };
    expect(resolveDiagram(b, catalog).packages).toEqual(resolveDiagram(a, catalog).packages);
  });
});
