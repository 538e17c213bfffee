/**
 * pip's preprocessing of a requirements file, step by step as pip's req_file.py does it: join
 * backslash continuations, drop comments and blank lines, substitute `${VAR}`.
 */

/** A logical line: its text and the 1-based number of its first physical line. */
export interface LogicalLine {
  line: number;
  text: string;
}

const COMMENT_LINE = /^(?:\s+)?#/;
const ENV_VAR = /\$\{([A-Z0-9_]+)\}/g;

/** Splits text into logical lines the way pip does (continuations joined, comments removed). */
export function logicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\r|\n/);
  const joined: LogicalLine[] = [];
  let pending: string[] = [];
  let first = 0;
  physical.forEach((raw, index) => {
    const number = index + 1;
    const isComment = COMMENT_LINE.test(raw);
    if (!raw.endsWith('\\') || isComment) {
      // pip prefixes comment lines with a space so that, joined to a continuation, they still read as comments.
      const line = isComment ? ` ${raw}` : raw;
      if (pending.length > 0) {
        pending.push(line);
        joined.push({ line: first, text: pending.join('') });
        pending = [];
      } else {
        joined.push({ line: number, text: line });
      }
    } else {
      if (pending.length === 0) first = number;
      pending.push(raw.replace(/^\\+|\\+$/g, ''));
    }
  });
  if (pending.length > 0) joined.push({ line: first, text: pending.join('') });

  const result: LogicalLine[] = [];
  for (const { line, text: lineText } of joined) {
    const stripped = withoutComment(lineText).trim();
    if (stripped) result.push({ line, text: stripped });
  }
  return result;
}

/**
 * pip's comment rule, `(^|\s+)#.*$`: a comment starts at a "#" at the start of the line or after
 * whitespace, so "url#egg=x" keeps its fragment. Written as a scan because that regular
 * expression takes quadratic time on a long run of spaces.
 */
export function withoutComment(line: string): string {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i);
  }
  return line;
}

/**
 * Substitutes `${NAME}` (upper-case letters, digits, underscores: pip's rule) from `env`.
 * Unset variables are left as written, as pip leaves them; their names are returned.
 */
export function expandVariables(
  text: string,
  env: Readonly<Record<string, string | undefined>>,
): { text: string; unset: string[] } {
  const unset: string[] = [];
  const expanded = text.replace(ENV_VAR, (whole, name: string) => {
    const value = Object.hasOwn(env, name) ? env[name] : undefined;
    if (value === undefined || value === '') {
      unset.push(name);
      return whole;
    }
    return value;
  });
  return { text: expanded, unset };
}

/**
 * pip's break_args_options: the words before the first word starting with "-" are the
 * requirement, the rest are options.
 */
export function splitArgsAndOptions(line: string): { args: string; options: string } {
  const tokens = line.split(' ');
  const index = tokens.findIndex((token) => token.startsWith('-'));
  if (index === -1) return { args: line, options: '' };
  return { args: tokens.slice(0, index).join(' ').trim(), options: tokens.slice(index).join(' ') };
}

/**
 * POSIX shell-style word splitting (Python's shlex.split), which pip applies to the options part.
 * Returns an error for an unclosed quote instead of throwing.
 */
export function shellSplit(text: string): { words: string[] } | { error: string } {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote === "'") {
      if (char === "'") quote = null;
      else word += char;
    } else if (quote === '"') {
      if (char === '"') quote = null;
      else if (char === '\\' && i + 1 < text.length && '\\"$`\n'.includes(text[i + 1]!)) word += text[++i];
      else word += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      inWord = true;
    } else if (char === '\\') {
      if (i + 1 < text.length) word += text[++i];
      inWord = true;
    } else if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += char;
      inWord = true;
    }
  }
  if (quote) return { error: 'a quote is not closed' };
  if (inWord) words.push(word);
  return { words };
}
