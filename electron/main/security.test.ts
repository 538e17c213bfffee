import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isPermissionGranted,
} from './security';

const ORIGINS = ['app://bundle'];
const CATALOG_URL = 'https://docs.celeryq.dev/en/stable/';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((part) => [part.slice(0, part.indexOf(' ')), part.slice(part.indexOf(' ') + 1)]));
}

/** A webContents that records the listeners the hardening installs. */
function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on: (name: string, listener: (event: { preventDefault(): void; url: string }) => void) =>
      listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const fire = (name: string, url: string) => {
    const event = { url, preventDefault: vi.fn() };
    listeners.get(name)!(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return {
    contents: contents as unknown as WebContents,
    fire,
    open: (url: string) => openHandler!({ url }),
    listeners,
  };
}

function hardened() {
  const openExternal = vi.fn();
  const fake = fakeContents();
  hardenWebContents(fake.contents, { appOrigins: ORIGINS, allowedExternalUrls: new Set([CATALOG_URL]), openExternal });
  return { ...fake, openExternal };
}

describe('the security checklist', () => {
  it('the CSP allows no eval, no inline script and nothing remote', () => {
    const csp = directives(contentSecurityPolicy());
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    for (const value of csp.values()) {
      expect(value).not.toMatch(/unsafe-eval|wasm-unsafe-eval|https?:|\*/);
    }
  });

  it('navigation away from the app is blocked; a catalog link goes to the browser instead', () => {
    const { fire, openExternal } = hardened();
    expect(fire('will-navigate', 'https://evil.example/phish')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
    expect(fire('will-navigate', CATALOG_URL)).toBe(true);
    expect(openExternal).toHaveBeenCalledWith(CATALOG_URL);
    expect(fire('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://localhost:8000/')).toBe(true);
  });

  it('reloading our own page is not blocked', () => {
    const { fire } = hardened();
    expect(fire('will-navigate', 'app://bundle/index.html')).toBe(false);
  });

  it('window.open never opens a window; catalog links open in the browser', () => {
    const { open, openExternal } = hardened();
    expect(open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(open(CATALOG_URL)).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual([[CATALOG_URL]]);
  });

  it('<webview> tags are never attached', () => {
    const { fire } = hardened();
    expect(fire('will-attach-webview', 'app://bundle/index.html')).toBe(true);
  });

  it('requests leave only for our own bundle and inline data', () => {
    expect(isAllowedRequest('app://bundle/assets/a.js', ORIGINS)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', ORIGINS)).toBe(true);
    expect(isAllowedRequest('blob:app://bundle/1234', ORIGINS)).toBe(true);
    for (const url of [
      'https://cdn.example/x.js',
      'http://127.0.0.1:8000/',
      'file:///etc/passwd',
      'ws://evil.example/',
      'devtools://devtools/bundled/inspector.html',
      'chrome-extension://abcdef/background.js',
    ]) {
      expect(isAllowedRequest(url, ORIGINS)).toBe(false);
    }
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', ORIGINS, true)).toBe(true);
    expect(isAllowedRequest('chrome-extension://abcdef/x.js', ORIGINS, true)).toBe(false);
  });

  it('permissions are denied except writing to the clipboard from our page', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://bundle/index.html', ORIGINS)).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      expect(isPermissionGranted(permission, 'app://bundle/index.html', ORIGINS)).toBe(false);
    }
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://evil.example/', ORIGINS)).toBe(false);
  });

  it('the session denies permission requests, cancels remote requests and puts the CSP on dev-server pages', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      webRequest: {
        onBeforeRequest: (h: never) => (handlers.before = h),
        onHeadersReceived: (h: never) => (handlers.headers = h),
      },
    };
    hardenSession(session as unknown as Session, {
      appOrigins: [...ORIGINS, 'http://localhost:5173'],
      devServer: 'http://localhost:5173',
    });
    const granted = vi.fn();
    (handlers.request as (...args: unknown[]) => void)(null, 'media', granted, { requestingUrl: 'app://bundle/' });
    expect(granted).toHaveBeenCalledWith(false);
    const decided = vi.fn();
    (handlers.before as (...args: unknown[]) => void)({ url: 'https://evil.example/beacon' }, decided);
    expect(decided).toHaveBeenCalledWith({ cancel: true });
    const headers = vi.fn();
    (handlers.headers as (...args: unknown[]) => void)({ url: 'http://localhost:5173/', responseHeaders: {} }, headers);
    expect(headers).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy()] } });
  });
});
