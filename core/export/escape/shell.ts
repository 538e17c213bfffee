/**
 * The one quoting function for words in the shell snippets of the README (server commands). A
 * single-quoted POSIX word runs nothing: `$`, backticks and `\` are plain inside; a `'` is closed,
 * escaped and reopened. Line breaks are dropped, so a snippet keeps its lines.
 */
import { oneLine } from '../python/literal';

/** `text` as one shell word, quoted only when it needs to be. */
export function shellWord(text: string): string {
  const flat = oneLine(text);
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(flat)) return flat;
  return `'${flat.replace(/'/g, `'\\''`)}'`;
}
