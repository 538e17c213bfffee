/**
 * A tidy, deterministic layered layout for imported diagrams: one column per role layer
 * (services left, Django right), nodes in name order within a column. The app's ELK layout
 * can refine it later; this one needs no async engine, so the CLI and tests stay simple.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { layerOf } from '../layout/geometry';
import { compareText } from '../util/collate';

const COLUMN = 320;
const ROW = 160;

/** The diagram with every node placed in its layer's column. */
export function layeredLayout(diagram: Diagram, catalog: Catalog): Diagram {
  const columns = new Map<number, string[]>();
  for (const node of diagram.nodes) {
    const layer = layerOf(catalog, node.package);
    columns.set(layer, [...(columns.get(layer) ?? []), node.id]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const used = [...columns.keys()].sort((a, b) => a - b);
  used.forEach((layer, column) => {
    const ids = columns.get(layer)!.sort((a, b) => compareText(a, b));
    ids.forEach((id, row) => positions.set(id, { x: column * COLUMN, y: row * ROW }));
  });
  return { ...diagram, nodes: diagram.nodes.map((node) => ({ ...node, position: positions.get(node.id)! })) };
}
