/**
 * What every check reads: the diagram, the catalog index, the resolution, and lookups built
 * once per analysis (nodes by id, each node's package, edges by input port).
 */
import type { Catalog } from '../../catalog/catalog';
import type { Release } from '../../../catalog/schema';
import type { Diagram, DiagramEdge, DiagramNode } from '../../diagram/model';
import { catalogIndex, minorOf, type CatalogIndex, type PackageIndex } from '../../resolve/catalog-index';
import { versionsEqual } from '../../util/pep440';
import type { Resolution } from '../../resolve/types';
import type { Problem } from '../types';

export interface CheckContext {
  diagram: Diagram;
  catalog: Catalog;
  index: CatalogIndex;
  resolution: Resolution;
  nodeById: Map<string, DiagramNode>;
  /** Node id → its catalog package (unknown packages are absent). */
  packageOf: Map<string, PackageIndex>;
  /** Nodes of each catalog package on the canvas, in diagram order. */
  nodesOf: Map<string, DiagramNode[]>;
  /** `${node}\u0000${port}` → the edges into that input, in diagram order. */
  edgesInto: Map<string, DiagramEdge[]>;
  /** `${node}\u0000${port}` → the edges out of that output, in diagram order. */
  edgesOutOf: Map<string, DiagramEdge[]>;
  /** Edge id → the edge (the first, should a hand-edited file repeat an id). */
  edgeById: Map<string, DiagramEdge>;
  /** The first django node, if any: the hub that most packages plug into. */
  hub: DiagramNode | undefined;
  /** Nodes with an output port of `role`, in diagram order. */
  providersOnCanvas(role: string): DiagramNode[];
  /** Today, YYYY-MM-DD: support lines end on a date. */
  today: string;
}

/** Builds the lookups once for every check of one analysis. */
export function checkContext(
  diagram: Diagram,
  catalog: Catalog,
  resolution: Resolution,
  today = new Date().toISOString().slice(0, 10),
): CheckContext {
  const index = catalogIndex(catalog);
  const nodeById = new Map<string, DiagramNode>();
  const packageOf = new Map<string, PackageIndex>();
  const nodesOf = new Map<string, DiagramNode[]>();
  for (const node of diagram.nodes) {
    nodeById.set(node.id, node);
    const pkg = index.lookup(node.package);
    if (!pkg) continue;
    packageOf.set(node.id, pkg);
    const list = nodesOf.get(pkg.pkg.name) ?? [];
    list.push(node);
    nodesOf.set(pkg.pkg.name, list);
  }
  const edgesInto = new Map<string, DiagramEdge[]>();
  const edgesOutOf = new Map<string, DiagramEdge[]>();
  const edgeById = new Map<string, DiagramEdge>();
  const add = (map: Map<string, DiagramEdge[]>, key: string, edge: DiagramEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  for (const edge of diagram.edges) {
    add(edgesInto, `${edge.target}\u0000${edge.targetPort}`, edge);
    add(edgesOutOf, `${edge.source}\u0000${edge.sourcePort}`, edge);
    if (!edgeById.has(edge.id)) edgeById.set(edge.id, edge);
  }
  let providers: Map<string, DiagramNode[]> | undefined;
  const providersOnCanvas = (role: string): DiagramNode[] => {
    if (!providers) {
      providers = new Map();
      for (const node of diagram.nodes) {
        for (const output of packageOf.get(node.id)?.outputs.keys() ?? []) {
          const list = providers.get(output) ?? [];
          list.push(node);
          providers.set(output, list);
        }
      }
    }
    return providers.get(role) ?? [];
  };
  const hub = nodesOf.get('django')?.[0];
  return {
    diagram,
    catalog,
    index,
    resolution,
    nodeById,
    packageOf,
    nodesOf,
    edgesInto,
    edgesOutOf,
    edgeById,
    hub,
    providersOnCanvas,
    today,
  };
}

/** A check adds its problems to the list. */
export type Check = (ctx: CheckContext, problems: Problem[]) => void;

/** The release a node resolved to (the facts of its minor line for an unlisted patch pin). */
export function resolvedRelease(ctx: CheckContext, pkg: PackageIndex): Release | undefined {
  const version = ctx.resolution.packages[pkg.pkg.name];
  if (version === undefined) return undefined;
  return (
    pkg.releases.find((r) => r.version === version) ??
    pkg.releases.find((r) => versionsEqual(r.version, version)) ??
    pkg.releases.find((r) => minorOf(r.version) === minorOf(version))
  );
}

/** "a, b and c". */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The port's label: its own, else the role's. */
export function roleLabel(ctx: CheckContext, role: string, own?: string): string {
  return own ?? ctx.catalog.role(role)?.label ?? role;
}

/** "a Broker", "an API": the article a role label takes. */
export function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}
