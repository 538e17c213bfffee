import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { addNode } from '../diagram/ops';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { freeSpot, nodesBounds, nodeSize } from './geometry';

const catalog = defaultCatalog();

function boxesOverlap(diagram: Diagram): string[] {
  const overlaps: string[] = [];
  diagram.nodes.forEach((a, i) =>
    diagram.nodes.slice(i + 1).forEach((b) => {
      const sa = nodeSize(catalog, a.package);
      const sb = nodeSize(catalog, b.package);
      const apart =
        a.position.x + sa.width <= b.position.x ||
        b.position.x + sb.width <= a.position.x ||
        a.position.y + sa.height <= b.position.y ||
        b.position.y + sb.height <= a.position.y;
      if (!apart) overlaps.push(`${a.id} × ${b.id}`);
    }),
  );
  return overlaps;
}

describe('placement', () => {
  const names = catalog.packages.slice(0, 24).map((pkg) => pkg.name);

  it('packages added one after another never overlap, the tall Django node included', () => {
    let diagram = addNode(emptyDiagram(), catalog, 'django').diagram;
    for (const name of names)
      diagram = addNode(diagram, catalog, name, { at: freeSpot(diagram, catalog, name) }).diagram;
    expect(boxesOverlap(diagram)).toEqual([]);
  });

  it('twelve added packages fill a block, not one column (Fit view keeps them legible)', () => {
    let diagram = emptyDiagram();
    for (const name of names.slice(0, 12))
      diagram = addNode(diagram, catalog, name, { at: freeSpot(diagram, catalog, name) }).diagram;
    const xs = new Set(diagram.nodes.map((n) => n.position.x));
    const ys = diagram.nodes.map((n) => n.position.y);
    expect(xs.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...ys) - Math.min(...ys)).toBeLessThan(1200);
  });

  it('the spot respects sizes the canvas measured', () => {
    const diagram = emptyDiagram();
    diagram.nodes = [{ id: 'big', package: 'celery', position: { x: 0, y: 0 } }];
    const spot = freeSpot(diagram, catalog, 'redis', { x: 0, y: 0 }, { sizes: { big: { width: 2000, height: 2000 } } });
    expect(spot.x >= 2000 || spot.y >= 2000 || spot.x + 240 <= 0 || spot.y < 0).toBe(true);
  });
});

describe('nodesBounds', () => {
  it('holds every node at its size, and is null for no nodes', () => {
    const nodes = [
      { id: 'a', position: { x: -100, y: 40 } },
      { id: 'b', position: { x: 500, y: -20 } },
    ];
    const sizes: Record<string, { width: number; height: number }> = {
      a: { width: 240, height: 100 },
      b: { width: 240, height: 300 },
    };
    expect(nodesBounds(nodes, (node) => sizes[node.id]!)).toEqual({ x: -100, y: -20, width: 840, height: 300 });
    expect(nodesBounds([], () => ({ width: 1, height: 1 }))).toBeNull();
  });
});
