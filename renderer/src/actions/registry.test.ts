import { beforeEach, describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from '../../../core/format/djstack';
import { MENU_COMMANDS } from '../../../core/host/contract';
import { useDiagramStore } from '../store/diagram-store';
import { resetStores, stackOf } from '../store/testing';
import { useUiStore } from '../store/ui-store';
import { resetClipboard } from './edit-actions';
import { ACTIONS, getAction, runAction } from './registry';
import { matchesShortcut, shortcutLabel } from './shortcuts';

const diagram = () => useDiagramStore.getState().diagram;
const past = () => useDiagramStore.temporal.getState().pastStates.length;
const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('actions', () => {
  beforeEach(() => {
    resetStores(stackOf('django', 'djangorestframework', 'django-rest-knox'));
    resetClipboard();
  });

  it('has one action per host menu command, and unique ids', () => {
    const missing = MENU_COMMANDS.filter((command) => !getAction(command));
    expect(missing).toEqual([]);
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
  });

  it('gives no two actions the same shortcut', () => {
    const shortcuts = ACTIONS.flatMap((a) => a.shortcuts ?? []);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('auto-wires as one undo step', async () => {
    await runAction('view.autoWire');
    expect(
      diagram()
        .edges.map((e) => `${e.source}.${e.role}->${e.target}`)
        .sort(),
    ).toEqual(['django-rest-knox.auth->djangorestframework', 'djangorestframework.api->django']);
    expect(past()).toBe(1);
    await runAction('edit.undo');
    expect(diagram().edges).toEqual([]);
  });

  it('aligns the selected nodes left as one undo step, and only with two or more selected', async () => {
    useUiStore.getState().select({ nodes: ['django'] });
    expect(await runAction('align.left')).toBe(false);
    useDiagramStore.getState().setDiagram((d) => ({
      ...d,
      nodes: d.nodes.map((n) => (n.id === 'django' ? { ...n, position: { x: 320, y: 0 } } : n)),
    }));
    useDiagramStore.temporal.getState().clear();
    useUiStore.getState().select({ nodes: ['django', 'djangorestframework'] });
    await runAction('align.left');
    const x = (id: string) => diagram().nodes.find((n) => n.id === id)!.position.x;
    expect([x('django'), x('djangorestframework')]).toEqual([0, 0]);
    expect(past()).toBe(1);
  });

  it('deletes the selection as one step and clears the selection', async () => {
    useUiStore.getState().select({ nodes: ['djangorestframework', 'django-rest-knox'] });
    await runAction('edit.delete');
    expect(diagram().nodes.map((n) => n.id)).toEqual(['django']);
    expect(useUiStore.getState().selection.nodes).toEqual([]);
    expect(past()).toBe(1);
  });

  it('does nothing for a disabled action (delete with nothing selected, paste with an empty clipboard)', async () => {
    expect(await runAction('edit.delete')).toBe(false);
    expect(await runAction('edit.paste')).toBe(false);
    expect(past()).toBe(0);
  });

  it('copies and pastes twice, each paste offset further and selected', async () => {
    useUiStore.getState().select({ nodes: ['django-rest-knox'] });
    await runAction('edit.copy');
    await runAction('edit.paste');
    await runAction('edit.paste');
    const knoxes = diagram().nodes.filter((n) => n.package === 'django-rest-knox');
    expect(knoxes.map((n) => n.id)).toEqual(['django-rest-knox', 'django-rest-knox-2', 'django-rest-knox-3']);
    expect(knoxes[2]!.position.x).toBeGreaterThan(knoxes[1]!.position.x);
    expect(useUiStore.getState().selection.nodes).toEqual(['django-rest-knox-3']);
    expect(past()).toBe(2);
  });

  it('duplicates the selection in one step', async () => {
    useUiStore.getState().select({ nodes: ['django'] });
    await runAction('edit.duplicate');
    expect(diagram().nodes.map((n) => n.id)).toContain('django-2');
    expect(past()).toBe(1);
  });

  it('copy, paste and duplicate keep an option past 2^53 and a precise decimal digit for digit', async () => {
    const text = serializeDjstack(stackOf('django')).replace(
      '"y": 0\n      }',
      '"y": 0\n      },\n      "options": { "big": 9007199254740993, "ratio": 0.1000000000000000055511151231257827 }',
    );
    const loaded = parseDjstack(text);
    if (!loaded.ok) throw new Error(loaded.error);
    resetStores(loaded.diagram);
    useUiStore.getState().select({ nodes: ['django'] });
    await runAction('edit.copy');
    await runAction('edit.paste');
    useUiStore.getState().select({ nodes: ['django'] });
    await runAction('edit.duplicate');
    const saved = serializeDjstack(diagram());
    expect(diagram().nodes.map((n) => n.id)).toEqual(['django', 'django-2', 'django-3']);
    expect(saved.match(/"big": 9007199254740993,/g)).toHaveLength(3);
    expect(saved.match(/"ratio": 0\.1000000000000000055511151231257827\n/g)).toHaveLength(3);
  });

  it('selects everything without making an undo step', async () => {
    await runAction('edit.selectAll');
    expect(useUiStore.getState().selection.nodes).toHaveLength(3);
    expect(past()).toBe(0);
  });

  it('opens the command palette and the shortcuts help', async () => {
    await runAction('view.commandPalette');
    expect(useUiStore.getState().dialog).toEqual({ kind: 'command-palette' });
    await runAction('help.shortcuts');
    expect(useUiStore.getState().dialog).toEqual({ kind: 'shortcuts' });
  });
});

describe('shortcuts', () => {
  it('reads Mod as Ctrl off a Mac and Cmd on a Mac', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrlKey: true }), false)).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z', { metaKey: true }), false)).toBe(false);
    expect(matchesShortcut('Mod+Z', key('z', { metaKey: true }), true)).toBe(true);
  });

  it('tells undo from redo by Shift', () => {
    expect(matchesShortcut('Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesShortcut('Shift+Mod+Z', key('Z', { ctrlKey: true, shiftKey: true }), false)).toBe(true);
  });

  it('labels shortcuts for the platform', () => {
    expect(shortcutLabel('Shift+Mod+Z', false)).toBe('Shift+Ctrl+Z');
    expect(shortcutLabel('Shift+Mod+Z', true)).toBe('⇧⌘Z');
  });
});
