/**
 * The native menu bar as a pure template: every platform gets File, Edit, View, Window and
 * Help with standard accelerators; macOS also gets the app menu. Items that act on the diagram
 * send a MenuCommand to the renderer, where each is a registered action; editing and window
 * items that the OS implements use Electron roles.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_COMMANDS, type MenuCommand } from '../../core/host/contract';
import { SHORTCUTS, toAccelerator } from '../../core/host/shortcuts';

export interface RecentMenuItem {
  /** The label shown ("stack.djstack — ~/code/shop"). */
  label: string;
  path: string;
}

export interface MenuActions {
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly RecentMenuItem[];
  /** Development builds get Reload and the developer tools. */
  development: boolean;
  actions: MenuActions;
}

/**
 * The keys of the commands, generated from the one shortcut table the renderer's action
 * registry binds (core/host/shortcuts.ts). The renderer owns these keys in the browser and on
 * the desktop alike, and knows when a text field should have them instead, so the menu shows
 * them without registering them: a key then runs its action once, and Ctrl+Z in a text field
 * undoes typing, not the diagram. Delete has its own per-platform item below.
 */
export const ACCELERATORS: Partial<Record<MenuCommand, string>> = Object.fromEntries(
  MENU_COMMANDS.filter((command) => command !== 'edit.delete' && SHORTCUTS[command]?.length).map((command) => [
    command,
    toAccelerator(SHORTCUTS[command]![0]!),
  ]),
);

function item(
  actions: MenuActions,
  command: MenuCommand,
  label: string,
  extra: Partial<MenuItemConstructorOptions> = {},
): MenuItemConstructorOptions {
  const accelerator = ACCELERATORS[command];
  return {
    id: command,
    label,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.command(command),
    ...extra,
  };
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  const { recent, actions } = options;
  if (recent.length === 0)
    return [
      { label: 'No Recent Files', enabled: false },
      { type: 'separator' },
      { label: 'Clear Menu', enabled: false },
    ];
  return [
    ...recent.map((entry): MenuItemConstructorOptions => ({
      label: entry.label,
      click: () => actions.openRecent(entry.path),
    })),
    { type: 'separator' },
    { id: 'recent.clear', label: 'Clear Menu', click: () => actions.clearRecent() },
  ];
}

/** Access keys (Alt+F) exist on Windows and Linux only. */
function mnemonic(label: string, mac: boolean): string {
  return mac ? label.replace('&', '') : label;
}

/** The whole menu bar for `options.platform`. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions, platform, appName } = options;
  const mac = platform === 'darwin';
  const about: MenuItemConstructorOptions = {
    id: 'help.about',
    label: `About ${appName}`,
    click: () => actions.showAbout(),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mnemonic('&File', mac),
    submenu: [
      item(actions, 'file.new', 'New'),
      item(actions, 'file.newFromTemplate', 'New from Template…'),
      item(actions, 'file.open', 'Open…'),
      item(actions, 'file.import', 'Import requirements, pyproject or lock file…'),
      { id: 'file.openRecent', label: 'Open Recent', submenu: recentSubmenu(options) },
      { type: 'separator' },
      item(actions, 'file.save', 'Save'),
      item(actions, 'file.saveAs', 'Save As…'),
      { type: 'separator' },
      {
        id: 'file.export',
        label: 'Export',
        submenu: [
          item(actions, 'export.requirements', 'requirements.txt…'),
          item(actions, 'export.settings', 'Django Settings…'),
          item(actions, 'export.project', 'Project Skeleton…'),
          { type: 'separator' },
          item(actions, 'export.png', 'Canvas as PNG…'),
          item(actions, 'export.svg', 'Canvas as SVG…'),
          item(actions, 'export.mermaid', 'Mermaid Flowchart…'),
        ],
      },
      { type: 'separator' },
      item(actions, 'data.addPackageByName', 'Add Package by Name…'),
      item(actions, 'data.updatePackageData', 'Update Package Data…'),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit', label: 'E&xit' },
    ],
  };

  // Undo, redo and select all act on the diagram, so they are commands; cut, copy and paste are
  // roles, so text fields behave natively and the renderer gets the standard clipboard events.
  const editMenu: MenuItemConstructorOptions = {
    label: mnemonic('&Edit', mac),
    submenu: [
      item(actions, 'edit.undo', 'Undo'),
      item(actions, 'edit.redo', 'Redo'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      item(actions, 'edit.duplicate', 'Duplicate'),
      item(actions, 'edit.delete', 'Delete', { accelerator: mac ? 'Backspace' : 'Delete', registerAccelerator: false }),
      { type: 'separator' },
      item(actions, 'edit.selectAll', 'Select All'),
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mnemonic('&View', mac),
    submenu: [
      item(actions, 'view.commandPalette', 'Command Palette…'),
      { type: 'separator' },
      item(actions, 'view.fitView', 'Fit Diagram to Window'),
      item(actions, 'view.autoLayout', 'Arrange Automatically'),
      item(actions, 'view.autoWire', 'Wire Automatically'),
      { type: 'separator' },
      item(actions, 'view.toggleTheme', 'Toggle Light/Dark Theme'),
      { type: 'separator' },
      item(actions, 'view.togglePalette', 'Show/Hide Packages Panel'),
      item(actions, 'view.toggleInspector', 'Show/Hide Inspector'),
      item(actions, 'view.toggleProblems', 'Show/Hide Problems Panel'),
      item(actions, 'view.toggleMinimap', 'Show/Hide Minimap'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.development
        ? [{ type: 'separator' } as const, { role: 'reload' } as const, { role: 'toggleDevTools' } as const]
        : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = mac
    ? { role: 'windowMenu' }
    : { label: mnemonic('&Window', mac), submenu: [{ role: 'minimize' }, { role: 'close' }] };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      item(actions, 'help.shortcuts', 'Keyboard Shortcuts'),
      ...(mac ? [] : [{ type: 'separator' } as const, about]),
    ],
  };

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** The Open Recent label: the file's name and where it is. */
export function recentLabel(name: string, location: string): string {
  return `${name} — ${location}`;
}
