/**
 * Scenarios from issue 14 as a new user met them: JWT auto-wired to Django's Auth, the
 * "replace with successor" fix keeping that wire, duplicates that raised no problem.
 */
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { analyze } from './analyze';
import { applyFix } from './fixes';
import { stackOf } from './testing';

const catalog = defaultCatalog();
const wires = (diagram: Diagram) =>
  diagram.edges.map((e) => `${e.source}.${e.sourcePort} -> ${e.target}.${e.targetPort}`).sort();
const codes = (diagram: Diagram) => analyze(diagram, catalog).problems.map((p) => p.code);

describe('a DRF auth plugin is wired to DRF', () => {
  it('auto-wire sends djangorestframework-jwt to DRF, not to Django', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'djangorestframework-jwt');
    expect(wires(diagram)).toContain('djangorestframework-jwt-1.auth -> djangorestframework-1.auth');
    expect(wires(diagram)).not.toContain('djangorestframework-jwt-1.auth -> django-1.auth');
  });

  it('replacing JWT wired into Django by Simple JWT moves the wire to DRF', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'djangorestframework-jwt', { unwired: true });
    diagram.edges = [
      {
        id: 'a',
        source: 'djangorestframework-1',
        sourcePort: 'api',
        target: 'django-1',
        targetPort: 'api',
        role: 'api',
      },
      {
        id: 'b',
        source: 'djangorestframework-jwt-1',
        sourcePort: 'auth',
        target: 'django-1',
        targetPort: 'auth',
        role: 'auth',
      },
    ];
    const deprecated = analyze(diagram, catalog).problems.find((p) => p.code === 'deprecated')!;
    expect(deprecated.fix!.label).toMatch(/simplejwt/i);
    const fixed = applyFix(diagram, catalog, deprecated.fix!);
    const jwt = fixed.nodes.find((n) => n.package === 'djangorestframework-simplejwt')!;
    expect(wires(fixed)).toContain(`${jwt.id}.auth -> djangorestframework-1.auth`);
    expect(codes(fixed)).not.toContain('wrong-host');
  });

  it('a JWT plugin wired into Django is a wrong-host warning whose fix moves the wire', () => {
    const diagram = stackOf(catalog, 'django', 'djangorestframework', 'djangorestframework-simplejwt', {
      unwired: true,
    });
    diagram.edges = [
      {
        id: 'b',
        source: 'djangorestframework-simplejwt-1',
        sourcePort: 'auth',
        target: 'django-1',
        targetPort: 'auth',
        role: 'auth',
      },
    ];
    const problem = analyze(diagram, catalog).problems.find((p) => p.code === 'wrong-host')!;
    expect(problem.severity).toBe('warning');
    expect(problem.message).toMatch(/Simple JWT is wired into Django's Auth input/);
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(wires(fixed)).toEqual(['djangorestframework-simplejwt-1.auth -> djangorestframework-1.auth']);
  });
});

describe('duplicate-package', () => {
  it('two redis-py nodes are a problem; the merge keeps the wires of both', () => {
    const diagram = stackOf(catalog, 'django', 'redis', 'redis-server', 'redis', { unwired: true });
    diagram.nodes[3] = { ...diagram.nodes[3]!, id: 'redis-2' };
    diagram.edges = [
      { id: 'e', source: 'redis-server-1', sourcePort: 'redis', target: 'redis-2', targetPort: 'redis', role: 'redis' },
    ];
    const problem = analyze(diagram, catalog).problems.find((p) => p.code === 'duplicate-package')!;
    expect(problem.nodes).toEqual(['redis-1', 'redis-2']);
    const fixed = applyFix(diagram, catalog, problem.fix!);
    expect(fixed.nodes.map((n) => n.id)).toEqual(['django-1', 'redis-1', 'redis-server-1']);
    expect(wires(fixed)).toEqual(['redis-server-1.redis -> redis-1.redis']);
    expect(codes(fixed)).not.toContain('duplicate-package');
  });

  it('sixteen Django nodes are one problem naming all sixteen', () => {
    const diagram = stackOf(catalog, 'django', { unwired: true });
    for (let i = 2; i <= 16; i++)
      diagram.nodes.push({ id: `django-${i}`, package: 'django', position: { x: i * 300, y: 0 } });
    const problems = analyze(diagram, catalog).problems.filter((p) => p.code === 'duplicate-package');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.nodes).toHaveLength(16);
  });
});
