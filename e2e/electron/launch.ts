/**
 * Starting the real desktop app for Playwright's `_electron`. The Electron binary is looked up
 * the way the electron package does it, but without its download on first use: where there is
 * no binary (as on machines that cannot reach GitHub), the tests skip and say exactly why.
 */
import { _electron, type ElectronApplication, type Page, type TestInfo } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

/** The Electron executable, or why there is none to run. */
export function findElectron(): { path: string } | { reason: string } {
  const packageDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (!relative && !override) {
    return {
      reason:
        'No Electron binary on this machine: node_modules/electron has not downloaded it (the package fetches it from ' +
        'GitHub on first use, which is not reachable here). Run `npx install-electron` where GitHub is reachable, or ' +
        'set ELECTRON_OVERRIDE_DIST_PATH, to run the desktop tests; the same flows run against the web build in e2e/web.',
    };
  }
  const path = override ? join(override, relative ?? 'electron') : join(packageDir, 'dist', relative!);
  if (!existsSync(path))
    return { reason: `No Electron binary on this machine: ${path} does not exist (run \`npx install-electron\`).` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'Electron needs a display and there is none (no DISPLAY): run the tests under `xvfb-run`.' };
  }
  return { path };
}

let built = false;

/** Builds main, preload and renderer once per run (about 2 s). */
export function buildOnce(): void {
  if (built) return;
  const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
  built = true;
}

export interface RunningApp {
  app: ElectronApplication;
  page: Page;
  userData: string;
}

/** Launches the app with a fresh data folder per test (or `userData` to continue one) and waits for the canvas. */
export async function launchApp(
  testInfo: TestInfo,
  options: { args?: string[]; userData?: string } = {},
): Promise<RunningApp> {
  const electron = findElectron();
  if (!('path' in electron)) throw new Error(electron.reason);
  buildOnce();
  const userData = options.userData ?? testInfo.outputPath(`user-data-${Date.now()}`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  env.DJSTACK_USER_DATA_DIR = userData;
  // Chromium refuses to start as root with its OS sandbox (CI containers); the renderer's own
  // `sandbox: true` still applies to the page's JavaScript.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    executablePath: electron.path,
    args: [...rootArgs, ROOT, ...(options.args ?? [])],
    cwd: ROOT,
    env,
  });
  const page = await app.firstWindow();
  await page.locator('.react-flow__pane').waitFor();
  return { app, page, userData };
}

/** Makes the next native save dialog answer `path` (Playwright cannot click native dialogs). */
export async function answerNextSaveDialog(app: ElectronApplication, path: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    const original = dialog.showSaveDialog;
    dialog.showSaveDialog = (async () => {
      dialog.showSaveDialog = original;
      return { canceled: false, filePath: chosen };
    }) as typeof dialog.showSaveDialog;
  }, path);
}

/** Clicks a native menu item by its id, as the user would. */
export async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click();
  }, id);
}

export async function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}
