/**
 * What changed between two diagrams, in the words of a code review: packages added and
 * removed, pins and resolved versions changed, wiring changed, the target changed, and layout
 * changes counted rather than listed.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';

export interface VersionChange {
  /** The node's package as written, with its id when the diagram has several nodes of it. */
  package: string;
  before: string | null;
  after: string | null;
}

export interface PackageEntry {
  package: string;
  pin: string | null;
  /** The version the resolver chose, or null (a service, an unknown package, no fit). */
  resolved: string | null;
  /** False for packages the local catalog does not know. */
  known: boolean;
}

export interface WireEntry {
  from: string;
  to: string;
  role: string;
  /** Set when a port id differs from the role. */
  ports?: { source: string; target: string };
}

export interface FieldChange {
  /** `diagram`, or the package label of a node or a wire's text. */
  where: string;
  field: string;
}

export interface DiagramDiff {
  target: { field: string; before: string | null; after: string | null }[];
  catalog: { before: string | null; after: string | null } | null;
  added: PackageEntry[];
  removed: PackageEntry[];
  pins: VersionChange[];
  versions: VersionChange[];
  options: { package: string; keys: string[] }[];
  wiresAdded: WireEntry[];
  wiresRemoved: WireEntry[];
  /** Nodes present in both whose position changed. */
  moved: number;
  /** Fields this version of the app does not know (kept from newer apps or hand edits). */
  otherFields: FieldChange[];
}

const NODE_FIELDS = new Set(['id', 'package', 'position', 'pin', 'options']);
const EDGE_FIELDS = new Set(['id', 'source', 'sourcePort', 'target', 'targetPort', 'role']);
const DOCUMENT_FIELDS = new Set(['format', 'version', 'catalog', 'target', 'nodes', 'edges']);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A display label per node: the package name, plus the id when a package appears twice. */
function labels(diagram: Diagram): Map<string, string> {
  const count = new Map<string, number>();
  for (const node of diagram.nodes) count.set(node.package, (count.get(node.package) ?? 0) + 1);
  return new Map(
    diagram.nodes.map((node) => [
      node.id,
      count.get(node.package)! > 1 ? `${node.package} (${node.id})` : node.package,
    ]),
  );
}

/**
 * Pairs nodes of the two diagrams: by id first (ids are stable across saves), then remaining
 * nodes by package, so that a node deleted and re-added is not reported as a change.
 */
function pairNodes(
  before: Diagram,
  after: Diagram,
): { pairs: [DiagramNode, DiagramNode][]; removed: DiagramNode[]; added: DiagramNode[] } {
  const pairs: [DiagramNode, DiagramNode][] = [];
  const afterById = new Map(after.nodes.map((node) => [node.id, node]));
  const unpairedBefore: DiagramNode[] = [];
  const used = new Set<DiagramNode>();
  for (const node of before.nodes) {
    const match = afterById.get(node.id);
    if (match && match.package === node.package) {
      pairs.push([node, match]);
      used.add(match);
    } else {
      unpairedBefore.push(node);
    }
  }
  const removed: DiagramNode[] = [];
  for (const node of unpairedBefore) {
    const match = after.nodes.find((candidate) => !used.has(candidate) && candidate.package === node.package);
    if (match) {
      pairs.push([node, match]);
      used.add(match);
    } else {
      removed.push(node);
    }
  }
  return { pairs, removed, added: after.nodes.filter((node) => !used.has(node)) };
}

function resolvedVersions(diagram: Diagram, catalog: Catalog): Record<string, string> {
  try {
    return resolveDiagram(diagram, catalog).nodes;
  } catch {
    // A diff must still show the structural changes when resolution is impossible.
    return {};
  }
}

function wireKey(wire: WireEntry): string {
  return JSON.stringify([wire.from, wire.to, wire.role, wire.ports?.source ?? '', wire.ports?.target ?? '']);
}

function wires(diagram: Diagram, label: Map<string, string>): Map<string, WireEntry[]> {
  const byKey = new Map<string, WireEntry[]>();
  for (const edge of diagram.edges) {
    const wire = wireOf(edge, (id) => label.get(id) ?? id);
    const key = wireKey(wire);
    byKey.set(key, [...(byKey.get(key) ?? []), wire]);
  }
  return byKey;
}

function wireOf(edge: DiagramEdge, label: (id: string) => string): WireEntry {
  const wire: WireEntry = { from: label(edge.source), to: label(edge.target), role: edge.role };
  if (edge.sourcePort !== edge.role || edge.targetPort !== edge.role)
    wire.ports = { source: edge.sourcePort, target: edge.targetPort };
  return wire;
}

/** Wires present (counting duplicates) in `a` but not in `b`. */
function missingFrom(a: Map<string, WireEntry[]>, b: Map<string, WireEntry[]>): WireEntry[] {
  return [...a].flatMap(([key, list]) => list.slice(b.get(key)?.length ?? 0));
}

function otherFieldChanges(where: string, before: object, after: object, known: Set<string>): FieldChange[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)].filter((key) => !known.has(key)));
  const read = (object: object, key: string) =>
    Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
  return [...keys].filter((key) => !same(read(before, key), read(after, key))).map((field) => ({ where, field }));
}

/** Compares two diagrams; `before` may be an empty diagram for a new file. */
export function diffDiagrams(before: Diagram, after: Diagram, catalog: Catalog): DiagramDiff {
  const { pairs, removed, added } = pairNodes(before, after);
  const beforeLabels = labels(before);
  const afterLabels = labels(after);
  const beforeVersions = resolvedVersions(before, catalog);
  const afterVersions = resolvedVersions(after, catalog);
  const entry = (node: DiagramNode, label: string, versions: Record<string, string>): PackageEntry => ({
    package: label,
    pin: node.pin ?? null,
    resolved: versions[node.id] ?? null,
    known: catalog.get(node.package) !== undefined,
  });

  const diff: DiagramDiff = {
    target: [],
    catalog: null,
    added: added.map((node) => entry(node, afterLabels.get(node.id)!, afterVersions)),
    removed: removed.map((node) => entry(node, beforeLabels.get(node.id)!, beforeVersions)),
    pins: [],
    versions: [],
    options: [],
    wiresAdded: [],
    wiresRemoved: [],
    moved: 0,
    otherFields: [],
  };

  for (const field of ['django', 'python']) {
    const [a, b] = [before.target[field] as string | undefined, after.target[field] as string | undefined];
    if (a !== b) diff.target.push({ field, before: a ?? null, after: b ?? null });
  }
  const [catalogBefore, catalogAfter] = [before.catalog, after.catalog].map((v) => (typeof v === 'string' ? v : null));
  if (catalogBefore !== catalogAfter) diff.catalog = { before: catalogBefore ?? null, after: catalogAfter ?? null };

  // Wires are compared by the labels of their ends in the AFTER diagram, so that a re-created node
  // (new id, same package) does not turn its wires into removals and additions.
  const wireLabels = new Map(beforeLabels);
  for (const [a, b] of pairs) {
    const pkg = afterLabels.get(b.id)!;
    wireLabels.set(a.id, pkg);
    if ((a.pin ?? null) !== (b.pin ?? null))
      diff.pins.push({ package: pkg, before: a.pin ?? null, after: b.pin ?? null });
    const [va, vb] = [beforeVersions[a.id] ?? null, afterVersions[b.id] ?? null];
    if (va !== vb) diff.versions.push({ package: pkg, before: va, after: vb });
    if (!same(a.options ?? {}, b.options ?? {})) {
      const keys = [...new Set([...Object.keys(a.options ?? {}), ...Object.keys(b.options ?? {})])]
        .filter((key) => !same(a.options?.[key], b.options?.[key]))
        .sort();
      diff.options.push({ package: pkg, keys });
    }
    if (a.position.x !== b.position.x || a.position.y !== b.position.y) diff.moved++;
    diff.otherFields.push(...otherFieldChanges(pkg, a, b, NODE_FIELDS));
    diff.otherFields.push(
      ...otherFieldChanges(pkg, a.position, b.position, new Set(['x', 'y'])).map((c) => ({
        ...c,
        field: `position.${c.field}`,
      })),
    );
  }
  const beforeWires = wires(before, wireLabels);
  const afterWires = wires(after, afterLabels);
  diff.wiresAdded = missingFrom(afterWires, beforeWires);
  diff.wiresRemoved = missingFrom(beforeWires, afterWires);

  const beforeEdges = new Map(before.edges.map((edge) => [edge.id, edge]));
  for (const edge of after.edges) {
    const old = beforeEdges.get(edge.id);
    if (old) diff.otherFields.push(...otherFieldChanges(`wire ${edge.id}`, old, edge, EDGE_FIELDS));
  }
  diff.otherFields.push(...otherFieldChanges('diagram', before, after, DOCUMENT_FIELDS));
  diff.otherFields.push(...otherFieldChanges('target', before.target, after.target, new Set(['django', 'python'])));
  return diff;
}

/** Whether two diagrams differ in anything the diff reports. */
export function isEmptyDiff(diff: DiagramDiff): boolean {
  return (
    diff.target.length === 0 &&
    diff.catalog === null &&
    [
      diff.added,
      diff.removed,
      diff.pins,
      diff.versions,
      diff.options,
      diff.wiresAdded,
      diff.wiresRemoved,
      diff.otherFields,
    ].every((list) => list.length === 0) &&
    diff.moved === 0
  );
}
