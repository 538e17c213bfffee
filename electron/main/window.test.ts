import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { writeJson } from './json-store';

type Listener = () => void;

const electron = vi.hoisted(() => {
  const created: { options: Record<string, unknown>; window: FakeWindow }[] = [];
  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    maximized = false;
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    constructor(options: Record<string, unknown>) {
      this.bounds = {
        x: options.x as number,
        y: options.y as number,
        width: options.width as number,
        height: options.height as number,
      };
      created.push({ options, window: this });
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
    }
    once(name: string, listener: Listener) {
      this.on(name, listener);
    }
    emit(name: string) {
      for (const listener of this.listeners.get(name) ?? []) listener();
    }
    maximize() {
      this.maximized = true;
    }
    isMaximized() {
      return this.maximized;
    }
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isFullScreen() {
      return false;
    }
    getNormalBounds() {
      return this.bounds;
    }
  }
  const display = (id: number, workArea: object) => ({ id, workArea });
  return {
    created,
    FakeWindow,
    displays: [display(1, { x: 0, y: 0, width: 1920, height: 1080 })],
  };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeWindow,
  nativeTheme: { shouldUseDarkColors: true },
  screen: { getPrimaryDisplay: () => electron.displays[0], getAllDisplays: () => electron.displays },
}));

const { createMainWindow } = await import('./window');

describe('the main window', () => {
  beforeEach(() => {
    electron.created.length = 0;
  });

  it('is created isolated, sandboxed, without Node and with web security, hidden until painted', async () => {
    const stateFile = join(await mkdtemp(join(tmpdir(), 'djstack-win-')), 'window-state.json');
    await createMainWindow({ preload: '/app/out/preload/index.cjs', stateFile, title: 'Django Stack Builder' });
    const { options } = electron.created[0]!;
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('reopens where it was saved, maximized again, and saves its bounds when closed', async () => {
    const stateFile = join(await mkdtemp(join(tmpdir(), 'djstack-win-')), 'window-state.json');
    await writeJson(stateFile, { version: 1, bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true });
    await createMainWindow({ preload: '/p.cjs', stateFile, title: 'x' });
    const { options, window } = electron.created[0]!;
    expect(options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    expect(window.isMaximized()).toBe(true);

    window.bounds = { x: 300, y: 200, width: 900, height: 650 };
    window.maximized = false;
    window.emit('close');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(stateFile, 'utf8'))).toEqual({
        version: 1,
        bounds: { x: 300, y: 200, width: 900, height: 650 },
        maximized: false,
      }),
    );
  });
});
