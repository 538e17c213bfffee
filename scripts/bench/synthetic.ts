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

/**
 * A hostile diagram of `count` nodes (issue 17, finding 7): every catalog package many times
 * over, each copy pinned to another of its releases (so pins clash within and across packages),
 * some with ranges from a requirement line instead, and dense wiring: each node wired to the
 * last few nodes that take each of its roles, duplicate edges included. It reads only the
 * catalog's packages (the e2e test passes the package files as they are).
 */
export function hostileDiagram(catalog: Pick<Catalog, 'packages'>, count: number): Diagram {
  const diagram = emptyDiagram();
  const packages = catalog.packages;
  const columns = Math.ceil(Math.sqrt(count));
  const consumersByRole = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const pkg = packages[i % packages.length]!;
    const id = `n${i}`;
    const round = Math.floor(i / packages.length);
    const release = pkg.releases.length > 0 ? pkg.releases[(round * 7 + i) % pkg.releases.length] : undefined;
    diagram.nodes.push({
      id,
      package: pkg.name,
      position: { x: (i % columns) * 280, y: Math.floor(i / columns) * 180 },
      ...(release && round % 3 !== 2 ? { pin: release.version } : {}),
      ...(release && round % 3 === 2 ? { requirement: { specifier: `>=${release.version}` } } : {}),
    });
    for (const port of pkg.provides) {
      for (const consumer of (consumersByRole.get(port.role) ?? []).slice(-3))
        diagram.edges.push({
          id: `e${diagram.edges.length}`,
          source: id,
          sourcePort: port.role,
          target: consumer,
          targetPort: port.role,
          role: port.role,
        });
    }
    for (const port of pkg.needs) {
      const list = consumersByRole.get(port.role) ?? [];
      list.push(id);
      consumersByRole.set(port.role, list);
    }
  }
  return diagram;
}
