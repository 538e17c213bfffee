/** The main window: secure web preferences, remembered bounds, shown once painted. */
import { BrowserWindow, nativeTheme, screen } from 'electron';
import { join } from 'node:path';
import { readJson, writeJson } from './json-store';
import { MIN_SIZE, placeWindow, stateToSave, WindowStateSchema, type Rect } from './window-state';

/** Work areas of the connected displays, the primary first. */
function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
}

export async function createMainWindow(options: {
  preload: string;
  stateFile: string;
  title: string;
}): Promise<BrowserWindow> {
  const saved = await readJson(options.stateFile, WindowStateSchema);
  const placement = placeWindow(saved, workAreas());
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f7f7f8',
    // Electron's security checklist, spelled out here where the window is made (and where
    // electronegativity looks): isolated, sandboxed, no Node, web security on, no webviews.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // A middle click would ask for a new window: it is denied anyway, but need not be raised.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (placement.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  const save = () => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    void writeJson(options.stateFile, stateToSave(window.getNormalBounds(), window.isMaximized())).catch(
      () => undefined,
    );
  };
  let timer: NodeJS.Timeout | null = null;
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
  return window;
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs');
}
