import type { Catalog } from '../../core/catalog/catalog';
import { emptyDiagram, type Diagram } from '../../core/diagram/model';

/**
 * A diagram of `count` nodes cycling through the catalog, laid out on a grid, each node wired
 * to an earlier node that takes one of its roles: a worst case for the canvas and the checks.
 */
export function syntheticDiagram(catalog: Catalog, count: number): Diagram {
  const diagram = emptyDiagram();
  const packages = catalog.packages;
  const columns = Math.ceil(Math.sqrt(count));
  const consumersByRole = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const pkg = packages[i % packages.length]!;
    const id = `n${i}`;
    diagram.nodes.push({
      id,
      package: pkg.name,
      position: { x: (i % columns) * 280, y: Math.floor(i / columns) * 180 },
    });
    for (const port of pkg.provides) {
      const consumer = consumersByRole.get(port.role)?.at(-1);
      if (consumer)
        diagram.edges.push({
          id: `e${diagram.edges.length}`,
          source: id,
          sourcePort: port.role,
          target: consumer,
          targetPort: port.role,
          role: port.role,
        });
    }
    for (const port of pkg.needs) consumersByRole.set(port.role, [...(consumersByRole.get(port.role) ?? []), id]);
  }
  return diagram;
}
