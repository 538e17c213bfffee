/** A stand-in for ipcMain and the window, so the IPC wiring can be exercised in plain Node. */
import type { IpcMainLike } from '../ipc';
import type { SenderEvent, TrustedWindow } from '../sender';

export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, (event: SenderEvent, ...args: unknown[]) => unknown>();
  readonly listeners = new Map<string, (event: SenderEvent, ...args: unknown[]) => void>();

  handle(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }

  on(channel: string, listener: (event: SenderEvent, ...args: unknown[]) => void): void {
    this.listeners.set(channel, listener);
  }

  /** What ipcRenderer.invoke would get back. */
  async invoke(event: SenderEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }

  send(event: SenderEvent, channel: string, ...args: unknown[]): void {
    this.listeners.get(channel)?.(event, ...args);
  }
}

export const APP_ORIGINS = ['app://bundle'];

/** Our window, its webContents and main frame, plus events from it and from strangers. */
export function fakeWindow(url = 'app://bundle/index.html') {
  const mainFrame = { url };
  const webContents = { mainFrame };
  let destroyed = false;
  const window: TrustedWindow & { destroy(): void } = {
    webContents,
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
  return {
    window,
    mainFrame,
    fromMainFrame: (): SenderEvent => ({ sender: webContents, senderFrame: mainFrame }),
    fromIframe: (): SenderEvent => ({ sender: webContents, senderFrame: { url: 'app://bundle/index.html' } }),
    fromOtherContents: (): SenderEvent => ({ sender: { mainFrame }, senderFrame: mainFrame }),
  };
}
