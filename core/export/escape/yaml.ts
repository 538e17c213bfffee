/**
 * The one way YAML is written: the `yaml` library turns a plain value into a document, so no
 * diagram text is ever spliced into YAML by hand (quoting, line breaks and `#` are its job).
 */
import { stringify } from 'yaml';

/** A YAML document for `value` (objects, arrays, strings, numbers), with a leading comment. */
export function yamlDocument(value: unknown, comment: string): string {
  const body = stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN' });
  return `# ${comment.replace(/[^\x20-\x7e]/g, '')}\n${body}`;
}
