import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../../core/host/contract';
import { BRIDGE_NAME, EVENT_CHANNELS, INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc-channels';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(event: unknown, value: unknown) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async (_channel: string, _payload?: unknown): Promise<unknown> => null),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: (event: unknown, value: unknown) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (event: unknown, value: unknown) => void) =>
        listeners.get(channel)?.delete(listener),
      ),
    },
    emit(channel: string, value?: unknown) {
      for (const listener of listeners.get(channel) ?? []) listener({ senderId: 0 }, value);
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (name: string, api: unknown) => electron.exposed.set(name, api) },
  ipcRenderer: electron.ipcRenderer,
}));

async function bridge(): Promise<HostApi> {
  vi.resetModules();
  await import('./index');
  return electron.exposed.get(BRIDGE_NAME) as HostApi;
}

describe('the preload bridge', () => {
  beforeEach(() => {
    electron.exposed.clear();
    electron.listeners.clear();
    vi.clearAllMocks();
  });

  it(`exposes named functions only, as window.${BRIDGE_NAME}`, async () => {
    const host = await bridge();
    expect(host.kind).toBe('electron');
    const values = Object.entries(host).filter(([key]) => key !== 'kind');
    expect(values.every(([, value]) => typeof value === 'function')).toBe(true);
    expect(Object.keys(host)).not.toContain('ipcRenderer');
    expect(Object.keys(host)).not.toContain('send');
    expect(Object.keys(host)).not.toContain('invoke');
  });

  it('requests go to their registered channel with only the contract’s fields', async () => {
    const host = await bridge();
    const smuggled = { handle: null, suggestedName: 'a.djstack', text: '{}', path: '/etc/passwd' };
    await host.saveDiagram(smuggled);
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.saveDiagram, {
      handle: null,
      suggestedName: 'a.djstack',
      text: '{}',
    });
    await host.writeAutosave('{}', 'shop.djstack');
    expect(electron.ipcRenderer.invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.writeAutosave, {
      text: '{}',
      name: 'shop.djstack',
    });
    host.setDocumentState({ name: 'shop.djstack', dirty: true, handle: null });
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.setDocumentState, {
      name: 'shop.djstack',
      dirty: true,
      handle: null,
    });
  });

  it('a refused request rejects with the reason only, without Electron’s prefix', async () => {
    const host = await bridge();
    electron.ipcRenderer.invoke.mockRejectedValueOnce(
      new Error('Error invoking remote method \'file:save\': Error: "shop.djstack" could not be saved'),
    );
    await expect(host.saveDiagramAs({ suggestedName: 'shop.djstack', text: '' })).rejects.toThrow(
      /^"shop.djstack" could not be saved$/,
    );
  });

  it('menu commands reach the listener; unknown commands do not; unsubscribing stops them', async () => {
    const host = await bridge();
    const listener = vi.fn();
    const unsubscribe = host.onCommand(listener);
    electron.emit(EVENT_CHANNELS.command, 'file.save');
    electron.emit(EVENT_CHANNELS.command, 'rm -rf');
    expect(listener.mock.calls).toEqual([['file.save']]);
    unsubscribe();
    electron.emit(EVENT_CHANNELS.command, 'file.open');
    expect(listener).toHaveBeenCalledOnce();
  });

  it('subscribing to opened files tells main the renderer is ready for queued files', async () => {
    const host = await bridge();
    const listener = vi.fn();
    host.onOpenFile(listener);
    expect(electron.ipcRenderer.send).toHaveBeenCalledWith(SEND_CHANNELS.rendererReady);
    electron.emit(EVENT_CHANNELS.openFile, { handle: 'h_1', name: 'a.djstack', text: '{}' });
    electron.emit(EVENT_CHANNELS.openFile, { name: 'no handle' });
    expect(listener.mock.calls).toEqual([[{ handle: 'h_1', name: 'a.djstack', text: '{}' }]]);
  });

  it('close requests and answers travel on their channels; the listener never sees the event object', async () => {
    const host = await bridge();
    const listener = vi.fn();
    host.onCloseRequest(listener);
    electron.emit(EVENT_CHANNELS.closeRequest);
    expect(listener).toHaveBeenCalledWith();
    host.confirmClose(true);
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.confirmClose, true);
    host.openExternal('https://docs.djangoproject.com/');
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(
      SEND_CHANNELS.openExternal,
      'https://docs.djangoproject.com/',
    );
  });

  it('a package data refresh hears its progress only while it runs, and Cancel is a plain send', async () => {
    const host = await bridge();
    let finish: (value: unknown) => void = () => undefined;
    electron.ipcRenderer.invoke.mockImplementationOnce(() => new Promise((resolve) => (finish = resolve)));
    const heard: unknown[] = [];
    const running = host.refreshPackageData({ indexUrl: 'https://pypi.org', names: ['django'] }, (p) => heard.push(p));
    electron.emit(EVENT_CHANNELS.packageDataProgress, { done: 1, total: 2 });
    electron.emit(EVENT_CHANNELS.packageDataProgress, { done: 'x', total: 2 });
    host.cancelPackageDataRefresh();
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.cancelPackageDataRefresh);
    finish({ ok: false, error: 'cancelled', cancelled: true });
    await running;
    electron.emit(EVENT_CHANNELS.packageDataProgress, { done: 2, total: 2 });
    expect(heard).toEqual([{ done: 1, total: 2 }]);
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNELS.refreshPackageData, {
      indexUrl: 'https://pypi.org',
      names: ['django'],
    });
  });
});
