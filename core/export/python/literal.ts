/**
 * The ONE way a value reaches generated Python. Every string, number and flag taken from a
 * diagram (project name, option values, URLs) becomes a Python literal here; exporters build
 * code with the `py` template tag, whose interpolations all pass through `pyLiteral`. So text
 * from a diagram can only ever be a constant in the output, never code.
 */

/** A fragment of Python written by the exporters themselves (never text from a diagram). */
export class PyCode {
  constructor(readonly code: string) {}
}

/** A Python tuple literal. */
export class PyTuple {
  constructor(readonly items: readonly PyValue[]) {}
}

export type PyValue =
  string | number | boolean | null | PyCode | PyTuple | readonly PyValue[] | { readonly [key: string]: PyValue };

/** Raised when a value cannot be a Python literal (a NaN, an infinite number, a non-plain object). */
export class LiteralError extends Error {}

const SHORT_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A Python string literal in single quotes, ASCII only: quotes, backslashes, control characters
 * and every non-ASCII code point are escaped, so no input can end the literal or a line early.
 */
export function pyString(text: string): string {
  let out = "'";
  for (const char of text) {
    const short = SHORT_ESCAPES[char];
    if (short) {
      out += short;
      continue;
    }
    const point = char.codePointAt(0)!;
    if (point >= 0x20 && point < 0x7f) out += char;
    else if (point <= 0xff) out += `\\x${point.toString(16).padStart(2, '0')}`;
    else if (point <= 0xffff) out += `\\u${point.toString(16).padStart(4, '0')}`;
    else out += `\\U${point.toString(16).padStart(8, '0')}`;
  }
  return `${out}'`;
}

function pyNumber(value: number): string {
  if (!Number.isFinite(value)) throw new LiteralError(`${value} is not a number Python settings can hold`);
  if (Number.isInteger(value)) return Number.isSafeInteger(value) ? String(value) : BigInt(value).toString();
  // JavaScript's shortest round-trip form ("1.5", "1e-7") is also valid Python float syntax.
  return String(value);
}

const INDENT = '    ';

/**
 * Renders a value as a Python literal. Lists, tuples and dicts longer than `width` characters
 * are written one item per line at `indent` levels, like a person would lay out settings.
 */
export function pyLiteral(value: PyValue, indent = 0, width = 100): string {
  if (value instanceof PyCode) return value.code;
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return pyNumber(value);
  if (typeof value === 'string') return pyString(value);
  if (value instanceof PyTuple) return sequence(value.items, '(', ')', indent, width, true);
  if (Array.isArray(value)) return sequence(value as readonly PyValue[], '[', ']', indent, width, false);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, PyValue>);
    const inline = `{${entries.map(([k, v]) => `${pyString(k)}: ${pyLiteral(v, 0, Infinity)}`).join(', ')}}`;
    if (entries.length === 0 || (inline.length + indent * 4 <= width && !inline.includes('\n'))) return inline;
    const pad = INDENT.repeat(indent + 1);
    const lines = entries.map(([k, v]) => `${pad}${pyString(k)}: ${pyLiteral(v, indent + 1, width)},`);
    return `{\n${lines.join('\n')}\n${INDENT.repeat(indent)}}`;
  }
  throw new LiteralError('only strings, numbers, booleans, None, lists, tuples and dicts become Python literals');
}

function sequence(
  items: readonly PyValue[],
  open: string,
  close: string,
  indent: number,
  width: number,
  tuple: boolean,
): string {
  const rendered = items.map((item) => pyLiteral(item, 0, Infinity));
  const trailing = tuple && items.length === 1 ? ',' : '';
  const inline = `${open}${rendered.join(', ')}${trailing}${close}`;
  if (items.length === 0 || (inline.length + indent * 4 <= width && !inline.includes('\n'))) return inline;
  const pad = INDENT.repeat(indent + 1);
  const lines = items.map((item) => `${pad}${pyLiteral(item, indent + 1, width)},`);
  return `${open}\n${lines.join('\n')}\n${INDENT.repeat(indent)}${close}`;
}

/**
 * Template tag for Python written by an exporter: the template text is trusted code, and every
 * interpolated value is rendered with `pyLiteral` (a PyCode passes through as code).
 * `py\`env(${name}, default=${value})\`` never lets `name` or `value` become code.
 */
export function py(strings: TemplateStringsArray, ...values: PyValue[]): PyCode {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += pyLiteral(value) + strings[i + 1]!;
  });
  return new PyCode(out);
}

/** Replaces lone UTF-16 surrogates (which no UTF-8 file can hold) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Text on one line: control characters and line breaks become spaces, lone surrogates U+FFFD. */
export function oneLine(text: string): string {
  return wellFormed(text).replace(CONTROL, ' ').trim();
}

/** A comment line's text with line breaks removed, so a diagram value cannot leave the comment. */
export function pyComment(text: string): string {
  return oneLine(text);
}
