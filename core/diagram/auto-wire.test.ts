import { describe, expect, it } from 'vitest';
import { CatalogPackage } from '../../catalog/schema';
import { Catalog, defaultCatalog } from '../catalog/catalog';
import { autoLayout } from '../layout/auto-layout';
import { autoWire } from './auto-wire';
import { emptyDiagram, type Diagram } from './model';

const release = (requires: Record<string, string> = {}) => [
  { version: '1.0', date: '2024-01-01', django: '', python: '', requires },
];
const source = [{ url: 'https://example.org/', covers: 'test data' }];
const pkg = (data: Record<string, unknown>) =>
  CatalogPackage.parse({
    kind: 'python',
    summary: 's',
    links: {},
    status: { state: 'maintained' },
    releases: release(),
    sources: source,
    ...data,
  });

const catalog = new Catalog(
  [
    pkg({
      name: 'django',
      title: 'Django',
      needs: ['api', 'auth', 'tasks', 'cache'].map((role) => ({ role, multiple: role !== 'cache' })),
    }),
    pkg({ name: 'djangorestframework', title: 'DRF', provides: [{ role: 'api' }], needs: [{ role: 'auth' }] }),
    pkg({
      name: 'django-rest-knox',
      title: 'Knox',
      provides: [{ role: 'auth' }],
      releases: release({ djangorestframework: '>=3.7', django: '>=3.2' }),
    }),
    pkg({ name: 'django-allauth', title: 'allauth', provides: [{ role: 'auth' }] }),
    pkg({
      name: 'celery',
      title: 'Celery',
      provides: [{ role: 'tasks' }],
      needs: [{ role: 'broker', required: true, multiple: false }],
    }),
    pkg({
      name: 'django-redis',
      title: 'django-redis',
      provides: [{ role: 'cache' }],
      needs: [{ role: 'redis', required: true, multiple: false }],
    }),
    pkg({
      name: 'redis-server',
      title: 'Redis',
      kind: 'service',
      releases: [],
      provides: [{ role: 'redis' }, { role: 'broker' }],
      service: { image: 'redis:7', port: 6379, urlEnv: 'REDIS_URL', localUrl: 'redis://localhost:6379/0' },
    }),
    pkg({
      name: 'rabbitmq',
      title: 'RabbitMQ',
      kind: 'service',
      releases: [],
      provides: [{ role: 'broker' }],
      service: { image: 'rabbitmq:3', port: 5672, urlEnv: 'BROKER_URL', localUrl: 'amqp://localhost:5672//' },
    }),
  ],
  defaultCatalog().roles,
);

function stackOf(...packages: string[]): Diagram {
  const diagram = emptyDiagram();
  diagram.nodes = packages.map((name, i) => ({ id: `n${i}-${name}`, package: name, position: { x: 0, y: i * 100 } }));
  return diagram;
}

const wires = (diagram: Diagram) =>
  diagram.edges.map((e) => `${e.source}.${e.sourcePort} -> ${e.target}.${e.targetPort}`).sort();

describe('autoWire', () => {
  it('wires knox into DRF (which it requires), not into Django, and DRF into Django', () => {
    const wired = autoWire(stackOf('django', 'djangorestframework', 'django-rest-knox'), catalog);
    expect(wires(wired)).toEqual([
      'n1-djangorestframework.api -> n0-django.api',
      'n2-django-rest-knox.auth -> n1-djangorestframework.auth',
    ]);
  });

  it('sends an auth provider that requires no consumer to the Django hub', () => {
    const wired = autoWire(stackOf('django', 'djangorestframework', 'django-allauth'), catalog);
    expect(wires(wired)).toContain('n2-django-allauth.auth -> n0-django.auth');
    expect(wires(wired)).not.toContain('n2-django-allauth.auth -> n1-djangorestframework.auth');
  });

  it('fills a required input from the only service that provides it, and one service feeds several consumers', () => {
    const wired = autoWire(stackOf('django', 'celery', 'django-redis', 'redis-server'), catalog);
    expect(wires(wired)).toEqual([
      'n1-celery.tasks -> n0-django.tasks',
      'n2-django-redis.cache -> n0-django.cache',
      'n3-redis-server.broker -> n1-celery.broker',
      'n3-redis-server.redis -> n2-django-redis.redis',
    ]);
  });

  it('leaves a required input empty when two services could fill it', () => {
    const wired = autoWire(stackOf('celery', 'redis-server', 'rabbitmq'), catalog);
    expect(wired.edges).toEqual([]);
  });

  it('never wires a second provider into an input that takes only one', () => {
    const diagram = stackOf('django', 'django-redis', 'redis-server');
    diagram.edges = [
      {
        id: 'x',
        source: 'n1-django-redis',
        sourcePort: 'cache',
        target: 'n0-django',
        targetPort: 'cache',
        role: 'cache',
      },
    ];
    const once = autoWire(diagram, catalog);
    expect(once.edges.filter((e) => e.targetPort === 'cache')).toHaveLength(1);
    expect(autoWire(once, catalog)).toEqual(once);
  });

  it('keeps unknown packages and hand-made edges as they are', () => {
    const diagram = stackOf('django', 'not-in-catalog');
    expect(autoWire(diagram, catalog)).toEqual(diagram);
  });
});

describe('autoLayout', () => {
  it('puts services left of the packages they feed and the hub right of everything', async () => {
    const wired = autoWire(
      stackOf('django', 'celery', 'django-redis', 'redis-server', 'djangorestframework', 'django-rest-knox'),
      catalog,
    );
    const laidOut = await autoLayout(wired, catalog);
    const x = Object.fromEntries(laidOut.nodes.map((n) => [n.package, n.position.x]));
    expect(x['redis-server']).toBeLessThan(x['django-redis']!);
    expect(x['redis-server']).toBeLessThan(x['celery']!);
    expect(x['django-rest-knox']).toBeLessThan(x['djangorestframework']!);
    for (const name of Object.keys(x)) if (name !== 'django') expect(x[name]).toBeLessThan(x['django']!);
    expect(laidOut.edges).toEqual(wired.edges);
  });

  it('snaps positions to the grid and gives no two nodes the same place', async () => {
    const laidOut = await autoLayout(stackOf('django', 'djangorestframework', 'django-allauth', 'celery'), catalog);
    const places = laidOut.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(places).size).toBe(places.length);
    for (const n of laidOut.nodes) expect([n.position.x % 16, n.position.y % 16]).toEqual([0, 0]);
  });
});
