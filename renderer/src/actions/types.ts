/** A user command: the menu bar, shortcuts, the host's menu, the command palette and buttons all run it. */
export type ActionGroup = 'File' | 'Edit' | 'View' | 'Arrange' | 'Export' | 'Help';

export interface Action {
  /** A MENU_COMMANDS id when the host's menu can send it, else a dotted id of the same style. */
  id: string;
  label: string;
  group: ActionGroup;
  /** "Mod+Z", "Shift+Mod+Z", "Delete": Mod is Ctrl, or Cmd on a Mac. */
  shortcuts?: string[];
  /** Whether performing it makes one undo step (all its diagram updates squashed into one). */
  undoable: boolean;
  enabled?: () => boolean;
  perform: () => void | Promise<void>;
}
