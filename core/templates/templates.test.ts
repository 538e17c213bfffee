import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { analyze } from '../check/analyze';
import { checkConnection } from '../diagram/connect';
import { parseDjstack, serializeDjstack } from '../format/djstack';
import { diagramOfStarter, STARTER_STACKS } from './templates';

const catalog = defaultCatalog();

describe.each(STARTER_STACKS.map((stack) => [stack.title, stack] as const))('starter stack %s', (_title, stack) => {
  const diagram = diagramOfStarter(stack);

  it('uses only catalog packages', () => {
    for (const node of diagram.nodes) expect(catalog.get(node.package), node.package).toBeDefined();
  });

  it('has every edge allowed by the wiring rules, each added in turn', () => {
    let built = { ...diagram, edges: [] as typeof diagram.edges };
    for (const edge of diagram.edges) {
      const verdict = checkConnection(built, catalog, edge);
      expect(verdict, `${edge.id}`).toEqual({ ok: true, role: edge.role });
      built = { ...built, edges: [...built.edges, edge] };
    }
  });

  it('leaves no package unwired', () => {
    for (const node of diagram.nodes) {
      expect(
        diagram.edges.some((edge) => edge.source === node.id || edge.target === node.id),
        node.id,
      ).toBe(true);
    }
  });

  it('has no problem for its target but the undeclared ones it names, and resolves every package', () => {
    const analysis = analyze(diagram, catalog);
    // django-rest-knox's newest readable release declares Django up to 5.0; it installs on 5.2.
    const undeclared = stack.id === 'saas' ? ['django-rest-knox'] : [];
    expect(analysis.problems.map((problem) => `${problem.code}: ${problem.packages.join(',')}`)).toEqual(
      undeclared.map((name) => `undeclared-target: ${name}`),
    );
    expect(analysis.resolution.ok).toBe(true);
  });

  it('is a valid .djstack document', () => {
    const parsed = parseDjstack(serializeDjstack(diagram));
    expect(parsed.ok && parsed.diagram).toEqual(diagram);
  });
});

it('gives a fresh copy each time, so editing one never changes the template', () => {
  const first = diagramOfStarter(STARTER_STACKS[0]!);
  first.nodes[0]!.position.x = 9999;
  expect(diagramOfStarter(STARTER_STACKS[0]!).nodes[0]!.position.x).not.toBe(9999);
});

it("SaaS leaves redis-py off the canvas: django-redis (and Celery's kombu) install it", () => {
  const saas = diagramOfStarter(STARTER_STACKS.find((stack) => stack.id === 'saas')!);
  expect(saas.nodes.map((node) => node.package)).not.toContain('redis');
  const { resolution } = analyze(saas, catalog);
  expect(resolution.implicit['redis']).toEqual(['django-redis', 'kombu']);
  expect(resolution.packages['redis']).toMatch(/^\d/);
});
