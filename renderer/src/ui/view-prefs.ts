/**
 * How the window is laid out: which side panels are folded away and whether the minimap shows.
 * Like the theme, a preference of this browser or app, never part of the document nor of undo.
 */
import { create } from 'zustand';

export type PanelId = 'palette' | 'inspector' | 'problems';

export interface ViewPrefs {
  collapsed: Readonly<Record<PanelId, boolean>>;
  minimap: boolean;
}

interface ViewPrefsState extends ViewPrefs {
  togglePanel: (panel: PanelId) => void;
  toggleMinimap: () => void;
}

export const VIEW_PREFS_KEY = 'django-stack-builder.view';
export const DEFAULT_VIEW_PREFS: ViewPrefs = {
  collapsed: { palette: false, inspector: false, problems: false },
  minimap: true,
};

/** Reads stored preferences; anything missing or of the wrong type keeps its default. */
export function parseViewPrefs(text: string | null | undefined): ViewPrefs {
  let value: unknown;
  try {
    value = text ? JSON.parse(text) : null;
  } catch {
    value = null;
  }
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const folded = (typeof stored.collapsed === 'object' && stored.collapsed !== null ? stored.collapsed : {}) as Record<
    string,
    unknown
  >;
  const flag = (input: unknown, fallback: boolean) => (typeof input === 'boolean' ? input : fallback);
  return {
    collapsed: {
      palette: flag(folded.palette, false),
      inspector: flag(folded.inspector, false),
      problems: flag(folded.problems, false),
    },
    minimap: flag(stored.minimap, true),
  };
}

function load(): ViewPrefs {
  try {
    return parseViewPrefs(globalThis.localStorage?.getItem(VIEW_PREFS_KEY));
  } catch {
    return DEFAULT_VIEW_PREFS;
  }
}

function store(prefs: ViewPrefs): void {
  try {
    globalThis.localStorage?.setItem(VIEW_PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // storage may be unavailable (private mode): the layout then lasts for this session
  }
}

export const useViewPrefs = create<ViewPrefsState>()((set, get) => {
  const save = (next: ViewPrefs) => {
    store(next);
    set(next);
  };
  return {
    ...load(),
    togglePanel: (panel) => {
      const { collapsed, minimap } = get();
      save({ collapsed: { ...collapsed, [panel]: !collapsed[panel] }, minimap });
    },
    toggleMinimap: () => {
      const { collapsed, minimap } = get();
      save({ collapsed, minimap: !minimap });
    },
  };
});

export const PANEL_NAMES: Readonly<Record<PanelId, string>> = {
  palette: 'packages',
  inspector: 'inspector',
  problems: 'problems',
};
