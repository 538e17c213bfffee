/**
 * `djstack import`: a diagram from an existing requirements.txt. Known packages become nodes
 * wired by role (through auto-wire, so every edge passes checkConnection), with the Django hub
 * and the services their required inputs need; unknown packages become unknown-package nodes;
 * `==` pins become node pins; each node keeps its requirement as written, and the diagram keeps
 * the file line by line so that export writes back the same meaning. Lines pip would refuse are
 * reported and kept as written, never guessed.
 */
import type { Catalog } from '../catalog/catalog';
import { autoWire } from '../diagram/auto-wire';
import { addEdge } from '../diagram/ops';
import { importTargetPython } from './target-python';
import { DEFAULT_TARGET, emptyDiagram, type Diagram, type DiagramNode, type Target } from '../diagram/model';
import { pinnedVersion } from '../requirements/parse';
import { layeredLayout } from './layout';
import { mergeRequirementLines } from './node-requirement';
import { readRequirementsFile, type IncludeReader, type KeptRequirement } from './requirements-file';

export interface ImportOptions {
  /** The file's name, for messages and includes. Default `requirements.txt`. */
  file?: string;
  /** Reads `-r`/`-c` includes by their path relative to the file's folder; without it they are not followed. */
  readInclude?: IncludeReader;
  /** Follow includes outside the file's folder tree. */
  allowIncludeOutside?: boolean;
  /** Keep the file line by line in the diagram, for a lossless export (default true). */
  keepFile?: boolean;
  /** "3.2"; default: the major.minor of a pinned Django, else the app's default target. */
  django?: string;
  /** "3.12"; default: from `requiresPython`, else what the project's Django line supports (target-python.ts). */
  python?: string;
  /** The Python the file says the project runs on (a PEP 440 specifier), for the default target. */
  requiresPython?: string;
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
  /** Lines that were skipped or not fully understood, merged duplicates, redacted credentials. */
  notes: string[];
  /** `-r`/`-c` includes that could not be read, each with why: the caller decides whether to go on. */
  missingIncludes: string[];
  /** Environment variables that now stand for credentials found in URLs. */
  redacted: string[];
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

/** Builds a wired, laid-out diagram from requirements.txt text, keeping the file for a lossless export. Never throws. */
export function importRequirements(text: string, catalog: Catalog, options: ImportOptions = {}): ImportResult {
  const read = readRequirementsFile(text, {
    file: options.file ?? 'requirements.txt',
    readInclude: options.readInclude,
    allowIncludeOutside: options.allowIncludeOutside,
  });
  const notes = [...read.notes];
  const byPackage = new Map<string, KeptRequirement[]>();
  for (const kept of read.requirements) {
    const name = kept.parsed.normalizedName!;
    const id = catalog.get(name)?.name ?? name;
    byPackage.set(id, [...(byPackage.get(id) ?? []), kept]);
  }
  const nodes: DiagramNode[] = [];
  const unknown: string[] = [];
  for (const [id, lines] of byPackage) {
    const pkg = catalog.get(id);
    const where = `${lines[0]!.file}:${lines[0]!.line}`;
    if (pkg?.kind === 'service') notes.push(`${where}: ${id} is a service, not a Python package; added as a service`);
    const requirement = mergeRequirementLines(lines);
    if (lines.length > 1) {
      const at = lines.map((l) => `${l.file}:${l.line}`).join(', ');
      const markers = new Set(lines.map((l) => l.parsed.marker ?? ''));
      notes.push(
        markers.size > 1
          ? `${id} is listed ${lines.length} times (${at}) with different markers; every line is written back, the check uses the first marker`
          : `${id} is listed ${lines.length} times (${at}); merged: extras [${(requirement.extras ?? []).join(',')}], versions "${requirement.specifier ?? 'any'}"`,
      );
    }
    const node: DiagramNode = { id, package: id, position: { x: 0, y: 0 }, requirement };
    const pin = pinnedVersion(lines.flatMap((l) => l.parsed.specifiers).filter(uniqueClause()));
    if (pin) node.pin = pin;
    if (!pkg) unknown.push(id);
    nodes.push(node);
  }
  const djangoNode = nodes.find((n) => n.id === 'django');
  // The first line naming Django says which Django the project runs (a pin, else a range's floor).
  const djangoClauses = byPackage.get('django')?.[0]?.parsed.specifiers ?? [];
  const djangoHint = djangoClauses.find((c) => ['==', '===', '~=', '>='].includes(c.operator))?.version;
  const django = options.django ?? majorMinor(djangoHint) ?? DEFAULT_TARGET.django;
  const target: Target = {
    django,
    python: options.python ?? importTargetPython(catalog, django, options.requiresPython),
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
  if (options.keepFile !== false) {
    const listed = new Set(byPackage.keys());
    diagram.requirementsFile = {
      ...(read.newline === '\r\n' ? { newline: read.newline } : {}),
      added: diagram.nodes.filter((n) => !listed.has(n.id)).map((n) => n.id),
      files: read.files,
    };
  } else {
    for (const node of diagram.nodes) delete node.requirement;
  }
  return { diagram, unknown, addedServices, notes, missingIncludes: read.missing, redacted: read.redacted };
}

/** A filter keeping the first of equal version clauses (`==1.0` written twice pins once). */
function uniqueClause(): (clause: { operator: string; version: string }) => boolean {
  const seen = new Set<string>();
  return (clause) => {
    const key = `${clause.operator}${clause.version}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}
