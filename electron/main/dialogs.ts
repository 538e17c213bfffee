/**
 * Native dialogs, the only source of paths besides the OS's open-file events and the recent
 * list. Thin wrappers over Electron's dialog module; the decisions live in files.ts.
 */
import { dialog, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import type { FileDialogs } from './files';

const DIAGRAM_FILTERS = [{ name: 'Django Stack diagram', extensions: ['djstack'] }];
// Pipfile has no extension, so "All files" stays offered.
const DEPENDENCY_FILTERS = [
  { name: 'Requirements, pyproject and lock files', extensions: ['txt', 'in', 'toml', 'lock'] },
  { name: 'All files', extensions: ['*'] },
];

function exportFilters(suggestedName: string): Electron.FileFilter[] {
  const dot = suggestedName.lastIndexOf('.');
  const extension = dot > 0 ? suggestedName.slice(dot + 1) : '';
  return extension
    ? [
        { name: `${extension.toUpperCase()} file`, extensions: [extension] },
        { name: 'All files', extensions: ['*'] },
      ]
    : [];
}

export function nativeFileDialogs(window: () => BrowserWindow | null, defaultFolder: () => string): FileDialogs {
  let lastFolder: string | null = null;
  const remember = (path: string | undefined | null) => {
    if (path) lastFolder = path.replace(/[\\/][^\\/]*$/, '');
    return path ?? null;
  };
  const folder = () => lastFolder ?? defaultFolder();
  const parent = () => window() ?? undefined;

  const ask = async (message: string, detail: string, yes: string): Promise<boolean> => {
    const options = {
      type: 'warning' as const,
      message,
      detail,
      buttons: [yes, 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const owner = parent();
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    return response === 0;
  };

  return {
    async chooseDiagram() {
      const options: Electron.OpenDialogOptions = {
        title: 'Open Diagram',
        defaultPath: folder(),
        filters: DIAGRAM_FILTERS,
        properties: ['openFile'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : remember(result.filePaths[0]);
    },
    async chooseDependencyFile() {
      const options: Electron.OpenDialogOptions = {
        title: 'Import Requirements, pyproject or Lock File',
        defaultPath: folder(),
        filters: DEPENDENCY_FILTERS,
        properties: ['openFile'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : remember(result.filePaths[0]);
    },
    async chooseSavePath(kind, suggestedName) {
      const options: Electron.SaveDialogOptions = {
        title: kind === 'diagram' ? 'Save Diagram' : 'Export',
        defaultPath: join(folder(), suggestedName),
        filters: kind === 'diagram' ? DIAGRAM_FILTERS : exportFilters(suggestedName),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled ? null : remember(result.filePath);
    },
    async chooseFolder(suggestedName) {
      const options: Electron.OpenDialogOptions = {
        title: `Choose a folder for the project "${suggestedName}"`,
        buttonLabel: 'Export Here',
        defaultPath: folder(),
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const chosen = result.canceled ? null : (result.filePaths[0] ?? null);
      if (chosen) lastFolder = chosen;
      return chosen;
    },
    confirmOverwriteChanged(name) {
      return ask(
        `"${name}" changed on disk since you opened it.`,
        'Something else (a git pull, another editor) changed the file after it was opened here. Replacing it loses those changes; choose Cancel to keep them and reload the file first.',
        'Replace',
      );
    },
    confirmReplaceInFolder(folderPath) {
      return ask(
        `The folder "${folderPath}" is not empty.`,
        'Files of the project that already exist there will be replaced; other files are left alone.',
        'Replace',
      );
    },
  };
}
