/**
 * uv.lock as requirements: one pinned line per locked package, with the environment marker under
 * which the lock installs it. uv records markers on the dependency edges, not on the packages
 * (`{ name = "tzdata", marker = "sys_platform == 'win32'" }` under django), so a package's marker
 * is the disjunction, over every path from the project, of the conjunction of the markers met on
 * the way. Without that, a Windows-only package would become unconditional and the exported file
 * would ask pip for it on Linux.
 */

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A locked package as the marker walk needs it. */
interface Locked {
  name: string;
  version: string | undefined;
  table: Table;
  root: boolean;
}

interface Edge {
  name: string;
  version: string | undefined;
  marker: string | undefined;
  extras: string[];
}

/** A conjunction of markers; the empty conjunction is "always". */
type Clause = readonly string[];

/**
 * Past this many alternative paths to one package its marker is dropped (installed everywhere the
 * project is): broader, never narrower, than the lock, and noted.
 */
const MAX_CLAUSES = 32;

/** One uv.lock package's requirement and marker, in lock order. */
export interface UvLockEntry {
  table: Table;
  name: string;
  version: string | undefined;
  root: boolean;
  /** The marker the lock installs it under; undefined when always. */
  marker: string | undefined;
  /** Whether the walk gave up on an exact marker (see MAX_CLAUSES). */
  broadened: boolean;
}

function edgesOf(list: unknown): Edge[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    if (!isTable(item) || typeof item.name !== 'string') return [];
    return [
      {
        name: item.name,
        version: typeof item.version === 'string' ? item.version : undefined,
        marker: typeof item.marker === 'string' && item.marker.trim() !== '' ? item.marker.trim() : undefined,
        extras: Array.isArray(item.extra) ? item.extra.filter((e): e is string => typeof e === 'string') : [],
      },
    ];
  });
}

/** The edges a package contributes when it is installed with `extras` (roots: every group too). */
function activeEdges(pkg: Locked, extras: ReadonlySet<string>): Edge[] {
  const edges = edgesOf(pkg.table.dependencies);
  for (const key of ['optional-dependencies', 'dev-dependencies'] as const) {
    const groups = isTable(pkg.table[key]) ? pkg.table[key] : {};
    for (const [group, list] of Object.entries(groups))
      if (pkg.root || (key === 'optional-dependencies' && extras.has(group))) edges.push(...edgesOf(list));
  }
  return edges;
}

const clauseKey = (clause: Clause) => JSON.stringify(clause);

/** Adds `clause` unless an existing one already implies it; drops the ones it implies. */
function addClause(clauses: Clause[], clause: Clause): boolean {
  const implies = (general: Clause, specific: Clause) => general.every((m) => specific.includes(m));
  if (clauses.some((existing) => implies(existing, clause))) return false;
  const kept = clauses.filter((existing) => !implies(clause, existing));
  clauses.length = 0;
  clauses.push(...kept, clause);
  return true;
}

function markerText(clauses: readonly Clause[]): string | undefined {
  if (clauses.length === 0 || clauses.some((c) => c.length === 0)) return undefined;
  const conjunction = (clause: Clause) =>
    clause.map((m) => (clauses.length > 1 || clause.length > 1 ? `(${m})` : m)).join(' and ');
  if (clauses.length === 1) return conjunction(clauses[0]!);
  return clauses.map((c) => (c.length > 1 ? `(${conjunction(c)})` : conjunction(c))).join(' or ');
}

/** Every package of a parsed uv.lock with the marker under which the lock installs it. */
export function uvLockEntries(data: Table): UvLockEntry[] {
  const packages: Locked[] = (Array.isArray(data.package) ? data.package : []).flatMap((table) => {
    if (!isTable(table) || typeof table.name !== 'string') return [];
    const source = isTable(table.source) ? table.source : {};
    // The project itself and workspace members are the lock's roots, not requirements.
    const root = typeof source.editable === 'string' || typeof source.virtual === 'string';
    return [{ name: table.name, version: typeof table.version === 'string' ? table.version : undefined, table, root }];
  });
  const byName = new Map<string, Locked[]>();
  for (const pkg of packages) byName.set(pkg.name, [...(byName.get(pkg.name) ?? []), pkg]);
  const clauses = new Map<Locked, Clause[]>(packages.map((p) => [p, []]));
  const extras = new Map<Locked, Set<string>>(packages.map((p) => [p, new Set()]));
  const broadened = new Set<Locked>();
  const queue: [Locked, Clause][] = packages.filter((p) => p.root).map((p) => [p, []]);
  for (const [pkg] of queue) clauses.get(pkg)!.push([]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const [pkg, clause] = queue.shift()!;
    for (const edge of activeEdges(pkg, extras.get(pkg)!)) {
      const candidates = (byName.get(edge.name) ?? []).filter((c) => !edge.version || c.version === edge.version);
      for (const child of candidates) {
        const childExtras = extras.get(child)!;
        const newExtras = edge.extras.filter((e) => !childExtras.has(e));
        newExtras.forEach((e) => childExtras.add(e));
        const next = edge.marker && !clause.includes(edge.marker) ? [...clause, edge.marker].sort() : clause;
        const own = clauses.get(child)!;
        let changed = false;
        if (!broadened.has(child) && own.length >= MAX_CLAUSES) {
          broadened.add(child);
          own.length = 0;
          own.push([]);
          changed = true;
        } else if (!broadened.has(child)) changed = addClause(own, next);
        // New extras open new edges even when the marker did not change.
        const key = `${packages.indexOf(child)} ${clauseKey(next)} ${[...childExtras].sort().join(',')}`;
        if ((changed || newExtras.length > 0) && !seen.has(key)) {
          seen.add(key);
          queue.push([child, broadened.has(child) ? [] : next]);
        }
      }
    }
  }
  return packages.map((pkg) => ({
    table: pkg.table,
    name: pkg.name,
    version: pkg.version,
    root: pkg.root,
    marker: markerText(clauses.get(pkg)!),
    broadened: broadened.has(pkg),
  }));
}
