/** Turning a file's bytes into a JSON value, with messages a user can act on. */
import { visit, type JSONPath } from 'jsonc-parser/lib/esm/main.js';
import { isLosslessNumber, isSafeNumber, LosslessNumber, parse } from 'lossless-json';
import { isIntegerLikeKey, setKeyOrder } from './key-order';
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

/**
 * Parses JSON without losing anything a file holds: a number that a double cannot hold exactly
 * (9007199254740993, 1e-400) is kept as its text in a LosslessNumber (lossless-json), so that it
 * is written back as it was read, and the order of integer-like keys ("10" before "2"), which
 * every JavaScript object would move, is recorded beside the object (key-order.ts). As with
 * JSON.parse, the last of two equal keys wins.
 */
export function parseJson(text: string): { value: unknown } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: syntaxError(text, error) };
  }
  // JSON.parse is many times faster; lossless-json reads again only a file that may need it.
  if (MAYBE_INEXACT_NUMBER.test(text)) {
    value = parse(text, null, { parseNumber: readNumber, onDuplicateKey: ({ newValue }) => newValue });
  }
  if (INTEGER_LIKE_KEY.test(text)) recordKeyOrder(text, value);
  return { value };
}

/** A number as a double when that keeps its value exactly, else as its text. */
function readNumber(text: string): number | LosslessNumber {
  return isSafeNumber(text) ? Number(text) : new LosslessNumber(text);
}

/** Whether a value is a number kept as its text because a double would change it. */
export function isExactNumberText(value: unknown): value is LosslessNumber {
  return isLosslessNumber(value);
}

/**
 * A double holds every number of up to 15 significant digits whose exponent has at most two
 * digits exactly, so only text with a run of 16 digits or a three-digit exponent can hold a
 * number it would change. Matches inside strings only cost a second, exact read.
 */
const MAYBE_INEXACT_NUMBER = /\d{16}|[eE][+-]?\d{3}/;

// Only files with a key such as "10" need the key-order pass; a false match only costs that pass.
const INTEGER_LIKE_KEY = /"\d+"\s*:/;

/** Records the file's key order for every object that has an integer-like key. */
function recordKeyOrder(text: string, root: unknown): void {
  const stack: { path: JSONPath; keys: string[] }[] = [];
  visit(text, {
    onObjectBegin: (_offset, _length, _line, _column, path) => {
      stack.push({ path: [...path()], keys: [] });
    },
    onObjectProperty: (key) => {
      stack[stack.length - 1]?.keys.push(key);
    },
    onObjectEnd: () => {
      const done = stack.pop();
      if (!done || !done.keys.some(isIntegerLikeKey)) return;
      const object = at(root, done.path);
      if (object) setKeyOrder(object, [...new Set(done.keys)]);
    },
  });
}

function at(root: unknown, path: JSONPath): object | null {
  let here: unknown = root;
  for (const step of path) {
    if (typeof here !== 'object' || here === null) return null;
    here = Object.hasOwn(here, step) ? (here as Record<string | number, unknown>)[step] : undefined;
  }
  return typeof here === 'object' && here !== null && !Array.isArray(here) ? here : null;
}

/** JSON.parse's reason, with the position given as a line and column. */
function syntaxError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (/end of JSON input/i.test(message) || (position && Number(position[1]) >= text.trimEnd().length)) {
    return 'The file is not valid JSON: it ends too early (was it cut short?).';
  }
  const where = position ? ` at ${lineColumn(text, Number(position[1]))}` : '';
  // V8 quotes the whole text in some messages ("…" is not valid JSON): keep only the reason.
  const reason = message
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/\s*\(line \d+ column \d+\)/, '');
  return `The file is not valid JSON${where}: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}.`;
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
  // Kept as text, 1e-400 is written back as read; 1e999 would still be Infinity to every reader.
  if (isLosslessNumber(value)) return Number.isFinite(Number.parseFloat(value.value)) ? null : path || '(top level)';
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
