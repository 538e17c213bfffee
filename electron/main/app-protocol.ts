/**
 * The `app://bundle/` protocol that serves the built renderer. A custom protocol instead of
 * file:// keeps the page from reading the user's files, gives it a real origin for the sender
 * checks, and lets every response carry the CSP header (a <meta> tag alone can be removed).
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentSecurityPolicy } from './security';
import { resolveInside } from './paths';
import { originOf } from './sender';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://bundle';
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file under `root` that an app:// URL names, or null for other hosts and escapes. */
export function assetPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (originOf(url) !== APP_ORIGIN) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const relative = pathname.replace(/^\/+/, '') || 'index.html';
  if (relative.includes('\\') || relative.includes('\u0000')) return null;
  return resolveInside(root, relative);
}

/** Answers one app:// request with the file and the security headers. */
export async function serveAsset(
  root: string,
  requestUrl: string,
  read: (path: string) => Promise<Uint8Array> = readFile,
): Promise<Response> {
  const path = assetPath(root, requestUrl);
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
  if (!path) return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' } });
  let body: Uint8Array;
  try {
    body = await read(path);
  } catch {
    return new Response('Not found', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' } });
  }
  const type = MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return new Response(body as unknown as ConstructorParameters<typeof Response>[0], {
    status: 200,
    headers: { ...headers, 'Content-Type': type },
  });
}
