import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { resolveDiagram, resolverSolveCount } from './resolve';

const catalog = defaultCatalog();

/** `count` nodes of a few packages, each copy pinned to another release: pins clash everywhere. */
function clashingPins(count: number): Diagram {
  const diagram = emptyDiagram();
  const names = ['django', 'djangorestframework', 'celery', 'django-redis'];
  for (let i = 0; i < count; i++) {
    const pkg = catalog.get(names[i % names.length]!)!;
    const release = pkg.releases[Math.floor(i / names.length) % pkg.releases.length]!;
    diagram.nodes.push({ id: `n${i}`, package: pkg.name, position: { x: 0, y: 0 }, pin: release.version });
  }
  return diagram;
}

function solvesFor(diagram: Diagram): number {
  const before = resolverSolveCount();
  const resolution = resolveDiagram(diagram, catalog);
  expect(resolution.failures.some((f) => f.kind === 'clash')).toBe(true);
  return resolverSolveCount() - before;
}

describe('resolver work on diagrams with thousands of clashing pins (issue 17, finding 7)', () => {
  it('grows far slower than the number of pins: twice the nodes, not twice the solves', () => {
    const small = solvesFor(clashingPins(400));
    const large = solvesFor(clashingPins(800));
    // The one-at-a-time deletion filter solved once per constraint: 800 nodes took about twice
    // the solves of 400. Dropping runs of constraints at once costs O(k log n).
    expect(large).toBeLessThan(small * 1.5);
    expect(large).toBeLessThan(200);
  });
});
