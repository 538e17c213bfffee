import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { importRequirements } from './requirements';

const catalog = defaultCatalog();

describe('importRequirements', () => {
  it('knox with DRF: knox wired into DRF, DRF into the Django hub it adds, pins kept', () => {
    const { diagram, unknown } = importRequirements('djangorestframework==3.14.0\ndjango-rest-knox==4.2.0\n', catalog, {
      django: '3.2',
      python: '3.11',
    });
    expect(unknown).toEqual([]);
    expect(diagram.nodes.map((n) => [n.package, n.pin])).toEqual([
      ['django', undefined],
      ['djangorestframework', '3.14.0'],
      ['django-rest-knox', '4.2.0'],
    ]);
    expect(diagram.edges.map((e) => e.id).sort()).toEqual([
      'django-rest-knox.auth-djangorestframework.auth',
      'djangorestframework.api-django.api',
    ]);
  });

  it('takes the target from a pinned Django, keeps unknown lines as unknown nodes and reports what it skips', () => {
    const text =
      'Django==4.2.30\n# a comment\nmy-internal-lib>=2\n--index-url https://example.org/simple\nhttps://example.org/pkg.zip\nDjango==4.2.1\n';
    const result = importRequirements(text, catalog, { python: '3.12' });
    expect(result.diagram.target).toEqual({ django: '4.2', python: '3.12' });
    expect(result.unknown).toEqual(['my-internal-lib']);
    expect(result.notes.some((note) => note.includes('django is listed 2 times'))).toBe(true);
    expect(result.notes.some((note) => note.includes('without a project name is kept as written'))).toBe(true);
    expect(result.diagram.nodes.find((n) => n.id === 'my-internal-lib')?.requirement?.specifier).toBe('>=2');
  });

  it('lays nodes out in role layers, services left and Django right, the same way every time', () => {
    const text = 'celery==5.2.6\ndjango-redis==5.2.0\n';
    const first = importRequirements(text, catalog, { django: '3.2', python: '3.11' }).diagram;
    const x = (pkg: string) => first.nodes.find((n) => n.package === pkg)!.position.x;
    expect(x('redis-server')).toBeLessThan(x('celery'));
    expect(x('celery')).toBeLessThan(x('django'));
    expect(importRequirements(text, catalog, { django: '3.2', python: '3.11' }).diagram).toEqual(first);
    const positions = first.nodes.map((n) => `${n.position.x},${n.position.y}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('extra services are wired into optional inputs too (constance keeps its settings in Redis)', () => {
    const { diagram } = importRequirements('django-constance==2.9.1\n', catalog, {
      django: '3.2',
      python: '3.11',
      services: ['redis-server'],
    });
    expect(diagram.edges.map((e) => e.id)).toContain('redis-server.redis-django-constance.redis');
  });

  it('never throws on garbage', () => {
    for (const text of ['\u0000\u0001', '-r missing.txt', '===', 'a'.repeat(10_000), '-e .', '\\\n\\\n']) {
      expect(() => importRequirements(text, catalog)).not.toThrow();
    }
  });
});
