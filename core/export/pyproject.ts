/**
 * The dependency arrays of a pyproject.toml from a diagram (`[project] dependencies`, and, for a
 * diagram imported from a pyproject, each optional-dependencies and dependency-groups array it
 * had), merged into an existing pyproject.toml by replacing only those arrays' text: every other
 * table, key and comment stays byte for byte. The merge is checked by parsing the result with
 * the TOML library; when it would change anything else, nothing is merged and an error says so.
 */
import { parse as parseToml } from 'smol-toml';
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { GROUP_MARK } from '../import/pyproject';
import { splitArgsAndOptions, withoutComment } from '../requirements/logical-lines';
import type { Resolution } from '../resolve/types';
import { StackContext } from './context';
import { exportKeptRequirements } from './requirements-kept';
import { lineText, requirementLines } from './requirements';
import { compareText } from '../util/collate';

export interface PyprojectExport {
  /** Array path ("project.dependencies", "dependency-groups.dev") → PEP 508 strings. */
  arrays: Map<string, string[]>;
  /** Lines that have no PEP 508 form (editables, options, URLs without a name): not written. */
  notes: string[];
}

/** The dependency arrays a diagram exports, by their TOML path. */
export function pyprojectArrays(
  diagram: Diagram,
  catalog: Catalog,
  options: { resolution?: Resolution } = {},
): PyprojectExport {
  const arrays = new Map<string, string[]>([['project.dependencies', []]]);
  const notes: string[] = [];
  if (!diagram.requirementsFile) {
    const ctx = new StackContext(diagram, catalog, options.resolution);
    arrays.set('project.dependencies', requirementLines(ctx).map(lineText));
    return { arrays, notes };
  }
  const [top] = exportKeptRequirements(diagram, catalog, { ...options, flatten: true });
  let group = 'project.dependencies';
  for (const line of top!.content.split(/\r?\n/)) {
    if (line.startsWith(GROUP_MARK)) {
      group = line.slice(GROUP_MARK.length).trim();
      if (!arrays.has(group)) arrays.set(group, []);
      continue;
    }
    const code = withoutComment(line).trim();
    if (!code) continue;
    const { args } = splitArgsAndOptions(code);
    if (!args || /^[a-z][a-z0-9+.-]*:\/\//i.test(args) || args.startsWith('.') || args.startsWith('/')) {
      notes.push(`not written to pyproject.toml (no PEP 508 form): ${code.slice(0, 200)}`);
      continue;
    }
    arrays.get(group)!.push(args);
  }
  return { arrays, notes };
}

/** A TOML array of strings, one per line. */
function arrayText(values: readonly string[]): string {
  return values.length === 0 ? '[]' : `[\n${values.map((v) => `    ${JSON.stringify(v)},\n`).join('')}]`;
}

interface Span {
  start: number;
  end: number;
}

/** Where the value of `key = [...]` sits in `table`, found by scanning TOML text. */
function findArray(text: string, table: string, key: string): Span | null {
  let current = '';
  let i = 0;
  while (i < text.length) {
    const lineEnd = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    const line = text.slice(i, lineEnd);
    const header = /^\s*\[([^[\]]+)\]\s*(#.*)?$/.exec(line);
    if (header) current = header[1]!.replace(/\s|"/g, '');
    else if (current === table) {
      const match = new RegExp(`^\\s*"?${key.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}"?\\s*=\\s*\\[`).exec(line);
      if (match) {
        const start = i + match[0].length - 1;
        const end = closingBracket(text, start);
        return end === -1 ? null : { start, end: end + 1 };
      }
    }
    // Multi-line values are skipped whole, so that a "[" inside one is never read as a header.
    const equals = /^\s*[^#=]+=\s*(\[|""")/.exec(line);
    if (equals) {
      const open = i + equals[0].length - equals[1]!.length;
      const close = equals[1] === '[' ? closingBracket(text, open) : text.indexOf('"""', open + 3);
      if (close > lineEnd) {
        i = text.indexOf('\n', close) === -1 ? text.length : text.indexOf('\n', close) + 1;
        continue;
      }
    }
    i = lineEnd + 1;
  }
  return null;
}

/** The index of the "]" closing the array opened at `open`, skipping strings and comments. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '#') i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
    else if (char === '"' || char === "'") {
      const triple = text.startsWith(char.repeat(3), i);
      const quote = triple ? char.repeat(3) : char;
      let j = i + quote.length;
      while (j < text.length && !text.startsWith(quote, j)) j += char === '"' && text[j] === '\\' ? 2 : 1;
      i = j + quote.length - 1;
    } else if (char === '[') depth++;
    else if (char === ']' && --depth === 0) return i;
  }
  return -1;
}

/** The table and key of an array path: "project.optional-dependencies.dev" → ["project.optional-dependencies", "dev"]. */
function tableAndKey(path: string): [string, string] {
  const at = path.lastIndexOf('.');
  return [path.slice(0, at), path.slice(at + 1)];
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => compareText(a, b)))
      : v,
  );
}

/**
 * `existing` with the diagram's dependency arrays written in (or a new pyproject.toml holding
 * only them when `existing` is empty). Refuses, with a message, a file that is not valid TOML or
 * whose arrays cannot be replaced without changing anything else.
 */
export function mergePyproject(
  existing: string,
  arrays: ReadonlyMap<string, readonly string[]>,
): { ok: true; text: string } | { ok: false; error: string } {
  let original: Record<string, unknown>;
  try {
    original = parseToml(existing) as Record<string, unknown>;
  } catch (error) {
    return { ok: false, error: `the existing pyproject.toml is not valid TOML (${String(error).split('\n')[0]})` };
  }
  let text = existing;
  for (const [path, values] of arrays) {
    const [table, key] = tableAndKey(path);
    const span = findArray(text, table, key);
    if (span) {
      text = `${text.slice(0, span.start)}${arrayText(values)}${text.slice(span.end)}`;
      continue;
    }
    const header = new RegExp(`^\\s*\\[${table.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\]\\s*(#.*)?$`, 'm').exec(text);
    const assignment = `${key} = ${arrayText(values)}\n`;
    if (header) {
      const after = header.index + header[0].length + 1;
      text = `${text.slice(0, after)}${assignment}${text.slice(after)}`;
    } else text = `${text}${text && !text.endsWith('\n') ? '\n' : ''}${text ? '\n' : ''}[${table}]\n${assignment}`;
  }
  // The check: only the written arrays may differ from the file as it was.
  let merged: Record<string, unknown>;
  try {
    merged = parseToml(text) as Record<string, unknown>;
  } catch {
    return { ok: false, error: 'the dependency arrays cannot be merged into this pyproject.toml without breaking it' };
  }
  const expected = structuredClone(original);
  for (const [path, values] of arrays) {
    const parts = tableAndKey(path)[0].split('.');
    let node = expected as Record<string, unknown>;
    for (const part of parts) node = (node[part] ??= {}) as Record<string, unknown>;
    node[tableAndKey(path)[1]] = [...values];
  }
  if (canonical(merged) !== canonical(expected))
    return { ok: false, error: 'merging would change more of this pyproject.toml than its dependency arrays' };
  return { ok: true, text };
}
