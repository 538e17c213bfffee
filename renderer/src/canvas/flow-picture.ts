/**
 * What the minimap and the overview draw: every package of the diagram, where the canvas shows
 * it now (a drag included) and at its measured or core-given size. React Flow cannot be asked:
 * it holds only the packages mounted (a windowed diagram's others are not given to it).
 */
import type { DiagramNode } from '../../../core/diagram/model';

export interface Size {
  width: number;
  height: number;
}

export interface FlowPicture {
  nodes: readonly DiagramNode[];
  sizeOf: (node: DiagramNode) => Size;
  selected: ReadonlySet<string>;
}
