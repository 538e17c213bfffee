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
  /**
   * Takes the value of the gesture that fired it (dispatched with `dispatch`); such an action
   * is not offered by the command palette or menus, which have no value to give.
   */
  takesArguments?: boolean;
  // The arguments are typed per action in DiagramActionArgs; `dispatch` checks them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  perform: (args?: any) => void | Promise<void>;
}
