import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc-channels';
import { FakeIpcMain } from './test-support/fake-ipc';

type Handler = (...args: unknown[]) => unknown;

/** Just enough of Electron for index.ts to run its wiring in Node. */
const fake = vi.hoisted(() => {
  class Emitter {
    readonly handlers = new Map<string, Handler[]>();
    on(name: string, handler: Handler) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
      return this;
    }
    once(name: string, handler: Handler) {
      return this.on(name, handler);
    }
    emit(name: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(name) ?? []) handler(...args);
    }
  }
  const state = {
    userData: '',
    lock: true,
    windows: [] as InstanceType<typeof Window>[],
    menus: [] as unknown[],
    opened: [] as string[],
    quit: 0,
    ready: false,
    ipc: null as unknown,
    resolveReady: () => undefined as void,
  };
  class Window extends Emitter {
    readonly webContents = Object.assign(new Emitter(), {
      mainFrame: { url: 'app://bundle/index.html' },
      sent: [] as unknown[][],
      send(...args: unknown[]) {
        this.sent.push(args);
      },
      isCrashed: () => false,
      setWindowOpenHandler: () => undefined,
    });
    title = '';
    closeCalls = 0;
    loaded = '';
    constructor(readonly options: unknown) {
      super();
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    setRepresentedFilename() {}
    close() {
      this.closeCalls += 1;
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    isFullScreen = () => false;
    isMaximized = () => false;
    maximize() {}
    focus() {}
    restore() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 800 });
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: () => undefined,
    setPath: () => undefined,
    enableSandbox: () => undefined,
    requestSingleInstanceLock: () => state.lock,
    quit: () => {
      state.quit += 1;
    },
    isReady: () => state.ready,
    whenReady: () => new Promise<void>((resolve) => (state.resolveReady = resolve)),
    getPath: () => state.userData,
    getVersion: () => '0.1.0',
    addRecentDocument: () => undefined,
    clearRecentDocuments: () => undefined,
  });
  return { state, Window, app, Emitter };
});

vi.mock('electron', () => ({
  app: fake.app,
  BrowserWindow: fake.Window,
  ipcMain: {
    handle: (channel: string, handler: Handler) => (fake.state.ipc as FakeIpcMain).handle(channel, handler as never),
    on: (channel: string, handler: Handler) => (fake.state.ipc as FakeIpcMain).on(channel, handler as never),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => fake.state.menus.push(menu),
  },
  nativeTheme: { themeSource: 'light', shouldUseDarkColors: false },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    getAllDisplays: () => [],
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      webRequest: { onBeforeRequest: () => undefined, onHeadersReceived: () => undefined },
    },
  },
  shell: { openExternal: async (url: string) => void fake.state.opened.push(url) },
  dialog: {
    showMessageBox: async () => ({ response: 1 }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  },
}));

async function startMain(options: { lock?: boolean; argv?: string[] } = {}) {
  vi.resetModules();
  fake.state.userData = await mkdtemp(join(tmpdir(), 'djstack-main-'));
  fake.state.lock = options.lock ?? true;
  fake.state.windows = [];
  fake.state.menus = [];
  fake.state.opened = [];
  fake.state.quit = 0;
  fake.state.ready = false;
  fake.state.ipc = new FakeIpcMain();
  fake.app.handlers.clear();
  const argv = process.argv;
  process.argv = ['electron', '.', ...(options.argv ?? [])];
  try {
    await import('./index');
  } finally {
    process.argv = argv;
  }
  const ipc = fake.state.ipc as FakeIpcMain;
  const ready = async () => {
    fake.state.ready = true;
    fake.state.resolveReady();
    await vi.waitFor(() => expect(fake.state.windows[0]?.loaded).toBe('app://bundle/index.html'));
    return fake.state.windows[0]!;
  };
  const fromWindow = (window: InstanceType<typeof fake.Window>) => ({
    sender: window.webContents,
    senderFrame: window.webContents.mainFrame,
  });
  return { ipc, ready, fromWindow };
}

/** A diagram file; `padding` bytes of whitespace make it slower to read than a small one. */
async function diagramFile(name: string, padding = 0): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'djstack-doc-')), name);
  await writeFile(path, `{"format":"djstack","name":"${name}"${' '.repeat(padding)}}`);
  return path;
}

describe('the main process wiring', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('a second launch hands over to the running app and quits without a window', async () => {
    const { ipc } = await startMain({ lock: false });
    expect(fake.state.quit).toBe(1);
    expect(ipc.handlers.size).toBe(0);
    expect(fake.app.handlers.has('second-instance')).toBe(false);
  });

  it('on a cold start, files from argv and macOS open-file wait for the renderer, then open in order', async () => {
    // The first file is the larger one, so reading both at once would deliver the second first.
    const fromArgv = await diagramFile('argv.djstack', 4 * 1024 * 1024);
    const fromFinder = await diagramFile('finder.djstack');
    const { ipc, ready, fromWindow } = await startMain({ argv: [fromArgv] });
    const preventDefault = vi.fn();
    fake.app.emit('open-file', { preventDefault }, fromFinder);
    expect(preventDefault).toHaveBeenCalled();

    const window = await ready();
    expect(window.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false },
    });
    expect(window.webContents.sent).toEqual([]);

    ipc.send(fromWindow(window), SEND_CHANNELS.rendererReady);
    await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(2));
    const opened = window.webContents.sent.map(([channel, file]) => [channel, (file as { name: string }).name]);
    expect(opened).toEqual([
      [EVENT_CHANNELS.openFile, 'argv.djstack'],
      [EVENT_CHANNELS.openFile, 'finder.djstack'],
    ]);
    expect(JSON.stringify(window.webContents.sent)).not.toContain(fromArgv);
  });

  it('a second instance’s file opens in the running window', async () => {
    const file = await diagramFile('second.djstack');
    const { ipc, ready, fromWindow } = await startMain();
    const window = await ready();
    ipc.send(fromWindow(window), SEND_CHANNELS.rendererReady);
    fake.app.emit('second-instance', {}, ['/opt/app/djstack', file], '/');
    await vi.waitFor(() =>
      expect(window.webContents.sent.map(([channel]) => channel)).toContain(EVENT_CHANNELS.openFile),
    );
  });

  it('IPC from a frame that is not our window is refused', async () => {
    const { ipc, ready } = await startMain();
    await ready();
    const stranger = { sender: {}, senderFrame: { url: 'app://bundle/index.html' } };
    await expect(ipc.invoke(stranger, INVOKE_CHANNELS.listRecent)).rejects.toThrow('unknown sender');
  });

  it('a dirty document makes close ask the renderer, and its yes closes the window', async () => {
    const { ipc, ready, fromWindow } = await startMain();
    const window = await ready();
    ipc.send(fromWindow(window), SEND_CHANNELS.rendererReady);
    ipc.send(fromWindow(window), SEND_CHANNELS.setDocumentState, { name: 'shop.djstack', dirty: true, handle: null });
    expect(window.title).toMatch(/shop\.djstack — Django Stack Builder$/);

    const preventDefault = vi.fn();
    window.emit('close', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(window.webContents.sent).toContainEqual([EVENT_CHANNELS.closeRequest]);
    ipc.send(fromWindow(window), SEND_CHANNELS.confirmClose, true);
    expect(window.closeCalls).toBe(1);
  });

  it('links open in the browser only when the catalog lists them', async () => {
    const { ipc, ready, fromWindow } = await startMain();
    const window = await ready();
    ipc.send(fromWindow(window), SEND_CHANNELS.openExternal, 'https://evil.example/');
    ipc.send(fromWindow(window), SEND_CHANNELS.openExternal, 'https://docs.djangoproject.com/');
    const { defaultCatalog } = await import('../../core/catalog/catalog');
    const docs = defaultCatalog().packages.find((pkg) => pkg.links.docs?.startsWith('https://'))!.links.docs!;
    ipc.send(fromWindow(window), SEND_CHANNELS.openExternal, docs);
    await vi.waitFor(() => expect(fake.state.opened).toContain(docs));
    expect(fake.state.opened).not.toContain('https://evil.example/');
  });

  it('the menu is set once ready, and Open Recent lists a file after it was opened', async () => {
    const file = await diagramFile('recent.djstack');
    const { ipc, ready, fromWindow } = await startMain({ argv: [file] });
    const window = await ready();
    ipc.send(fromWindow(window), SEND_CHANNELS.rendererReady);
    await vi.waitFor(() => {
      const template = fake.state.menus.at(-1) as {
        label?: string;
        submenu?: { id?: string; submenu?: { label?: string }[] }[];
      }[];
      const file = template.find((menu) => menu.label?.replace('&', '') === 'File');
      const recent = file?.submenu?.find((entry) => entry.id === 'file.openRecent');
      expect(recent?.submenu?.[0]?.label).toContain('recent.djstack');
    });
  });
});
