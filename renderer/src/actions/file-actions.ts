/** File and export commands. */
import { pickAndImport } from '../import/import-file';
import { SHORTCUTS } from '../../../core/host/shortcuts';
import { newDocument, openDocument, saveDocument, saveDocumentAs } from '../document/document';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { EXPORTS } from '../export/exports';
import type { Action } from './types';

const hasNodes = () => useDiagramStore.getState().diagram.nodes.length > 0;

export const fileActions: Action[] = [
  {
    id: 'file.new',
    label: 'New',
    group: 'File',
    shortcuts: [...SHORTCUTS['file.new']!],
    undoable: false,
    perform: () => newDocument(),
  },
  {
    id: 'file.newFromTemplate',
    label: 'New from template…',
    group: 'File',
    undoable: false,
    perform: () => useUiStore.getState().openDialog({ kind: 'templates' }),
  },
  {
    id: 'file.open',
    label: 'Open…',
    group: 'File',
    shortcuts: [...SHORTCUTS['file.open']!],
    undoable: false,
    perform: openDocument,
  },
  {
    id: 'file.import',
    label: 'Import requirements, pyproject or lock file…',
    group: 'File',
    undoable: false,
    perform: () => void pickAndImport(),
  },
  {
    id: 'file.save',
    label: 'Save',
    group: 'File',
    shortcuts: [...SHORTCUTS['file.save']!],
    undoable: false,
    perform: () => void saveDocument(),
  },
  {
    id: 'file.saveAs',
    label: 'Save as…',
    group: 'File',
    shortcuts: [...SHORTCUTS['file.saveAs']!],
    undoable: false,
    perform: () => void saveDocumentAs(),
  },
  ...EXPORTS.map<Action>((exporter) => ({
    id: exporter.id,
    label: `Export ${exporter.menuLabel}…`,
    group: 'Export',
    shortcuts: exporter.shortcuts,
    undoable: false,
    enabled: exporter.needsNodes === false ? undefined : hasNodes,
    perform: () => exporter.start(),
  })),
];
