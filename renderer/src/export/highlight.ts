/**
 * highlight.js core with only the languages the exports produce, registered by hand (the full
 * bundle is ten times larger). Its output escapes the source text, so it is the one HTML the
 * app renders from data.
 */
import hljs from 'highlight.js/lib/core';
import ini from 'highlight.js/lib/languages/ini';
import markdown from 'highlight.js/lib/languages/markdown';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import yaml from 'highlight.js/lib/languages/yaml';
import type { PreviewLanguage } from './text-exports';

hljs.registerLanguage('python', python);
hljs.registerLanguage('yaml', yaml);
hljs.registerLanguage('ini', ini);
hljs.registerLanguage('markdown', markdown);
hljs.registerLanguage('plaintext', plaintext);

/** Highlighted HTML for `code` (escaped by highlight.js). */
export function highlight(code: string, language: PreviewLanguage): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
