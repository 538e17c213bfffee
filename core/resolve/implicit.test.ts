import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from '../check/testing';
import { resolveDiagram } from './resolve';

// `client` and `wire` share no role with anything: pip installs them, nobody wires them.
// `plugin` provides a role `framework` needs, so `framework` is a wiring partner, never implicit.
const catalog = testCatalog({
  // Django consumes `auth` too: without `framework`, `plugin` would be wired into Django.
  django: { needs: [{ role: 'auth' }], releases: [['5.2.3', '==5.2.*', '>=3.10']] },
  client: {
    releases: [
      ['1.0.0', '', ''],
      ['1.5.0', '', ''],
      ['2.0.0', '', '', { wire: '>=1.0' }],
    ],
  },
  wire: {
    releases: [
      ['0.9.0', '', ''],
      ['1.2.0', '', ''],
    ],
  },
  cache: { provides: ['cache'], releases: [['3.0.0', '>=4.2', '', { client: '>=1.5' }]] },
  queue: { provides: ['tasks'], releases: [['1.0.0', '>=4.2', '', { client: '<2.0' }]] },
  old: { releases: [['1.0.0', '>=4.2', '', { client: '<1.5' }]] },
  lazy: {
    releases: [
      ['1.0.0', '>=4.2', '', { client: '==1.0.0' }],
      ['2.0.0', '>=4.2', ''],
    ],
  },
  dated: { releases: [['1.0.0', '>=4.2', '', { ancient: '' }]] },
  ancient: { releases: [['1.0.0', '<4.0', '']] },
  framework: { needs: [{ role: 'auth' }], releases: [['1.0.0', '']] },
  plugin: { provides: ['auth'], releases: [['1.0.0', '', '', { framework: '>=1.0' }]] },
});

describe('implicit packages (install-only requirements without a node)', () => {
  it('resolves an install-only requirement to its newest release and says who pulls it in', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'cache'), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages).toEqual({ django: '5.2.3', cache: '3.0.0', client: '2.0.0', wire: '1.2.0' });
    expect(result.implicit).toEqual({ client: ['cache'], wire: ['client'] });
    expect(Object.keys(result.nodes).sort()).toEqual(['cache-1', 'django-1']);
  });

  it('honours the requires specifier of every package that pulls it in', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'queue', 'cache'), catalog);
    expect(result.packages).toMatchObject({ client: '1.5.0' });
    expect(result.implicit).toEqual({ client: ['cache', 'queue'] });
    // client 1.5.0 requires no wire: wire is not installed.
    expect(result.packages.wire).toBeUndefined();
  });

  it('leaves an implicit package out when the chosen release does not need it', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'lazy'), catalog);
    expect(result.packages).toEqual({ django: '5.2.3', lazy: '2.0.0' });
    expect(result.implicit).toEqual({});
  });

  it('installs it for an older release when a pin asks for that one', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'lazy', { pins: { lazy: '1.0.0' } }), catalog);
    expect(result.packages).toEqual({ django: '5.2.3', lazy: '1.0.0', client: '1.0.0' });
    expect(result.implicit).toEqual({ client: ['lazy'] });
  });

  it('names both requirers when they want versions of it that do not meet', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'cache', 'old'), catalog);
    expect(result.ok).toBe(false);
    expect(result.failures).toHaveLength(1);
    expect(result.failures[0]).toMatchObject({ kind: 'clash', nodes: ['cache-1', 'old-1'], unpin: [] });
    expect(result.failures[0]!.packages.sort()).toEqual(['cache', 'client', 'old']);
    expect(result.explanation).toBe(
      'No versions fit together: cache 3.0.0 → client>=1.5; old 1.0.0 → client<1.5; ' +
        'client has 1.0.0 to 2.0.0 for Django 5.2 / Python 3.12.',
    );
    expect(result.packages.client).toBeUndefined();
  });

  it('installs a requirement that only declares older Django, and says it is undeclared', () => {
    // Classifiers are what maintainers tested, not a limit pip applies (issue 11).
    const result = resolveDiagram(stackOf(catalog, 'django', 'dated'), catalog);
    expect(result.ok).toBe(true);
    expect(result.packages.ancient).toBe('1.0.0');
    expect(result.levels.ancient).toEqual({ level: 'undeclared', reason: 'declares Django <4.0 (its classifiers)' });
  });

  it('is an ordinary package, not an implicit one, when it has a node', () => {
    const result = resolveDiagram(
      stackOf(catalog, 'django', 'cache', 'client', { pins: { client: '1.5.0' } }),
      catalog,
    );
    expect(result.packages).toEqual({ django: '5.2.3', cache: '3.0.0', client: '1.5.0' });
    expect(result.implicit).toEqual({});
    expect(result.nodes['client-1']).toBe('1.5.0');
  });

  it('never resolves a wiring partner implicitly: it must be on the canvas', () => {
    const result = resolveDiagram(stackOf(catalog, 'django', 'plugin'), catalog);
    expect(result.packages).toEqual({ django: '5.2.3', plugin: '1.0.0' });
    expect(result.implicit).toEqual({});
  });
});
