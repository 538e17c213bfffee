/** Every export command: text files open the preview first, images are written at once. */
import { useUiStore } from '../store/ui-store';
import { exportPng, exportSvg } from './image-export';
import { TEXT_EXPORTS } from './text-exports';

export interface ExportCommand {
  id: string;
  menuLabel: string;
  shortcuts?: string[];
  needsNodes?: boolean;
  start: () => void | Promise<void>;
}

export const EXPORTS: ExportCommand[] = [
  ...TEXT_EXPORTS.map<ExportCommand>((item) => ({
    id: item.id,
    menuLabel: item.menuLabel,
    shortcuts: item.id === 'export.requirements' ? ['Shift+Mod+E'] : undefined,
    start: () => useUiStore.getState().openDialog({ kind: 'export-preview', exportId: item.id }),
  })),
  { id: 'export.png', menuLabel: 'picture (PNG)', start: exportPng },
  { id: 'export.svg', menuLabel: 'picture (SVG)', start: exportSvg },
];
