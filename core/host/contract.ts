/**
 * The one contract between the renderer and its host. In Electron the preload exposes an object
 * that `satisfies HostApi` as `window.stackBuilder`; in a browser (`npm run web`, the e2e tests)
 * the renderer builds one from browser APIs. The renderer reaches files, dialogs and menus only
 * through this interface.
 *
 * Files are named by opaque handles that the host issued (from a dialog, the OS's open-file
 * event, or the recent list): the renderer never supplies a path.
 */

/** A document the host read for the renderer. */
export interface OpenedFile {
  /** Opaque token for this file, issued by the host. */
  handle: string;
  /** The file name to show ("stack.djstack"). */
  name: string;
  text: string;
}

/**
 * A requirements, pyproject or lock file the host read for File > Import…, with the `-r`/`-c`
 * files it names, so the app follows includes as `djstack import` does.
 */
export interface OpenedDependencyFile {
  /** The file name ("production.txt"). */
  name: string;
  text: string;
  /**
   * Each include by the path core's reader asks for (relative to the file's folder, "/"-separated):
   * its text, or why it was not read. A web host reads no includes and leaves this empty.
   */
  includes: Record<string, { text: string } | { error: string }>;
}

export interface SavedFile {
  handle: string;
  name: string;
}

export interface RecentFile {
  handle: string;
  name: string;
  /** Where it is, for display only ("~/code/shop"). */
  location: string;
}

export interface ProjectFile {
  /** A relative POSIX path inside the project folder ("shop/settings.py"). */
  path: string;
  content: string;
}

export type ExportProjectResult = { ok: true; folder: string } | { ok: false; error: string; folderNotEmpty?: boolean };

export interface Recovery {
  text: string;
  /** ISO time of the autosave. */
  savedAt: string;
  /** The file the unsaved changes belong to, when it had one. */
  name: string | null;
}

export interface DocumentState {
  /** Shown in the window title. */
  name: string;
  dirty: boolean;
  handle: string | null;
}

/** Every command a menu or the OS can ask the renderer to perform; each is a registered action. */
export const MENU_COMMANDS = [
  'file.new',
  'file.newFromTemplate',
  'file.open',
  'file.import',
  'file.save',
  'file.saveAs',
  'export.requirements',
  'export.settings',
  'export.project',
  'export.png',
  'export.svg',
  'export.mermaid',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'view.fitView',
  'view.autoLayout',
  'view.autoWire',
  'view.commandPalette',
  'view.toggleTheme',
  'view.togglePalette',
  'view.toggleInspector',
  'view.toggleProblems',
  'view.toggleMinimap',
  'help.shortcuts',
  'help.about',
  'data.updatePackageData',
  'data.addPackageByName',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Packages done of all, while package data is refreshed. */
export interface PackageDataProgress {
  done: number;
  total: number;
}

/**
 * What a package data refresh gave: the new cache file's text (the host kept it; the renderer
 * lays it over the bundled catalog), or one sentence why nothing changed.
 */
export type PackageDataRefreshOutcome =
  | { ok: true; cacheText: string; refreshed: number; failures: { name: string; message: string }[] }
  | { ok: false; error: string; cancelled: boolean };

export interface HostApi {
  readonly kind: 'electron' | 'web';
  /** Asks the user for a diagram to open; null when cancelled. */
  openDiagram(): Promise<OpenedFile | null>;
  /** Asks for a requirements, pyproject or lock file to import and reads it with its includes; null when cancelled. */
  openDependencyFile(): Promise<OpenedDependencyFile | null>;
  /** Saves to `handle`, or asks where (as Save As) when there is none; null when cancelled. */
  saveDiagram(request: { handle: string | null; suggestedName: string; text: string }): Promise<SavedFile | null>;
  /** Always asks where to save; null when cancelled. */
  saveDiagramAs(request: { suggestedName: string; text: string }): Promise<SavedFile | null>;
  /** Writes one exported text file where the user chooses; null when cancelled. */
  exportText(request: { suggestedName: string; text: string }): Promise<SavedFile | null>;
  /** Writes one exported binary file (a PNG) where the user chooses; null when cancelled. */
  exportBinary(request: { suggestedName: string; data: Uint8Array }): Promise<SavedFile | null>;
  /**
   * Writes a project skeleton into a folder the user chooses; null when cancelled. Whether to
   * write into a folder that is not empty is asked by the host itself, never by the caller.
   */
  exportProject(request: { suggestedName: string; files: ProjectFile[] }): Promise<ExportProjectResult | null>;
  /** Reads a recent file again by its handle. */
  openRecent(handle: string): Promise<OpenedFile | { error: string }>;
  listRecent(): Promise<RecentFile[]>;
  /** Re-reads the open file after it changed on disk. */
  reload(handle: string): Promise<OpenedFile | { error: string }>;
  /** Tells the host the document's name and whether it has unsaved changes. */
  setDocumentState(state: DocumentState): void;
  /** Keeps unsaved changes in the app's data folder (or browser storage). */
  writeAutosave(text: string, name: string | null): Promise<void>;
  /**
   * The renderer's text worker may write the recovery copy itself (the web build's IndexedDB,
   * which workers share), so a large diagram's text never crosses to the UI thread.
   */
  readonly recoveryInWorker?: boolean;
  readRecovery(): Promise<Recovery | null>;
  clearAutosave(): Promise<void>;
  /** Opens an https link from the catalog in the user's browser. */
  openExternal(url: string): void;
  /** Subscriptions return a function that unsubscribes. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
  /** A file opened from the OS (double-click, second instance, Open Recent). */
  onOpenFile(listener: (file: OpenedFile) => void): () => void;
  /** The open file changed on disk (a `git pull`). */
  onFileChanged(listener: (handle: string) => void): () => void;
  /** The host wants to close the window: the renderer answers whether it may. */
  onCloseRequest(listener: () => void): () => void;
  /** Answers a close request: true closes the window (after any save the renderer did). */
  confirmClose(allow: boolean): void;
  /** The refreshed package data kept by an earlier refresh (cache file text), or null. */
  readPackageData(): Promise<string | null>;
  /**
   * Reads the release layer of `names` from the index at `indexUrl` (PyPI's JSON API) and keeps
   * it; `onProgress` hears packages done. One refresh at a time.
   */
  refreshPackageData(
    request: { indexUrl: string; names: string[] },
    onProgress: (progress: PackageDataProgress) => void,
  ): Promise<PackageDataRefreshOutcome>;
  /** Stops the running refresh: it then answers `cancelled` and keeps nothing. */
  cancelPackageDataRefresh(): void;
}
