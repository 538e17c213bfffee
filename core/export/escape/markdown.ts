/**
 * The one escaping function for diagram text in the generated README: it stays plain text on its
 * own line (no HTML, links, images, code fences, headings, table cells or line breaks).
 */
import { oneLine } from '../python/literal';

/** Diagram text as plain Markdown text on one line. */
export function mdText(text: string): string {
  return oneLine(text).replace(/[<>`[\]\\*_#|!~&]/g, (c) => `\\${c}`);
}

/** A code span: Markdown escapes do not work inside one, so backticks are dropped instead. */
export function mdCode(text: string): string {
  // GFM tables take \| as a pipe even inside a code span.
  return `\`${oneLine(text).replace(/`/g, '').replace(/\|/g, '\\|')}\``;
}
