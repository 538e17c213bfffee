import { describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc-channels';
import { registerIpc, type InvokeHandlers, type SendHandlers } from './ipc';
import { isTrustedSender } from './sender';
import { APP_ORIGINS, FakeIpcMain, fakeWindow } from './test-support/fake-ipc';

const HANDLE = `h_${'a'.repeat(32)}`;

function setup() {
  const ipc = new FakeIpcMain();
  const win = fakeWindow();
  const invoke = {
    openDiagram: vi.fn(async () => null),
    saveDiagram: vi.fn(async () => ({ handle: HANDLE, name: 'a.djstack' })),
    saveDiagramAs: vi.fn(async () => null),
    exportText: vi.fn(async () => null),
    exportBinary: vi.fn(async () => null),
    exportProject: vi.fn(async () => null),
    openDependencyFile: vi.fn(async () => null),
    openRecent: vi.fn(async () => ({ error: 'gone' })),
    listRecent: vi.fn(() => []),
    reload: vi.fn(async () => ({ error: 'gone' })),
    writeAutosave: vi.fn(async () => undefined),
    readRecovery: vi.fn(async () => null),
    clearAutosave: vi.fn(async () => undefined),
    readPackageData: vi.fn(async () => null),
    refreshPackageData: vi.fn(async () => ({ ok: false as const, error: 'offline', cancelled: false })),
  } satisfies InvokeHandlers;
  const send = {
    setDocumentState: vi.fn(),
    openExternal: vi.fn(),
    confirmClose: vi.fn(),
    rendererReady: vi.fn(),
    cancelPackageDataRefresh: vi.fn(),
  } satisfies SendHandlers;
  const warn = vi.fn();
  registerIpc(ipc, invoke, send, { isTrusted: (event) => isTrustedSender(event, win.window, APP_ORIGINS), warn });
  return { ipc, win, invoke, send, warn };
}

describe('IPC wiring', () => {
  it('registers every channel of the registry exactly once', () => {
    const { ipc } = setup();
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    expect([...ipc.listeners.keys()].sort()).toEqual(Object.values(SEND_CHANNELS).sort());
  });

  it('passes a valid save request from our window to the handler', async () => {
    const { ipc, win, invoke } = setup();
    const request = { handle: HANDLE, suggestedName: 'shop.djstack', text: '{}' };
    await expect(ipc.invoke(win.fromMainFrame(), INVOKE_CHANNELS.saveDiagram, request)).resolves.toEqual({
      handle: HANDLE,
      name: 'a.djstack',
    });
    expect(invoke.saveDiagram).toHaveBeenCalledWith(request);
  });

  it('refuses a request from an iframe without calling the handler', async () => {
    const { ipc, win, invoke, warn } = setup();
    await expect(ipc.invoke(win.fromIframe(), INVOKE_CHANNELS.openDiagram)).rejects.toThrow('unknown sender');
    expect(invoke.openDiagram).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('not the app'));
  });

  it('refuses a request from another webContents', async () => {
    const { ipc, win, invoke } = setup();
    await expect(ipc.invoke(win.fromOtherContents(), INVOKE_CHANNELS.listRecent)).rejects.toThrow('unknown sender');
    expect(invoke.listRecent).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a path instead of a handle',
      INVOKE_CHANNELS.saveDiagram,
      { handle: '/etc/passwd', suggestedName: 'a.djstack', text: '' },
      'handle',
    ],
    [
      'a suggested name that is a path',
      INVOKE_CHANNELS.saveDiagramAs,
      { suggestedName: '../../.bashrc', text: '' },
      'suggestedName',
    ],
    [
      'an extra field',
      INVOKE_CHANNELS.saveDiagramAs,
      { suggestedName: 'a.djstack', text: '', path: '/tmp/x' },
      'Unrecognized key',
    ],
    ['a missing field', INVOKE_CHANNELS.exportText, { suggestedName: 'requirements.txt' }, 'text'],
    ['a number for text', INVOKE_CHANNELS.writeAutosave, { text: 42, name: null }, 'text'],
    [
      'an oversized diagram',
      INVOKE_CHANNELS.saveDiagramAs,
      { suggestedName: 'a.djstack', text: 'x'.repeat(6 * 1024 * 1024) },
      'text',
    ],
    ['a string instead of bytes', INVOKE_CHANNELS.exportBinary, { suggestedName: 'a.png', data: 'AAAA' }, 'data'],
    [
      'a project file escaping its folder',
      INVOKE_CHANNELS.exportProject,
      { suggestedName: 'shop', files: [{ path: '../outside.py', content: '' }] },
      'files.0.path',
    ],
    [
      'an absolute project path',
      INVOKE_CHANNELS.exportProject,
      { suggestedName: 'shop', files: [{ path: '/etc/cron.d/x', content: '' }] },
      'files.0.path',
    ],
    [
      'a renderer trying to skip the "folder not empty" question',
      INVOKE_CHANNELS.exportProject,
      { suggestedName: 'shop', files: [{ path: 'manage.py', content: '' }], overwrite: true },
      '',
    ],
    ['a handle that was never issued in form', INVOKE_CHANNELS.openRecent, 'h_../../secret', ''],
    ['an argument where none is expected', INVOKE_CHANNELS.openDiagram, { path: '/etc/passwd' }, ''],
  ])('refuses %s', async (_label, channel, payload, field) => {
    const { ipc, win, invoke } = setup();
    const refusal = ipc.invoke(win.fromMainFrame(), channel, payload);
    await expect(refusal).rejects.toThrow(`${channel} refused: ${field}`);
    for (const handler of Object.values(invoke)) expect(handler).not.toHaveBeenCalled();
  });

  it('refuses a request with more than one argument', async () => {
    const { ipc, win, invoke } = setup();
    await expect(ipc.invoke(win.fromMainFrame(), INVOKE_CHANNELS.reload, HANDLE, '/etc/passwd')).rejects.toThrow(
      'too many arguments',
    );
    expect(invoke.reload).not.toHaveBeenCalled();
  });

  it('accepts real bytes for a PNG export', async () => {
    const { ipc, win, invoke } = setup();
    const data = new Uint8Array([137, 80, 78, 71]);
    await ipc.invoke(win.fromMainFrame(), INVOKE_CHANNELS.exportBinary, { suggestedName: 'stack.png', data });
    expect(invoke.exportBinary).toHaveBeenCalledWith({ suggestedName: 'stack.png', data });
  });

  it('delivers valid notifications and drops invalid or foreign ones', () => {
    const { ipc, win, send, warn } = setup();
    ipc.send(win.fromMainFrame(), SEND_CHANNELS.setDocumentState, { name: 'shop.djstack', dirty: true, handle: null });
    expect(send.setDocumentState).toHaveBeenCalledWith({ name: 'shop.djstack', dirty: true, handle: null });

    ipc.send(win.fromMainFrame(), SEND_CHANNELS.confirmClose, 'yes');
    ipc.send(win.fromIframe(), SEND_CHANNELS.confirmClose, true);
    ipc.send(win.fromMainFrame(), SEND_CHANNELS.openExternal, { url: 'https://x' });
    ipc.send(win.fromMainFrame(), SEND_CHANNELS.rendererReady, 'now', 'please');
    expect(send.confirmClose).not.toHaveBeenCalled();
    expect(send.openExternal).not.toHaveBeenCalled();
    expect(send.rendererReady).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(4);

    ipc.send(win.fromMainFrame(), SEND_CHANNELS.confirmClose, false);
    expect(send.confirmClose).toHaveBeenCalledWith(false);
  });
});
