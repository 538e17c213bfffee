import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, type MenuCommand } from '../../core/host/contract';
import { buildMenuTemplate, type MenuOptions } from './menu';

function menuFor(platform: NodeJS.Platform, overrides: Partial<MenuOptions> = {}) {
  const actions = { command: vi.fn(), openRecent: vi.fn(), clearRecent: vi.fn(), showAbout: vi.fn() };
  const template = buildMenuTemplate({
    platform,
    appName: 'Django Stack Builder',
    recent: [],
    development: false,
    actions,
    ...overrides,
  });
  return { template, actions };
}

/** Every item of the menu, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function byId(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(template).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

const topLabels = (template: MenuItemConstructorOptions[]) => template.map((item) => item.label ?? item.role);

describe('native menus', () => {
  it('macOS gets the app menu first, with About, Services, Hide and Quit', () => {
    const { template, actions } = menuFor('darwin');
    expect(topLabels(template)).toEqual(['Django Stack Builder', 'File', 'Edit', 'View', 'windowMenu', 'help']);
    const roles = flatten([template[0]!])
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(['services', 'hide', 'hideOthers', 'unhide', 'quit']);
    click(byId([template[0]!], 'help.about'));
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });

  it.each(['win32', 'linux'] as const)(
    '%s has no app menu, access keys, Exit in File and About in Help',
    (platform) => {
      const { template } = menuFor(platform);
      expect(topLabels(template)).toEqual(['&File', '&Edit', '&View', '&Window', 'help']);
      const file = flatten([template[0]!]);
      expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'E&xit' });
      expect(flatten([template.at(-1)!]).some((item) => item.id === 'help.about')).toBe(true);
      expect(flatten(template).find((item) => item.role === 'windowMenu')).toBeUndefined();
    },
  );

  it.each([
    ['file.new', 'CmdOrCtrl+N'],
    ['file.open', 'CmdOrCtrl+O'],
    ['file.save', 'CmdOrCtrl+S'],
    ['file.saveAs', 'CmdOrCtrl+Shift+S'],
    ['edit.undo', 'CmdOrCtrl+Z'],
    ['edit.redo', 'CmdOrCtrl+Shift+Z'],
    ['edit.selectAll', 'CmdOrCtrl+A'],
    ['view.togglePalette', 'CmdOrCtrl+B'],
    ['view.toggleInspector', 'CmdOrCtrl+Shift+B'],
    ['view.toggleProblems', 'CmdOrCtrl+J'],
    ['view.toggleMinimap', 'CmdOrCtrl+Shift+M'],
  ])('%s has the standard accelerator %s', (id, accelerator) => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(byId(menuFor(platform).template, id).accelerator).toBe(accelerator);
    }
  });

  it('clipboard and window items use roles on every platform, so text fields behave natively', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const roles = flatten(menuFor(platform).template).map((item) => item.role);
      expect(roles).toEqual(
        expect.arrayContaining(['cut', 'copy', 'paste', 'close', 'togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut']),
      );
      // macOS's standard Window menu (Minimize, Zoom, Bring All to Front) comes whole with its role.
      expect(roles).toEqual(expect.arrayContaining(platform === 'darwin' ? ['windowMenu'] : ['minimize']));
    }
  });

  it('command keys are shown but left to the renderer; roles keep their native keys', () => {
    const items = flatten(menuFor('linux').template);
    const commands = items.filter((item) => item.id && item.accelerator && item.click && !item.role);
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands) expect(command.registerAccelerator).toBe(false);
    for (const role of items.filter((item) => item.role)) expect(role.registerAccelerator).toBeUndefined();
  });

  it('no two items show the same accelerator', () => {
    for (const platform of ['darwin', 'linux'] as const) {
      const accelerators = flatten(menuFor(platform).template)
        .filter((item) => item.accelerator)
        .map((item) => String(item.accelerator));
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('Delete shows its key without stealing it from text fields', () => {
    const item = byId(menuFor('linux').template, 'edit.delete');
    expect(item).toMatchObject({ accelerator: 'Delete', registerAccelerator: false });
    expect(byId(menuFor('darwin').template, 'edit.delete').accelerator).toBe('Backspace');
  });

  it('every diagram command except About is reachable from the menu and sends its id', () => {
    const { template, actions } = menuFor('linux');
    const commands = MENU_COMMANDS.filter(
      (command) => !['help.about', 'edit.cut', 'edit.copy', 'edit.paste'].includes(command),
    );
    for (const command of commands) click(byId(template, command));
    expect(actions.command.mock.calls.map(([command]) => command as MenuCommand)).toEqual(commands);
  });

  it('Open Recent lists the files and opens the chosen path; Clear Menu empties it', () => {
    const recent = [
      { label: 'shop.djstack — ~/code/shop', path: '/home/ada/code/shop/shop.djstack' },
      { label: 'blog.djstack — ~/code/blog', path: '/home/ada/code/blog/blog.djstack' },
    ];
    const { template, actions } = menuFor('linux', { recent });
    const submenu = byId(template, 'file.openRecent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label ?? item.type)).toEqual([
      recent[0]!.label,
      recent[1]!.label,
      'separator',
      'Clear Menu',
    ]);
    click(submenu[1]!);
    expect(actions.openRecent).toHaveBeenCalledWith('/home/ada/code/blog/blog.djstack');
    click(byId(template, 'recent.clear'));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('an empty Open Recent says so and cannot be clicked', () => {
    const submenu = byId(menuFor('darwin').template, 'file.openRecent').submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
  });

  it('developer tools and reload appear only in development builds', () => {
    const roles = (development: boolean) =>
      flatten(menuFor('linux', { development }).template).map((item) => item.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).not.toContain('reload');
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
