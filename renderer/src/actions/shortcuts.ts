/** Parsing and matching of shortcut strings ("Shift+Mod+Z"). */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Whether the key event matches the shortcut. */
export function matchesShortcut(shortcut: string, event: KeyLike, mac = isMac()): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = mac ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Shift') !== event.shiftKey) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  // The other of Ctrl/Cmd must be up, so that browser and OS shortcuts pass through.
  if (mac ? event.ctrlKey : event.metaKey) return false;
  return event.key.toLowerCase() === key.toLowerCase();
}

/** How a shortcut reads on this platform ("Ctrl+Shift+Z", "⇧⌘Z"). */
export function shortcutLabel(shortcut: string, mac = isMac()): string {
  const parts = shortcut.split('+');
  if (mac) {
    const symbols: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
    return parts.map((part) => symbols[part] ?? part).join('');
  }
  return parts.map((part) => (part === 'Mod' ? 'Ctrl' : part)).join('+');
}
