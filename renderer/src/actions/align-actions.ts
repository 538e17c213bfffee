/** Align left / top / centres for a multi-selection: registered actions, one undo step each. */
import { alignNodes, type Alignment } from '../store/align';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import type { Action } from './types';
import { measuredSizes } from './view-actions';

const ALIGNMENTS: [Alignment, string, string][] = [
  ['left', 'align.left', 'Align left edges'],
  ['top', 'align.top', 'Align top edges'],
  ['centerX', 'align.centerHorizontal', 'Align centres horizontally (one column)'],
  ['centerY', 'align.centerVertical', 'Align centres vertically (one row)'],
];

const severalSelected = () => useUiStore.getState().selection.nodes.length > 1;

export const alignActions: Action[] = ALIGNMENTS.map(([alignment, id, label]) => ({
  id,
  label,
  group: 'Arrange',
  undoable: true,
  enabled: severalSelected,
  perform: () => {
    const store = useDiagramStore.getState();
    store.setDiagram(alignNodes(store.diagram, useUiStore.getState().selection.nodes, alignment, measuredSizes()));
  },
}));
