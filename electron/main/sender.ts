/**
 * Which IPC messages come from us: only our window's top frame, showing our own page. A frame
 * that is an iframe, a page that navigated elsewhere, or any other webContents is refused.
 */

/** The parts of an IPC event that identify its sender (IpcMainEvent and IpcMainInvokeEvent). */
export interface SenderEvent {
  sender: unknown;
  senderFrame: { url: string } | null;
}

/** The parts of our window the check needs. */
export interface TrustedWindow {
  isDestroyed(): boolean;
  webContents: { mainFrame: unknown };
}

/** True when `url` is one of the app's own pages (the app:// bundle, or the dev server in development). */
export function isAppUrl(url: string, appOrigins: readonly string[]): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return appOrigins.includes(originOf(parsed));
}

/**
 * scheme://host[:port]. WHATWG URL gives custom schemes such as app:// the origin "null" outside
 * Electron (where app:// is registered as standard), so the origin is spelled out here.
 */
export function originOf(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** True when the event was sent by the main frame of `window` while it shows one of our pages. */
export function isTrustedSender(
  event: SenderEvent,
  window: TrustedWindow | null,
  appOrigins: readonly string[],
): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame || frame !== window.webContents.mainFrame) return false;
  if (event.sender !== window.webContents) return false;
  return isAppUrl(frame.url, appOrigins);
}
