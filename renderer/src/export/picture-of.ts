/**
 * The picture model of a diagram (svg-picture.ts draws it): what each package shows, from the
 * catalog and core's analysis, placed where the canvas laid it out. The wires follow the same
 * bezier as the canvas's edges, from port to port.
 */
import { getBezierPath, Position } from '@xyflow/react';
import type { Catalog } from '../../../core/catalog/catalog';
import type { Diagram } from '../../../core/diagram/model';
import { portsOf } from '../../../core/diagram/ports';
import { NO_PROBLEMS, worstSeverity, type IndexedAnalysis } from '../store/analysis';
import type { Picture, PictureBadge, PictureNode, PicturePort } from './svg-picture';

/** Where the canvas drew a node, and the centre of each port it shows (from the node's top). */
export interface NodeLayout {
  x: number;
  y: number;
  width: number;
  height: number;
  ports: readonly { id: string; direction: 'in' | 'out'; y: number }[];
}

const FALLBACK_COLOR = '#64748b';

function badgesOf(
  catalog: Catalog,
  packageName: string,
  version: string | undefined,
  problems: number,
  worst: string | null,
): PictureBadge[] {
  const pkg = catalog.get(packageName);
  const badges: PictureBadge[] = [];
  if (pkg?.kind === 'service') badges.push({ text: 'service', tone: 'muted' });
  if (version) badges.push({ text: version, tone: 'muted' });
  const status = pkg?.status.state;
  if (status === 'deprecated' || status === 'unmaintained') badges.push({ text: status, tone: 'warning' });
  if (worst)
    badges.push({
      text: `${worst === 'error' ? '✕' : '!'} ${problems}`,
      tone: worst === 'error' ? 'error' : worst === 'warning' ? 'warning' : 'muted',
    });
  return badges;
}

/** The picture of `diagram` as laid out in `layout` (nodes without a layout are left out). */
export function pictureOf(
  diagram: Diagram,
  catalog: Catalog,
  analysis: Pick<IndexedAnalysis, 'resolution' | 'byNode' | 'byEdge'>,
  layout: ReadonlyMap<string, NodeLayout>,
): Picture {
  const wired = new Set(
    diagram.edges.flatMap((e) => [`${e.target}:in:${e.targetPort}`, `${e.source}:out:${e.sourcePort}`]),
  );
  const nodes: PictureNode[] = [];
  for (const node of diagram.nodes) {
    const box = layout.get(node.id);
    if (!box) continue;
    const pkg = catalog.get(node.package);
    const all = pkg ? portsOf(pkg, catalog) : { inputs: [], outputs: [] };
    const byId = new Map([...all.inputs, ...all.outputs].map((port) => [`${port.direction}:${port.id}`, port]));
    const ports: PicturePort[] = [];
    for (const shown of box.ports) {
      const port = byId.get(`${shown.direction}:${shown.id}`);
      if (!port) continue;
      ports.push({
        label: port.label,
        color: catalog.role(port.role)?.color ?? FALLBACK_COLOR,
        direction: port.direction,
        y: shown.y,
        required: port.required,
        wired: wired.has(`${node.id}:${port.direction}:${port.id}`),
      });
    }
    const problems = analysis.byNode.get(node.id) ?? NO_PROBLEMS;
    const worst = worstSeverity(problems);
    const title = pkg?.title ?? node.package;
    nodes.push({
      ...box,
      title,
      subtitle: pkg && pkg.title.toLowerCase() !== pkg.name ? pkg.name : '',
      roles: pkg ? pkg.provides.map((p) => catalog.role(p.role)?.label ?? p.role).join(' · ') : 'Not in the catalog',
      badges: badgesOf(catalog, node.package, analysis.resolution.nodes[node.id], problems.length, worst),
      ports,
      worst: worst === 'info' ? null : worst,
    });
  }
  const edges = diagram.edges.flatMap((edge) => {
    const from = layout.get(edge.source);
    const to = layout.get(edge.target);
    if (!from || !to) return [];
    // A port not shown (folded away) sends its wire from the middle of its side.
    const fromY = from.ports.find((p) => p.direction === 'out' && p.id === edge.sourcePort)?.y ?? from.height / 2;
    const toY = to.ports.find((p) => p.direction === 'in' && p.id === edge.targetPort)?.y ?? to.height / 2;
    const [path] = getBezierPath({
      sourceX: from.x + from.width,
      sourceY: from.y + fromY,
      sourcePosition: Position.Right,
      targetX: to.x,
      targetY: to.y + toY,
      targetPosition: Position.Left,
    });
    const worst = worstSeverity(analysis.byEdge.get(edge.id) ?? NO_PROBLEMS);
    return [{ path, color: catalog.role(edge.role)?.color ?? FALLBACK_COLOR, worst: worst === 'info' ? null : worst }];
  });
  return { nodes, edges };
}
