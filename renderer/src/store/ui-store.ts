/**
 * What the user is looking at, never part of the document nor of undo: the selection, the
 * status message, open dialogs, the theme.
 */
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Dialog =
  | { kind: 'none' }
  | { kind: 'command-palette' }
  | { kind: 'shortcuts' }
  | { kind: 'about' }
  | { kind: 'templates' }
  | { kind: 'export-preview'; exportId: string }
  | { kind: 'share' }
  | { kind: 'upgrade' };

export interface StatusMessage {
  id: number;
  tone: 'info' | 'error' | 'success';
  text: string;
}

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface UiState {
  selection: Selection;
  status: StatusMessage | null;
  dialog: Dialog;
  theme: ThemeChoice;
  /** A file that failed to open: its message stays until dismissed. */
  openError: string | null;
  select: (selection: Partial<Selection>) => void;
  showStatus: (text: string, tone?: StatusMessage['tone']) => void;
  clearStatus: () => void;
  openDialog: (dialog: Dialog) => void;
  closeDialog: () => void;
  setTheme: (theme: ThemeChoice) => void;
  setOpenError: (error: string | null) => void;
}

export const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };
const THEME_KEY = 'django-stack-builder.theme';

function storedTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

let statusCounter = 0;

export const useUiStore = create<UiState>()((set) => ({
  selection: EMPTY_SELECTION,
  status: null,
  dialog: { kind: 'none' },
  theme: storedTheme(),
  openError: null,
  select: (selection) =>
    set((state) => ({
      selection: { nodes: selection.nodes ?? state.selection.nodes, edges: selection.edges ?? state.selection.edges },
    })),
  showStatus: (text, tone = 'info') => set({ status: { id: ++statusCounter, tone, text } }),
  clearStatus: () => set({ status: null }),
  openDialog: (dialog) => set({ dialog }),
  closeDialog: () => set({ dialog: { kind: 'none' } }),
  setTheme: (theme) => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
      else globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // storage may be unavailable (private mode): the choice then lasts for this session
    }
    set({ theme });
  },
  setOpenError: (openError) => set({ openError }),
}));
