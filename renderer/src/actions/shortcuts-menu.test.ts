/**
 * One table of keys: every action binds exactly the shortcuts of core/host/shortcuts.ts, and
 * Electron's menu shows the first of them as its accelerator.
 */
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../../core/host/contract';
import { SHORTCUTS, toAccelerator } from '../../../core/host/shortcuts';
import { ACCELERATORS } from '../../../electron/main/menu';
import { ACTIONS } from './registry';

describe('shortcuts and menu accelerators', () => {
  it('every action with keys binds the shared table, and every table entry is an action', () => {
    const bound = Object.fromEntries(ACTIONS.filter((a) => a.shortcuts?.length).map((a) => [a.id, a.shortcuts]));
    expect(bound).toEqual(SHORTCUTS);
  });

  it('every menu command with keys shows the first as its accelerator', () => {
    for (const command of MENU_COMMANDS) {
      if (command === 'edit.delete') continue;
      const keys = SHORTCUTS[command];
      expect(ACCELERATORS[command], command).toBe(keys ? toAccelerator(keys[0]!) : undefined);
    }
  });

  it('every action with keys is a menu command, so the native menu shows its keys', () => {
    // Canvas zoom keeps its keys in the renderer; the menu's Zoom items are Electron's page-zoom roles.
    const rendererOnly = new Set(['view.zoomIn', 'view.zoomOut']);
    const menu = new Set<string>(MENU_COMMANDS);
    const missing = Object.keys(SHORTCUTS).filter((command) => !menu.has(command) && !rendererOnly.has(command));
    expect(missing).toEqual([]);
  });

  it('writes accelerators as Electron spells them', () => {
    expect(toAccelerator('Shift+Mod+S')).toBe('CmdOrCtrl+Shift+S');
    expect(toAccelerator('Mod+K')).toBe('CmdOrCtrl+K');
    expect(toAccelerator('Shift+?')).toBe('?');
    expect(toAccelerator('Mod+=')).toBe('CmdOrCtrl+=');
    expect(toAccelerator('Mod+-')).toBe('CmdOrCtrl+-');
  });
});
