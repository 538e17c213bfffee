/**
 * `djstack import`: a diagram from an existing requirements.txt. Known packages become nodes
 * wired by role (through auto-wire, so every edge passes checkConnection), with the Django hub
 * and the services their required inputs need; unknown lines become unknown-package nodes;
 * `==` pins become node pins. Lines pip would refuse are reported, never guessed.
 */
import type { Catalog } from '../catalog/catalog';
import { autoWire } from '../diagram/auto-wire';
import { addEdge } from '../diagram/ops';
import { DEFAULT_TARGET, emptyDiagram, type Diagram, type DiagramNode, type Target } from '../diagram/model';
import { parseRequirements, type ParseRequirementsOptions } from '../requirements/parse';
import { layeredLayout } from './layout';

export interface ImportOptions extends Pick<ParseRequirementsOptions, 'file' | 'readInclude'> {
  /** "3.2"; default: the major.minor of a pinned Django, else the app's default target. */
  django?: string;
  python?: string;
  /**
   * Services to place as well (requirements files never name them), wired into every empty
   * input of their roles, optional ones included: `['redis-server']` for constance's Redis.
   */
  services?: string[];
}

export interface ImportResult {
  diagram: Diagram;
  /** Packages the catalog does not know (kept as unknown-package nodes). */
  unknown: string[];
  /** Services added because a package's required input needs one (celery's broker). */
  addedServices: string[];
  /** Lines that were skipped or not fully understood, with their line numbers. */
  notes: string[];
}

function majorMinor(version: string | null | undefined): string | undefined {
  const match = version ? /^(\d+)\.(\d+)/.exec(version) : null;
  return match ? `${match[1]}.${match[2]}` : undefined;
}

function addServices(diagram: Diagram, catalog: Catalog): string[] {
  const added: string[] = [];
  for (const node of [...diagram.nodes]) {
    const pkg = catalog.get(node.package);
    for (const port of pkg?.needs ?? []) {
      if (!port.required) continue;
      const onCanvas = diagram.nodes.some(
        (other) => other.id !== node.id && catalog.get(other.package)?.provides.some((p) => p.role === port.role),
      );
      if (onCanvas) continue;
      const services = catalog.providersOf(port.role).filter((p) => p.kind === 'service');
      const choice =
        port.suggest.map((name) => catalog.get(name)).find((p) => p?.kind === 'service') ??
        (services.length === 1 ? services[0] : undefined);
      if (!choice || diagram.nodes.some((n) => n.id === choice.name)) continue;
      diagram.nodes.push({ id: choice.name, package: choice.name, position: { x: 0, y: 0 } });
      added.push(choice.name);
    }
  }
  return added;
}

function placeServices(diagram: Diagram, catalog: Catalog, names: readonly string[], notes: string[]): string[] {
  const placed: string[] = [];
  for (const name of names) {
    const pkg = catalog.get(name);
    if (pkg?.kind !== 'service') {
      notes.push(`--service ${name}: not a service of the catalog`);
      continue;
    }
    if (diagram.nodes.some((n) => n.id === pkg.name)) continue;
    diagram.nodes.push({ id: pkg.name, package: pkg.name, position: { x: 0, y: 0 } });
    placed.push(pkg.name);
  }
  return placed;
}

/** Wires each named service into every still-empty input of a role it provides. */
function wireServices(diagram: Diagram, catalog: Catalog, services: readonly string[]): Diagram {
  let next = diagram;
  for (const serviceId of services) {
    const service = catalog.get(serviceId)!;
    for (const node of next.nodes) {
      for (const port of catalog.get(node.package)?.needs ?? []) {
        if (!service.provides.some((p) => p.role === port.role)) continue;
        if (next.edges.some((e) => e.target === node.id && e.targetPort === port.role)) continue;
        next = addEdge(next, catalog, {
          source: serviceId,
          sourcePort: port.role,
          target: node.id,
          targetPort: port.role,
        }).diagram;
      }
    }
  }
  return next;
}

/** Builds a wired, laid-out diagram from requirements.txt text. Never throws on bad input. */
export function importRequirements(text: string, catalog: Catalog, options: ImportOptions = {}): ImportResult {
  const parsed = parseRequirements(text, { file: options.file, readInclude: options.readInclude });
  const notes = parsed.issues.map((issue) => `${issue.source.file}:${issue.source.line}: ${issue.message}`);
  const nodes: DiagramNode[] = [];
  const unknown: string[] = [];
  for (const requirement of parsed.requirements) {
    const where = `${requirement.source.file}:${requirement.source.line}`;
    if (!requirement.normalizedName) {
      notes.push(`${where}: skipped "${requirement.source.text}": no project name to place on the canvas`);
      continue;
    }
    const pkg = catalog.get(requirement.normalizedName);
    const id = pkg?.name ?? requirement.normalizedName;
    if (nodes.some((n) => n.id === id)) {
      notes.push(`${where}: ${id} is listed twice; the first line wins`);
      continue;
    }
    if (pkg?.kind === 'service') {
      notes.push(`${where}: ${id} is a service, not a Python package; added as a service`);
    }
    const node: DiagramNode = { id, package: id, position: { x: 0, y: 0 } };
    if (requirement.pinned) node.pin = requirement.pinned;
    else if (requirement.specifier)
      notes.push(`${where}: ${id}${requirement.specifier} is a range; the resolver picks the version`);
    if (!pkg) unknown.push(id);
    nodes.push(node);
  }
  const djangoNode = nodes.find((n) => n.id === 'django');
  const target: Target = {
    django: options.django ?? majorMinor(djangoNode?.pin) ?? DEFAULT_TARGET.django,
    python: options.python ?? DEFAULT_TARGET.python,
  };
  let diagram = emptyDiagram(target);
  diagram.nodes = nodes;
  if (!djangoNode && catalog.get('django'))
    diagram.nodes.unshift({ id: 'django', package: 'django', position: { x: 0, y: 0 } });
  const extra = placeServices(diagram, catalog, options.services ?? [], notes);
  const addedServices = [...extra, ...addServices(diagram, catalog)];
  diagram = autoWire(diagram, catalog);
  diagram = wireServices(diagram, catalog, extra);
  diagram = layeredLayout(diagram, catalog);
  return { diagram, unknown, addedServices, notes };
}
