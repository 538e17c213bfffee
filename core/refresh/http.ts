/**
 * Reading an index over HTTP without trusting it: a time limit per attempt, retries with
 * exponential backoff for what may pass (network errors, time-outs, 5xx, 429), a size limit
 * counted while the body streams in, and no redirect to another host. `fetch` is injected: the
 * CLI and the app pass the platform's, tests a recording one; core never opens a socket itself.
 */

/** The subset of the platform's fetch the refresh uses. */
export type FetchLike = (
  url: string,
  init: { headers: Record<string, string>; signal: AbortSignal; redirect: 'manual' },
) => Promise<Response>;

export interface HttpPolicy {
  /** Per attempt, body included. */
  timeoutMs: number;
  /** Further attempts after the first, for failures that may pass. */
  retries: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
  /** A body larger than this is refused (PyPI's JSON for Django is ~2 MB). */
  maxBytes: number;
}

export const DEFAULT_POLICY: HttpPolicy = { timeoutMs: 15_000, retries: 3, backoffMs: 500, maxBytes: 32 * 1024 * 1024 };

/** A failure to read from the index, in one sentence; `notFound` for a 404/410. */
export class IndexError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly notFound = false,
  ) {
    super(message);
  }
}

class Retryable extends Error {}

const MAX_REDIRECTS = 5;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

async function readBody(response: Response, limit: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel();
    throw new IndexError(`${url}: the response is larger than ${limit} bytes`, url);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new IndexError(`${url}: the response is larger than ${limit} bytes`, url);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function attempt(
  fetch: FetchLike,
  url: string,
  accept: string,
  policy: HttpPolicy,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  let origin: URL;
  try {
    origin = new URL(url);
  } catch {
    throw new IndexError(`${url}: not a URL`, url);
  }
  let current = url;
  const timeout = AbortSignal.timeout(policy.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const response = await fetch(current, { headers: { Accept: accept }, signal: combined, redirect: 'manual' });
      if (response.status >= 300 && response.status < 400) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new IndexError(`${current}: a redirect without a Location`, url);
        const next = new URL(location, current);
        if (next.host !== origin.host || next.protocol !== origin.protocol)
          throw new IndexError(`${url}: redirected to another host (${next.protocol}//${next.host}), refused`, url);
        current = next.href;
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        throw new IndexError(`${url}: not on the index (HTTP ${response.status})`, url, true);
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        throw new Retryable(`HTTP ${response.status}`);
      }
      if (response.status !== 200) {
        await response.body?.cancel();
        throw new IndexError(`${url}: unexpected HTTP ${response.status}`, url);
      }
      return await readBody(response, policy.maxBytes, url);
    }
    throw new IndexError(`${url}: more than ${MAX_REDIRECTS} redirects`, url);
  } catch (error) {
    if (error instanceof IndexError || error instanceof Retryable) throw error;
    if (signal?.aborted) throw error;
    if (timeout.aborted) throw new Retryable(`no answer within ${policy.timeoutMs / 1000} s`);
    // A refused connection, a reset, a body cut short: may pass.
    throw new Retryable(error instanceof Error ? error.message : String(error));
  }
}

/**
 * GETs `url` and returns its body, or throws an IndexError saying why in one sentence. A
 * cancelled `signal` rejects with its reason at once, also during the backoff.
 */
export async function getBytes(
  fetch: FetchLike,
  url: string,
  accept: string,
  policy: HttpPolicy,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let last = '';
  for (let i = 0; i <= policy.retries; i++) {
    if (i > 0) await sleep(policy.backoffMs * 2 ** (i - 1), signal);
    try {
      return await attempt(fetch, url, accept, policy, signal);
    } catch (error) {
      if (!(error instanceof Retryable)) throw error;
      last = error.message;
    }
  }
  throw new IndexError(`${url}: unreachable after ${policy.retries + 1} attempts (${last})`, url);
}

/** `getBytes` decoded as UTF-8 JSON; malformed JSON is an IndexError, not a crash. */
export async function getJson(
  fetch: FetchLike,
  url: string,
  accept: string,
  policy: HttpPolicy,
  signal?: AbortSignal,
): Promise<unknown> {
  const bytes = await getBytes(fetch, url, accept, policy, signal);
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new IndexError(`${url}: the response is not valid JSON`, url);
  }
}
