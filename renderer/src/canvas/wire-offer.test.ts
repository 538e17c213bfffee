import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../core/diagram/model';
import { catalog } from '../store/catalog';
import { stackOf } from '../store/testing';
import { wireOfferFor } from './wire-offer';

function placed(...nodes: [string, number, number][]): Diagram {
  const diagram = stackOf(...nodes.map(([name]) => name));
  diagram.nodes = diagram.nodes.map((node, i) => ({ ...node, position: { x: nodes[i]![1], y: nodes[i]![2] } }));
  return diagram;
}

describe('offering to wire a dropped package', () => {
  it('django-redis dropped next to Django offers its cache', () => {
    const offer = wireOfferFor(placed(['django', 400, 0], ['django-redis', 0, 0]), catalog, 'django-redis');
    expect(offer).toEqual({
      request: { source: 'django-redis', sourcePort: 'cache', target: 'django', targetPort: 'cache' },
      label: 'django-redis → Django cache',
    });
  });

  it('a consumer dropped next to its provider offers the wire into itself', () => {
    const offer = wireOfferFor(placed(['redis-server', 0, 0], ['celery', 300, 0]), catalog, 'celery');
    expect(offer?.request).toMatchObject({ source: 'redis-server', target: 'celery' });
  });

  it('offers nothing when the partner is out of reach', () => {
    expect(wireOfferFor(placed(['django', 1200, 0], ['django-redis', 0, 0]), catalog, 'django-redis')).toBeNull();
  });

  it('offers nothing when the input is taken (cache is exclusive)', () => {
    const diagram = placed(['django', 400, 0], ['django-redis', 0, 200], ['django-redis-2', 0, 0]);
    diagram.nodes[2]!.package = 'django-redis';
    diagram.edges = [
      { id: 'e', source: 'django-redis', sourcePort: 'cache', target: 'django', targetPort: 'cache', role: 'cache' },
    ];
    expect(wireOfferFor(diagram, catalog, 'django-redis-2')).toBeNull();
  });
});
