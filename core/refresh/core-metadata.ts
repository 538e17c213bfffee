/**
 * A distribution's core metadata (the METADATA / PKG-INFO file, PEP 566 / 643): email-header
 * fields, one per line, continuation lines indented. Only the fields the release layer needs are
 * read; anything else (the description body after the blank line) is ignored.
 */

export interface CoreMetadata {
  name: string | null;
  version: string | null;
  /** Requires-Python, "" when absent. */
  requiresPython: string;
  /** Requires-Dist values in file order, verbatim. */
  requiresDist: string[];
  classifiers: string[];
}

/** Metadata files are small (Django's is ~4 KB without its description); beyond this is hostile. */
export const MAX_METADATA_BYTES = 2 * 1024 * 1024;

/**
 * Parses a core-metadata file. Header lines before the first blank line only; a line that is
 * neither a field nor a continuation is ignored (as Python's email parser does with defects).
 */
export function parseCoreMetadata(text: string): CoreMetadata {
  const fields: [string, string][] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  for (const line of lines) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) {
      const last = fields[fields.length - 1];
      if (last) last[1] += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  const all = (key: string) => fields.filter(([k]) => k === key).map(([, v]) => v);
  const one = (key: string) => all(key)[0] ?? null;
  return {
    name: one('name'),
    version: one('version'),
    requiresPython: one('requires-python') ?? '',
    requiresDist: all('requires-dist').filter((value) => value !== ''),
    classifiers: all('classifier'),
  };
}
