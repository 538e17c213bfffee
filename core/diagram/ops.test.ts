import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from '../check/testing';
import { addEdge, addNode, freePositionNear, freshNodeId, removeNode, replacePackage, setPin, setTarget } from './ops';

const catalog = testCatalog({
  django: {
    needs: [
      { role: 'auth', multiple: true },
      { role: 'cache', multiple: false },
    ],
    releases: [['5.2.3', '==5.2.*']],
  },
  api: { provides: ['api'], needs: [{ role: 'auth' }, { role: 'docs', multiple: false }], releases: [['1.0', '']] },
  'old-auth': {
    provides: ['auth'],
    status: { state: 'deprecated', successors: ['new-auth'] },
    releases: [['1.0', '']],
  },
  'new-auth': { provides: ['auth'], releases: [['2.0', '']] },
  'cache-only': { provides: ['cache'], releases: [['1.0', '']] },
});

describe('diagram operations', () => {
  it('names a new node after its package, then numbers it from 2: one scheme for every entry point', () => {
    const diagram = stackOf(catalog, 'django', 'api');
    expect(freshNodeId(diagram, 'new-auth')).toBe('new-auth');
    const withOne = addNode(diagram, catalog, 'new-auth').diagram;
    expect(freshNodeId(withOne, 'new-auth')).toBe('new-auth-2');
    expect(freshNodeId(withOne, 'new-auth', new Set(['new-auth-2']))).toBe('new-auth-3');
    expect(freshNodeId(removeNode(withOne, 'new-auth'), 'new-auth')).toBe('new-auth');
  });

  it('places a new node left of its anchor, never on top of another node', () => {
    const diagram = stackOf(catalog, 'django', 'api');
    const first = addNode(diagram, catalog, 'new-auth', { near: 'api-1' });
    const placed = first.diagram.nodes.at(-1)!.position;
    expect(placed.x).toBeLessThan(diagram.nodes[1]!.position.x);
    const second = addNode(first.diagram, catalog, 'cache-only', { near: 'api-1' });
    const again = second.diagram.nodes.at(-1)!.position;
    expect(again).not.toEqual(placed);
    for (const node of second.diagram.nodes.slice(0, -1)) expect(node.position).not.toEqual(again);
    expect(freePositionNear({ ...diagram, nodes: [] }, catalog, 'api')).toEqual({ x: 0, y: 0 });
  });

  it('adds an edge only when checkConnection allows it, and says why not', () => {
    const diagram = stackOf(catalog, 'django', 'api', 'cache-only', { unwired: true });
    const ok = addEdge(diagram, catalog, {
      source: 'cache-only-1',
      sourcePort: 'cache',
      target: 'django-1',
      targetPort: 'cache',
    });
    expect(ok.ok && ok.edge).toMatchObject({ id: 'cache-only-1.cache-django-1.cache', role: 'cache' });
    const refused = addEdge(ok.diagram, catalog, {
      source: 'api-1',
      sourcePort: 'api',
      target: 'django-1',
      targetPort: 'cache',
    });
    expect(refused).toMatchObject({
      ok: false,
      reason: expect.stringContaining('only ports of the same role connect'),
    });
    expect(refused.diagram).toBe(ok.diagram);
    expect(diagram.edges).toEqual([]);
  });

  it('replaces a package in place and keeps the connections its successor can carry', () => {
    const diagram = stackOf(catalog, 'django', 'api', 'old-auth', { pins: { 'old-auth': '1.0' } });
    expect(diagram.edges.map((e) => e.id)).toEqual(['old-auth-1.auth-django-1.auth']);
    const { diagram: next, id } = replacePackage(diagram, catalog, 'old-auth-1', 'new-auth');
    expect(id).toBe('new-auth');
    expect(next.nodes[2]).toEqual({ id: 'new-auth', package: 'new-auth', position: diagram.nodes[2]!.position });
    expect(next.edges).toEqual([
      {
        id: 'old-auth-1.auth-django-1.auth',
        source: 'new-auth',
        sourcePort: 'auth',
        target: 'django-1',
        targetPort: 'auth',
        role: 'auth',
      },
    ]);
  });

  it('drops connections the successor cannot carry', () => {
    const diagram = stackOf(catalog, 'django', 'cache-only');
    const { diagram: next } = replacePackage(diagram, catalog, 'cache-only-1', 'new-auth');
    expect(next.edges).toEqual([]);
  });

  it('moves the connections to the successor when it is already on the canvas', () => {
    const diagram = stackOf(catalog, 'django', 'api', 'old-auth', 'new-auth', { unwired: true });
    const wired = addEdge(diagram, catalog, {
      source: 'old-auth-1',
      sourcePort: 'auth',
      target: 'api-1',
      targetPort: 'auth',
    }).diagram;
    const { diagram: next, id } = replacePackage(wired, catalog, 'old-auth-1', 'new-auth');
    expect(id).toBe('new-auth-1');
    expect(next.nodes.map((n) => n.id)).toEqual(['django-1', 'api-1', 'new-auth-1']);
    expect(next.edges).toMatchObject([{ source: 'new-auth-1', target: 'api-1', role: 'auth' }]);
  });

  it('removes a node with its edges, sets and clears pins, and changes the target', () => {
    const diagram = stackOf(catalog, 'django', 'old-auth');
    expect(removeNode(diagram, 'old-auth-1')).toMatchObject({ nodes: [{ id: 'django-1' }], edges: [] });
    const pinned = setPin(diagram, 'old-auth-1', '1.0');
    expect(pinned.nodes[1]!.pin).toBe('1.0');
    expect('pin' in setPin(pinned, 'old-auth-1', null).nodes[1]!).toBe(false);
    expect(setTarget(diagram, { python: '3.13' }).target).toEqual({ django: '5.2', python: '3.13' });
    expect(diagram.nodes[1]!.pin).toBeUndefined();
  });
});
