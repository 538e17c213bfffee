/**
 * Every export command: text files open the preview first, images are written at once. What
 * produces them loads when first used, not at start (the exporters, the picture).
 */
import { useUiStore } from '../store/ui-store';
import { TEXT_EXPORT_KINDS } from './text-export-kinds';

export interface ExportCommand {
  id: string;
  menuLabel: string;
  shortcuts?: string[];
  needsNodes?: boolean;
  start: () => void | Promise<void>;
}

export const EXPORTS: ExportCommand[] = [
  ...TEXT_EXPORT_KINDS.map<ExportCommand>((item) => ({
    id: item.id,
    menuLabel: item.menuLabel,
    shortcuts: item.id === 'export.requirements' ? ['Shift+Mod+E'] : undefined,
    start: () => useUiStore.getState().openDialog({ kind: 'export-preview', exportId: item.id }),
  })),
  { id: 'export.png', menuLabel: 'picture (PNG)', start: async () => (await import('./image-export')).exportPng() },
  { id: 'export.svg', menuLabel: 'picture (SVG)', start: async () => (await import('./image-export')).exportSvg() },
];
