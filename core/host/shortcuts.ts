/**
 * The keys of every command, once: the renderer's action registry binds them, and Electron's
 * menu shows them as accelerators (`toAccelerator`). "Mod" is Ctrl, or Cmd on a Mac; the first
 * shortcut of a command is the one a menu shows.
 */

export const SHORTCUTS: Readonly<Record<string, readonly string[]>> = {
  'file.new': ['Mod+N', 'Alt+N'],
  'file.open': ['Mod+O'],
  'file.save': ['Mod+S'],
  'file.saveAs': ['Shift+Mod+S'],
  'export.requirements': ['Shift+Mod+E'],
  'edit.undo': ['Mod+Z'],
  'edit.redo': ['Shift+Mod+Z', 'Mod+Y'],
  'edit.cut': ['Mod+X'],
  'edit.copy': ['Mod+C'],
  'edit.paste': ['Mod+V'],
  'edit.duplicate': ['Mod+D'],
  'edit.delete': ['Delete', 'Backspace'],
  'edit.selectAll': ['Mod+A'],
  'view.fitView': ['Shift+F'],
  'view.zoomIn': ['Mod+='],
  'view.zoomOut': ['Mod+-'],
  'view.autoWire': ['Shift+Mod+W'],
  'view.autoLayout': ['Shift+Mod+L'],
  'view.toggleTheme': ['Shift+Mod+T'],
  'view.commandPalette': ['Mod+K', 'Shift+Mod+P'],
  'view.togglePalette': ['Mod+B'],
  'view.toggleInspector': ['Shift+Mod+B'],
  'view.toggleProblems': ['Mod+J'],
  'view.toggleMinimap': ['Shift+Mod+M'],
  'help.shortcuts': ['Shift+?'],
};

/** Keys typed with Shift already: their accelerator names the character alone. */
const SHIFTED = new Set([
  '?',
  '!',
  '@',
  '#',
  '$',
  '%',
  '^',
  '&',
  '*',
  '(',
  ')',
  '_',
  '+',
  '{',
  '}',
  '|',
  ':',
  '"',
  '<',
  '>',
  '~',
]);

/** An Electron accelerator for a shortcut: "Shift+Mod+S" → "CmdOrCtrl+Shift+S", "Shift+?" → "?". */
export function toAccelerator(shortcut: string): string {
  const parts = shortcut.split('+').filter(Boolean);
  const key = shortcut.endsWith('++') ? '+' : parts.at(-1)!;
  const modifiers = new Set(parts.slice(0, -1));
  if (SHIFTED.has(key)) modifiers.delete('Shift');
  const ordered = [
    ...(modifiers.has('Mod') ? ['CmdOrCtrl'] : []),
    ...(modifiers.has('Alt') ? ['Alt'] : []),
    ...(modifiers.has('Shift') ? ['Shift'] : []),
  ];
  return [...ordered, key.length === 1 ? key.toUpperCase() : key].join('+');
}
