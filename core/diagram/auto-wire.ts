/**
 * Auto-wire: connects every provider → consumer pair that has one obvious answer, so that a
 * user who drops packages on the canvas does not have to draw the edges a reviewer would
 * draw anyway. Every edge is added by `addEdge`, so it passes through `checkConnection`.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram, DiagramNode } from './model';
import { hostsOf } from './hosts';
import { addEdge } from './ops';
import { portsOf } from './ports';

/** The package that every other package plugs into; it takes what no other consumer claims. */
const HUB = 'django';

function connect(diagram: Diagram, catalog: Catalog, source: DiagramNode, role: string, target: DiagramNode): Diagram {
  return addEdge(diagram, catalog, { source: source.id, sourcePort: role, target: target.id, targetPort: role })
    .diagram;
}

function inputsTaking(diagram: Diagram, catalog: Catalog, role: string, except: string): DiagramNode[] {
  return diagram.nodes.filter((node) => {
    if (node.id === except) return false;
    const pkg = catalog.get(node.package);
    return !!pkg && portsOf(pkg, catalog).inputs.some((port) => port.role === role);
  });
}

function isWired(diagram: Diagram, node: string, port: string, direction: 'in' | 'out'): boolean {
  return diagram.edges.some((edge) =>
    direction === 'out'
      ? edge.source === node && edge.sourcePort === port
      : edge.target === node && edge.targetPort === port,
  );
}

/**
 * Returns the diagram with every unambiguous edge added:
 * 1. a package's unwired output goes to its most specific host on the canvas (`hostsOf`: a DRF
 *    auth plugin to DRF's Auth, knox → DRF, beat → Celery), else to its only possible consumer,
 *    else to the Django hub;
 * 2. a required input that is still empty takes the only provider of its role on the canvas
 *    (celery's broker ← the one Redis service).
 * Services are wired only through rule 2, so an optional input never gets a service by guess.
 */
export function autoWire(diagram: Diagram, catalog: Catalog): Diagram {
  let next = diagram;
  for (const node of diagram.nodes) {
    const pkg = catalog.get(node.package);
    if (!pkg || pkg.kind === 'service') continue;
    for (const output of portsOf(pkg, catalog).outputs) {
      if (isWired(next, node.id, output.id, 'out')) continue;
      const consumers = inputsTaking(next, catalog, output.role, node.id);
      const nameOf = (consumer: DiagramNode) => catalog.get(consumer.package)!.name;
      const host = hostsOf(catalog, pkg.name, output.role).find((name) => consumers.some((c) => nameOf(c) === name));
      const hub = consumers.filter((consumer) => nameOf(consumer) === HUB);
      const targets = host
        ? consumers.filter((consumer) => nameOf(consumer) === host)
        : consumers.length === 1
          ? consumers
          : hub.length === 1
            ? hub
            : [];
      for (const target of targets) next = connect(next, catalog, node, output.role, target);
    }
  }
  for (const node of next.nodes) {
    const pkg = catalog.get(node.package);
    if (!pkg) continue;
    for (const input of portsOf(pkg, catalog).inputs) {
      if (!input.required || isWired(next, node.id, input.id, 'in')) continue;
      const providers = next.nodes.filter((other) => {
        const otherPkg = other.id !== node.id ? catalog.get(other.package) : undefined;
        return !!otherPkg && otherPkg.provides.some((port) => port.role === input.role);
      });
      if (providers.length === 1) next = connect(next, catalog, providers[0]!, input.role, node);
    }
  }
  return next;
}
