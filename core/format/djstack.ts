/**
 * Reading and writing `.djstack` files. Loading goes size → decode → pre-scan → parse →
 * version → migrate → validate, in that order, and never throws: every failure is a message
 * naming what is wrong, and the caller's open diagram is never touched. The written
 * specification is docs/djstack-format.md.
 */
import type { Diagram } from '../diagram/model';
import { decodeText, firstUnwritableNumber, isExactNumberText, parseJson } from './json-text';
import { LIMITS } from './limits';
import { fitsFileLimit } from './size';
import { MIGRATIONS, migrateDocument, oldestReadableVersion, type Migration } from './migrations/index';
import { prescanJson } from './prescan';
import { DiagramSchemaV1 } from './schema';
import { writeJson } from './json-write';
import { orderedKeys, setKeyOrder } from './key-order';
import { orderDocument } from './write-order';

/** The format version this build writes. */
export const CURRENT_FORMAT_VERSION = 1;

/**
 * `migratedFrom` is set when the file was in an older format version: the app may say so, and
 * it is written in the current version on the next save.
 */
export type LoadResult = { ok: true; diagram: Diagram; migratedFrom?: number } | { ok: false; error: string };

/** The versions and upgrades a loader knows; tests inject their own to exercise migration. */
export interface FormatVersions {
  current: number;
  migrations: readonly Migration[];
}

const SHIPPED: FormatVersions = { current: CURRENT_FORMAT_VERSION, migrations: MIGRATIONS };

function fail(error: string): LoadResult {
  return { ok: false, error };
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses and validates a `.djstack` document (text or raw bytes). Never throws. */
export function parseDjstack(input: string | Uint8Array): LoadResult {
  return parseDjstackWith(input, SHIPPED);
}

/** parseDjstack with explicit format versions and migrations. Never throws. */
export function parseDjstackWith(input: string | Uint8Array, versions: FormatVersions): LoadResult {
  try {
    return load(input, versions);
  } catch (error) {
    // Every step above is meant not to throw; this is the last guard between a file and a crash.
    return fail(`The file could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function load(input: string | Uint8Array, versions: FormatVersions): LoadResult {
  const decoded = decodeText(input);
  if ('error' in decoded) return fail(decoded.error);
  const tooBig = prescanJson(decoded.text);
  if (tooBig) return fail(tooBig);
  const parsed = parseJson(decoded.text);
  if ('error' in parsed) return fail(parsed.error);

  const data = parsed.value;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('The file is not a .djstack diagram: expected a JSON object at the top level.');
  }
  const doc = data as Record<string, unknown>;
  if (doc.format !== 'djstack') {
    return fail('The file is not a .djstack diagram: its "format" field is not "djstack".');
  }
  const version = doc.version;
  const oldest = oldestReadableVersion(versions.current, versions.migrations);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    return fail(
      `The file has no valid format "version" (expected a whole number from ${oldest} to ${versions.current}).`,
    );
  }
  if (version > versions.current) {
    return fail(
      `The file uses .djstack format version ${version}, but this app reads up to version ` +
        `${versions.current}. Update Django Stack Builder to open it; the file was not changed.`,
    );
  }
  const migrated = migrateDocument(doc, version, versions.current, versions.migrations);
  if (!migrated.ok) return fail(migrated.error);
  return validate(migrated.document, version < versions.current ? version : undefined);
}

function validate(document: Record<string, unknown>, migratedFrom: number | undefined): LoadResult {
  // Counted before validation so that an oversized diagram is refused without checking each element.
  for (const [field, max] of [
    ['nodes', LIMITS.nodes],
    ['edges', LIMITS.edges],
  ] as const) {
    const list = document[field];
    if (Array.isArray(list) && list.length > max) {
      return fail(`The diagram has ${list.length} ${field}; at most ${max} are allowed.`);
    }
  }
  const unwritable = firstUnwritableNumber(document);
  if (unwritable) return fail(`The diagram is not valid: ${unwritable}: a number too large to store.`);
  roundCoordinates(document);
  const invalid = schemaProblem(document);
  if (!isDiagram(document, invalid)) return fail(`The diagram is not valid: ${invalid}.`);
  const diagram = document;
  const problem = structuralProblem(diagram);
  if (problem) return fail(`The diagram is not valid: ${problem}.`);
  return migratedFrom === undefined ? { ok: true, diagram } : { ok: true, diagram, migratedFrom };
}

/** The schema's first complaint about `document`, or null when it is a diagram. */
function schemaProblem(document: unknown): string | null {
  const parsed = DiagramSchemaV1.safeParse(document);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0]!;
  const where = pathText(issue.path);
  return `${where ? `${where}: ` : ''}${issue.message}`;
}

/**
 * The schema's verdict as a type guard. The document itself is the diagram, not zod's copy:
 * the schema has no defaults, and its one preprocess only lets a number kept as text be checked
 * as a number; and JSON.parse keeps keys such as "__proto__" as plain own fields, which must
 * survive a round trip without zod's copy touching any prototype.
 */
function isDiagram(document: unknown, problem: string | null): document is Diagram {
  return problem === null;
}

/**
 * Canvas coordinates are doubles in the app: one written with more digits than a double holds
 * (0.1000000000000000055) is read as the nearest double, as every other tool reads it. Other
 * numbers keep their text (unknown fields, options) so that a save writes them back unchanged.
 */
function roundCoordinates(document: Record<string, unknown>): void {
  if (!Array.isArray(document.nodes)) return;
  for (const node of document.nodes) {
    const position: unknown =
      typeof node === 'object' && node !== null ? (node as { position?: unknown }).position : null;
    if (typeof position !== 'object' || position === null) continue;
    const place = position as Record<string, unknown>;
    for (const axis of ['x', 'y']) {
      const value = place[axis];
      if (isExactNumberText(value)) place[axis] = Number.parseFloat(value.value);
    }
  }
}

function structuralProblem(diagram: Diagram): string | null {
  const nodeIds = new Set<string>();
  for (const [i, node] of diagram.nodes.entries()) {
    if (nodeIds.has(node.id)) return `nodes[${i}].id: the id "${node.id}" is used by two nodes`;
    nodeIds.add(node.id);
  }
  const edgeIds = new Set<string>();
  for (const [i, edge] of diagram.edges.entries()) {
    if (edgeIds.has(edge.id)) return `edges[${i}].id: the id "${edge.id}" is used by two edges`;
    edgeIds.add(edge.id);
    if (!nodeIds.has(edge.source)) return `edges[${i}].source: no node has the id "${edge.source}"`;
    if (!nodeIds.has(edge.target)) return `edges[${i}].target: no node has the id "${edge.target}"`;
  }
  return null;
}

export interface SerializeOptions {
  /** The catalog version (CATALOG_VERSION) the diagram is saved with; recorded as `catalog`. */
  catalogVersion?: string;
}

/**
 * Writes a diagram as diff-friendly JSON: stable key order, 2-space indent, one object per
 * node and edge, a final newline. Unknown fields are written back where they were. The
 * `catalog` field is set from `options.catalogVersion` when given, else kept as loaded.
 * When indenting would take the file past the size the loader opens (deeply nested options
 * grow by two spaces a level on every line), the file is written on one line instead, so a
 * diagram that loaded also saves to a file that loads.
 */
export function serializeDjstack(diagram: Diagram, options: SerializeOptions = {}): string {
  const withCatalog =
    options.catalogVersion === undefined ? diagram : withField(diagram, 'catalog', options.catalogVersion);
  const document = orderDocument(withCatalog, CURRENT_FORMAT_VERSION);
  const pretty = `${writeJson(document, 2)}\n`;
  return fitsFileLimit(pretty) ? pretty : `${writeJson(document)}\n`;
}

function withField<T extends object>(object: T, key: string, value: unknown): T {
  const keys = [...orderedKeys(object).filter((k) => k !== key), key];
  const entries = keys.map((k) => [k, k === key ? value : (object as Record<string, unknown>)[k]]);
  return setKeyOrder(Object.fromEntries(entries), keys) as T;
}
