/**
 * The main process: wires Electron's lifecycle to the plain modules next to this file. Only
 * composition lives here; every decision is in a module with its own tests.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import { existsSync, watch } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import catalogMeta from '../../catalog/meta.json';
import { defaultCatalog } from '../../core/catalog/catalog';
import type { DocumentState, MenuCommand } from '../../core/host/contract';
import { EVENT_CHANNELS } from '../shared/ipc-channels';
import { aboutMessage } from './about';
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, serveAsset } from './app-protocol';
import { removeStaleTemps, writeAtomic } from './atomic-write';
import { Autosave } from './autosave';
import { CloseGuard } from './close-guard';
import { nativeFileDialogs } from './dialogs';
import { shownDocumentName, windowTitle } from './document-title';
import { catalogUrls } from './external-links';
import { DocumentFiles, FileProblem } from './files';
import { HandleRegistry } from './handles';
import { registerIpc } from './ipc';
import { packageDataService } from './package-data';
import { buildMenuTemplate, recentLabel } from './menu';
import { diagramPathsFromArgv, OpenFileQueue } from './open-file';
import { describePath } from './paths';
import { RecentFiles, recentForRenderer } from './recent';
import { hardenSession, hardenWebContents, openIfAllowed } from './security';
import { isTrustedSender } from './sender';
import { FileWatcher } from './watch';
import { createMainWindow, preloadPath } from './window';

const APP_NAME = 'Django Stack Builder';
const mainDir = fileURLToPath(new URL('.', import.meta.url));
const devServer = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const appOrigins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];

app.setName(APP_NAME);
// End-to-end tests start every run with a fresh data folder (autosave, recent list, window
// state); it must be set before the single-instance lock, which lives in that folder.
if (!app.isPackaged && process.env.DJSTACK_USER_DATA_DIR) app.setPath('userData', process.env.DJSTACK_USER_DATA_DIR);
app.enableSandbox();
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

if (!app.requestSingleInstanceLock()) {
  // Another instance runs: it receives our argv through 'second-instance' and opens the file.
  app.quit();
} else {
  start();
}

function start(): void {
  const home = homedir();
  const userData = app.getPath('userData');
  const handles = new HandleRegistry();
  const openQueue = new OpenFileQueue();
  const autosave = new Autosave(join(userData, 'autosave'));
  const allowedExternalUrls = catalogUrls(defaultCatalog().packages);
  const hardening = { appOrigins, allowedExternalUrls, openExternal: (url: string) => void shell.openExternal(url) };

  let mainWindow: BrowserWindow | null = null;
  let closeGuard: CloseGuard | null = null;
  let rendererListening = false;
  let quitting = false;
  let document: DocumentState = { name: 'Untitled', dirty: false, handle: null };

  const recent = new RecentFiles({
    file: join(userData, 'recent-files.json'),
    os: { add: (path) => app.addRecentDocument(path), clear: () => app.clearRecentDocuments() },
    onChange: () => rebuildMenu(),
  });

  const files = new DocumentFiles({
    handles,
    home,
    dialogs: nativeFileDialogs(
      () => mainWindow,
      () => app.getPath('documents'),
    ),
    write: writeAtomic,
    onDiagramUsed: (path) => recent.add(path),
  });

  const watcher = new FileWatcher({
    watch: (folder, listener) => watch(folder, { persistent: false }, (event, filename) => listener(event, filename)),
    outsideChange: (path) => files.outsideChange(path),
    notify: (path) => mainWindow?.webContents.send(EVENT_CHANNELS.fileChanged, handles.issue(path)),
  });

  const send = (channel: string, value?: unknown) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(channel, value);
  };

  const packageData = packageDataService({
    folder: userData,
    fetch: (url, init) => fetch(url, init),
    write: writeAtomic,
    progress: (progress) => send(EVENT_CHANNELS.packageDataProgress, progress),
  });

  const showError = (message: string, detail?: string) => {
    const options = { type: 'error' as const, message, ...(detail ? { detail } : {}), buttons: ['OK'] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };

  /**
   * Reads a file the OS or the recent list named and hands it to the renderer. Reads run one
   * after another, so files reach the renderer in the order they were asked for even when a
   * small file would finish reading before a large one.
   */
  let deliveries: Promise<void> = Promise.resolve();
  const deliver = (path: string): Promise<void> => {
    deliveries = deliveries.then(async () => {
      try {
        send(EVENT_CHANNELS.openFile, await files.readDiagram(path));
      } catch (error) {
        if (!existsSync(path)) recent.remove(path);
        const reason = error instanceof FileProblem ? error.message : `${path}: ${(error as Error).message}`;
        showError('The diagram could not be opened.', reason);
      }
    });
    return deliveries;
  };

  const openFromOs = (path: string) => {
    openQueue.push(path);
    if (app.isReady() && !mainWindow) void createWindow();
    focusWindow();
  };

  function focusWindow(): void {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }

  function rebuildMenu(): void {
    if (!app.isReady()) return;
    const template = buildMenuTemplate({
      platform: process.platform,
      appName: APP_NAME,
      development: Boolean(devServer),
      recent: recent.list().map((path) => {
        const { name, location } = describePath(path, home);
        return { label: recentLabel(name, location), path };
      }),
      actions: {
        command: (command: MenuCommand) => {
          if (mainWindow) send(EVENT_CHANNELS.command, command);
          else void createWindow();
        },
        openRecent: openFromOs,
        clearRecent: () => recent.clear(),
        showAbout,
      },
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  function showAbout(): void {
    const { message, detail } = aboutMessage({
      appName: APP_NAME,
      appVersion: app.getVersion(),
      catalogVersion: catalogMeta.version,
      versions: process.versions,
      os: `${process.platform} ${process.getSystemVersion()} (${process.arch})`,
    });
    const options = { type: 'info' as const, title: `About ${APP_NAME}`, message, detail, buttons: ['OK'] };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  }

  async function createWindow(): Promise<void> {
    if (mainWindow) return;
    const window = await createMainWindow({
      preload: preloadPath(mainDir),
      stateFile: join(userData, 'window-state.json'),
      title: APP_NAME,
    });
    mainWindow = window;
    const guard = new CloseGuard({
      askRenderer: () => {
        if (!rendererListening || window.webContents.isCrashed()) return false;
        window.webContents.send(EVENT_CHANNELS.closeRequest);
        return true;
      },
      askUser: async () => {
        const { response } = await dialog.showMessageBox(window, {
          type: 'warning',
          message: `${document.name} has unsaved changes.`,
          detail:
            'The window is not responding. Close it anyway? The last autosave is offered again the next time you start the app.',
          buttons: ['Close Anyway', 'Cancel'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        });
        return response === 0;
      },
      close: () => window.close(),
      onCancelled: () => {
        quitting = false;
      },
    });
    closeGuard = guard;
    window.on('close', (event) => {
      if (!guard.requestClose()) event.preventDefault();
    });
    window.on('closed', () => {
      mainWindow = null;
      closeGuard = null;
      rendererListening = false;
      openQueue.notReady();
      watcher.close();
      document = { name: 'Untitled', dirty: false, handle: null };
    });
    window.webContents.on('did-navigate', () => {
      rendererListening = false;
      openQueue.notReady();
    });
    window.webContents.on('render-process-gone', () => {
      rendererListening = false;
      openQueue.notReady();
    });
    await window.loadURL(devServer ?? APP_ENTRY);
  }

  const trusted = (event: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(event, mainWindow, appOrigins);

  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFromOs(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    for (const path of diagramPathsFromArgv(argv, workingDirectory)) openFromOs(path);
    if (!mainWindow && app.isReady()) void createWindow();
    focusWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, hardening));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow) void createWindow();
  });

  for (const path of diagramPathsFromArgv(process.argv, process.cwd())) openQueue.push(path);

  void app.whenReady().then(async () => {
    nativeTheme.themeSource = 'system';
    hardenSession(session.defaultSession, { appOrigins, ...(devServer ? { devServer } : {}) });
    const rendererRoot = join(mainDir, '../renderer');
    protocol.handle(APP_SCHEME, (request) => serveAsset(rendererRoot, request.url));
    await recent.load();
    // A writer killed mid-save (power cut, kill -9) left its temporary file: remove those of the
    // app's data and of the recent diagrams' folders, whose process is gone.
    const tempFolders = new Set([userData, join(userData, 'autosave'), ...recent.list().map((path) => dirname(path))]);
    void Promise.all([...tempFolders].map((folder) => removeStaleTemps(folder)));
    registerIpc(
      ipcMain,
      {
        openDiagram: () => files.openDiagram(),
        openDependencyFile: () => files.openDependencyFile(),
        saveDiagram: (request) => files.saveDiagram(request),
        saveDiagramAs: (request) => files.saveDiagramAs(request),
        exportText: (request) => files.exportText(request),
        exportBinary: (request) => files.exportBinary(request),
        exportProject: (request) => files.exportProject(request),
        openRecent: async (handle) => {
          const result = await files.readHandle(handle);
          const path = handles.pathOf(handle);
          if ('error' in result && path && !existsSync(path)) recent.remove(path);
          return result;
        },
        listRecent: () => recentForRenderer(recent.list(), handles, home),
        reload: (handle) => files.readHandle(handle),
        writeAutosave: ({ text, name }) => autosave.write(text, name),
        readRecovery: () => autosave.read(),
        clearAutosave: () => autosave.clear(),
        readPackageData: () => packageData.read(),
        refreshPackageData: (request) => packageData.refresh(request),
      },
      {
        setDocumentState: (state) => {
          document = { ...state, name: shownDocumentName(state.name) };
          closeGuard?.setDirty(state.dirty);
          const path = state.handle ? (handles.pathOf(state.handle) ?? null) : null;
          watcher.follow(path);
          if (!mainWindow) return;
          mainWindow.setTitle(windowTitle(document.name, state.dirty, APP_NAME, process.platform));
          mainWindow.setDocumentEdited(state.dirty);
          mainWindow.setRepresentedFilename(path ?? '');
        },
        openExternal: (url) => {
          openIfAllowed(url, hardening);
        },
        confirmClose: (allow) => closeGuard?.answer(allow),
        cancelPackageDataRefresh: () => packageData.cancel(),
        rendererReady: () => {
          rendererListening = true;
          openQueue.ready((path) => void deliver(path));
        },
      },
      { isTrusted: trusted, warn: (message) => process.stderr.write(`${message}\n`) },
    );
    rebuildMenu();
    await createWindow();
  });
}
