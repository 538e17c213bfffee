/**
 * The button on a panel's edge that folds it away or brings it back. It runs the panel's
 * registered action, so the button, the shortcut, the menu and the command palette are one path.
 */
import { getAction, runAction } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import { PANEL_NAMES, useViewPrefs, type PanelId } from './view-prefs';

const ACTION_OF: Record<PanelId, string> = {
  palette: 'view.togglePalette',
  inspector: 'view.toggleInspector',
  problems: 'view.toggleProblems',
};

// The arrow points where the panel goes: a shown palette folds left, a folded one comes back right.
const GLYPH: Record<PanelId, [shown: string, folded: string]> = {
  palette: ['‹', '›'],
  inspector: ['›', '‹'],
  problems: ['▾', '▴'],
};

export function PanelToggle({ panel }: { panel: PanelId }) {
  const collapsed = useViewPrefs((state) => state.collapsed[panel]);
  const actionId = ACTION_OF[panel];
  const shortcut = getAction(actionId)?.shortcuts?.[0];
  const label = `${collapsed ? 'Show' : 'Hide'} ${PANEL_NAMES[panel]}`;
  return (
    <button
      type="button"
      className={`panel-toggle panel-toggle-${panel}${collapsed ? ' is-collapsed' : ''}`}
      aria-label={label}
      aria-expanded={!collapsed}
      title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : label}
      data-testid={`panel.${panel}.toggle`}
      onClick={() => void runAction(actionId)}
    >
      <span aria-hidden="true">{GLYPH[panel][collapsed ? 1 : 0]}</span>
    </button>
  );
}
