/**
 * Share links: a diagram compressed (deflate) and base64url-encoded into the URL fragment
 * (`#share=1.<data>`). The fragment never leaves the browser (it is not part of an HTTP
 * request), so a shared stack is not sent to any server. A link is untrusted input: its bytes
 * go through the same loader and limits as a file (parseDjstack, LIMITS.fileBytes), and the
 * inflated size is capped while inflating, so a small link cannot expand into a huge document.
 */
import { deflateSync, Inflate } from 'fflate';
import type { Diagram } from '../diagram/model';
import { parseDjstack, serializeDjstack, type LoadResult } from '../format/djstack';
import { LIMITS } from '../format/limits';

const PREFIX = 'share=1.';

/**
 * The longest fragment a share link may carry. Browsers take far longer URLs, but chat tools,
 * issue trackers and mail clients cut or refuse links past a few tens of kilobytes.
 */
export const MAX_SHARE_CHARS = 32 * 1024;

export type ShareEncoding = { ok: true; fragment: string } | { ok: false; error: string };

const BASE64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment (without `#`) that carries `diagram`, or why it cannot (too large for a link). */
export function encodeShareFragment(diagram: Diagram): ShareEncoding {
  const bytes = new TextEncoder().encode(serializeDjstack(diagram));
  const fragment = `${PREFIX}${toBase64Url(deflateSync(bytes, { level: 9 }))}`;
  if (fragment.length > MAX_SHARE_CHARS) {
    const kb = (n: number) => Math.ceil(n / 1024);
    return {
      ok: false,
      error: `This diagram is too large for a share link (${kb(fragment.length)} KB compressed; a link holds at most ${kb(MAX_SHARE_CHARS)} KB). Save it as a .djstack file and share the file instead.`,
    };
  }
  return { ok: true, fragment };
}

/** Whether a URL fragment (with or without `#`) is a share link's, so that the app should open it. */
export function isShareFragment(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(PREFIX);
}

/** Inflates at most `limit` bytes; null when the data is not deflate or expands past the limit. */
function inflateCapped(data: Uint8Array, limit: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) tooLarge = true;
    else chunks.push(chunk);
  });
  try {
    // Pushed in slices so that the cap is checked as the output grows, not after a 1000× blow-up.
    for (let i = 0; i < data.length && !tooLarge; i += 1024) {
      const end = Math.min(i + 1024, data.length);
      inflater.push(data.subarray(i, end), end === data.length);
    }
  } catch {
    return null;
  }
  if (tooLarge) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The diagram a share fragment carries, read like a file; a bad link gets a message saying
 * why and yields nothing.
 */
export function decodeShareFragment(hash: string): LoadResult {
  const fragment = hash.replace(/^#/, '');
  if (!fragment.startsWith(PREFIX)) return { ok: false, error: 'This link does not carry a diagram.' };
  const data = fragment.slice(PREFIX.length);
  if (data.length > MAX_SHARE_CHARS) return { ok: false, error: 'This share link is longer than any the app makes.' };
  const compressed = fromBase64Url(data);
  if (!compressed) return { ok: false, error: 'This share link is damaged (it is not valid base64url).' };
  const bytes = inflateCapped(compressed, LIMITS.fileBytes);
  if (!bytes)
    return {
      ok: false,
      error: `This share link is damaged or expands past ${LIMITS.fileBytes / 1024 / 1024} MB; no diagram was opened.`,
    };
  const result = parseDjstack(bytes);
  return result.ok ? result : { ok: false, error: `The shared diagram could not be opened. ${result.error}` };
}
