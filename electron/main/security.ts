/**
 * Electron's security checklist, in one place: the window's web preferences, the Content
 * Security Policy, blocked navigation and pop-ups, denied permissions, no remote content.
 * The renderer shows text from files that strangers send, so it is treated as untrusted.
 */
import type { Session, WebContents } from 'electron';
import { isAllowedExternalUrl } from './external-links';
import { isAppUrl } from './sender';

/**
 * The Content Security Policy of the app's pages: no eval, no inline scripts, nothing remote.
 * Inline styles stay allowed because React Flow positions nodes with style attributes; styles
 * cannot run code. The same policy holds in development: the renderer's dev server runs
 * without hot reload, whose inline preamble would need 'unsafe-inline'.
 */
export function contentSecurityPolicy(): string {
  const directives: Record<string, string> = {
    'default-src': "'none'",
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self' data:",
    'connect-src': "'self' data: blob:",
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
    'frame-src': "'none'",
    'frame-ancestors': "'none'",
    'media-src': "'none'",
    'manifest-src': "'none'",
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** Schemes a page of ours may load from; everything else (http, https, file, ftp...) is cancelled. */
export function isAllowedRequest(url: string, appOrigins: readonly string[], development = false): boolean {
  if (isAppUrl(url, appOrigins)) return true;
  // devtools: only while developing (DevTools is not opened in a packaged app); no extensions ever.
  if (development && /^devtools:/.test(url)) return true;
  return /^(data|blob):/.test(url);
}

export interface HardeningOptions {
  appOrigins: readonly string[];
  allowedExternalUrls: ReadonlySet<string>;
  openExternal(url: string): void;
}

/** Opens `url` in the user's browser when the catalog lists it; anything else is dropped. */
export function openIfAllowed(url: string, options: HardeningOptions): boolean {
  if (!isAllowedExternalUrl(url, options.allowedExternalUrls)) return false;
  options.openExternal(url);
  return true;
}

/**
 * Blocks navigation away from our pages, new windows and <webview>; a link to a catalog URL
 * opens in the user's browser instead. Applied to every webContents the app creates.
 */
export function hardenWebContents(contents: WebContents, options: HardeningOptions): void {
  const keepOnApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url, options.appOrigins)) return;
    event.preventDefault();
    openIfAllowed(url, options);
  };
  contents.on('will-navigate', (event) => keepOnApp(event, event.url));
  contents.on('will-frame-navigate', (event) => keepOnApp(event, event.url));
  contents.on('will-redirect', (event) => keepOnApp(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openIfAllowed(url, options);
    return { action: 'deny' };
  });
}

/** Permissions a page of ours may have: writing text to the clipboard (copy requirements.txt). */
export function isPermissionGranted(permission: string, requestingUrl: string, appOrigins: readonly string[]): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl, appOrigins);
}

/** Denies permissions, cancels remote requests and adds the CSP header to dev-server responses. */
export function hardenSession(session: Session, options: { appOrigins: readonly string[]; devServer?: string }): void {
  const { appOrigins, devServer } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, appOrigins)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appOrigins),
  );
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequest(details.url, appOrigins, Boolean(devServer)) }),
  );
  if (devServer) {
    const csp = contentSecurityPolicy();
    session.webRequest.onHeadersReceived((details, callback) => {
      const headers = { ...details.responseHeaders };
      if (isAppUrl(details.url, appOrigins)) headers['Content-Security-Policy'] = [csp];
      callback({ responseHeaders: headers });
    });
  }
}
