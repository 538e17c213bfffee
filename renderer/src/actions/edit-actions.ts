/** Editing commands on the selection: delete, copy, cut, paste, duplicate, select all. */
import { SHORTCUTS } from '../../../core/host/shortcuts';
import { copyOf, paste, removeItems, type Clip } from '../store/edits';
import { redo, undo, useDiagramStore } from '../store/diagram-store';
import { EMPTY_SELECTION, useUiStore } from '../store/ui-store';
import type { Action } from './types';

let clipboard: Clip | null = null;
let pasteCount = 0;

const hasSelection = () => {
  const { nodes, edges } = useUiStore.getState().selection;
  return nodes.length > 0 || edges.length > 0;
};
const hasNodeSelection = () => useUiStore.getState().selection.nodes.length > 0;

function deleteSelection(): void {
  const { nodes, edges } = useUiStore.getState().selection;
  useDiagramStore.getState().setDiagram((diagram) => removeItems(diagram, nodes, edges));
  useUiStore.getState().select(EMPTY_SELECTION);
}

function copySelection(): boolean {
  const clip = copyOf(useDiagramStore.getState().diagram, useUiStore.getState().selection.nodes);
  if (!clip) return false;
  // copyOf is already an exact copy (core's copyJson): structuredClone would spoil big integers.
  clipboard = clip;
  pasteCount = 0;
  return true;
}

function pasteClip(clip: Clip, times: number): void {
  const offset = { x: 32 * times, y: 32 * times };
  let ids: string[] = [];
  useDiagramStore.getState().setDiagram((diagram) => {
    const result = paste(diagram, clip, offset);
    ids = result.ids;
    return result.diagram;
  });
  useUiStore.getState().select({ nodes: ids, edges: [] });
}

export const editActions: Action[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.undo']!],
    undoable: false,
    enabled: () => useDiagramStore.temporal.getState().pastStates.length > 0,
    perform: undo,
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.redo']!],
    undoable: false,
    enabled: () => useDiagramStore.temporal.getState().futureStates.length > 0,
    perform: redo,
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.cut']!],
    undoable: true,
    enabled: hasNodeSelection,
    perform: () => {
      if (copySelection()) deleteSelection();
    },
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.copy']!],
    undoable: false,
    enabled: hasNodeSelection,
    perform: () => void copySelection(),
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.paste']!],
    undoable: true,
    enabled: () => clipboard !== null,
    perform: () => {
      if (clipboard) pasteClip(clipboard, ++pasteCount);
    },
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.duplicate']!],
    undoable: true,
    enabled: hasNodeSelection,
    perform: () => {
      const clip = copyOf(useDiagramStore.getState().diagram, useUiStore.getState().selection.nodes);
      if (clip) pasteClip(clip, 1);
    },
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.delete']!],
    undoable: true,
    enabled: hasSelection,
    perform: deleteSelection,
  },
  {
    id: 'edit.selectAll',
    label: 'Select all',
    group: 'Edit',
    shortcuts: [...SHORTCUTS['edit.selectAll']!],
    undoable: false,
    perform: () => {
      const { diagram } = useDiagramStore.getState();
      useUiStore.getState().select({ nodes: diagram.nodes.map((n) => n.id), edges: diagram.edges.map((e) => e.id) });
    },
  },
];

/** For tests: forget the clipboard. */
export function resetClipboard(): void {
  clipboard = null;
  pasteCount = 0;
}
