/** Window layout commands: fold the side panels away for canvas room, show or hide the minimap. */
import { SHORTCUTS } from '../../../core/host/shortcuts';
import { useViewPrefs, type PanelId } from '../ui/view-prefs';
import type { Action } from './types';

function panelAction(id: string, panel: PanelId, label: string): Action {
  return {
    id,
    label,
    group: 'View',
    shortcuts: [...SHORTCUTS[id]!],
    undoable: false,
    perform: () => useViewPrefs.getState().togglePanel(panel),
  };
}

export const layoutActions: Action[] = [
  panelAction('view.togglePalette', 'palette', 'Show/hide packages panel'),
  panelAction('view.toggleInspector', 'inspector', 'Show/hide inspector'),
  panelAction('view.toggleProblems', 'problems', 'Show/hide problems panel'),
  {
    id: 'view.toggleMinimap',
    label: 'Show/hide minimap',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.toggleMinimap']!],
    undoable: false,
    perform: () => useViewPrefs.getState().toggleMinimap(),
  },
];
