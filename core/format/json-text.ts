/** Turning a file's bytes into a JSON value, with messages a user can act on. */
import { LIMITS } from './limits';

/** Decodes UTF-8 bytes (a BOM is dropped); refuses oversized input before decoding it. */
export function decodeText(input: string | Uint8Array): { text: string } | { error: string } {
  if (typeof input === 'string') {
    // A UTF-16 length is at most the UTF-8 byte length, so this refuses only what is surely too big.
    if (input.length > LIMITS.fileBytes) return { error: tooLarge(input.length) };
    return { text: input.replace(/^\uFEFF/, '') };
  }
  if (input.byteLength > LIMITS.fileBytes) return { error: tooLarge(input.byteLength) };
  try {
    // TextDecoder drops a UTF-8 BOM itself; `fatal` turns invalid bytes into an error, not U+FFFD.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return {
      error:
        'The file is not UTF-8 text (it holds bytes that are not valid UTF-8), so it cannot be a .djstack diagram.',
    };
  }
}

function tooLarge(size: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(size)} MB; a .djstack diagram may be at most ${mb(LIMITS.fileBytes)} MB.`;
}

/** JSON.parse with the position of a syntax error given as a line and column. */
export function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (/end of JSON input/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
      return { error: 'The file is not valid JSON: it ends too early (was it cut short?).' };
    }
    const where = position ? ` at ${lineColumn(text, Number(position[1]))}` : '';
    // V8 quotes the whole text in some messages ("…" is not valid JSON): keep only the reason.
    const reason = message
      .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/\s*\(line \d+ column \d+\)/, '');
    return { error: `The file is not valid JSON${where}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.` };
  }
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

/** The path of the first number that JSON can hold but not write back (1e999 reads as Infinity). */
export function firstUnwritableNumber(value: unknown, path = ''): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : path || '(top level)';
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnwritableNumber(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const found = firstUnwritableNumber((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return null;
}
