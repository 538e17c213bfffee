/**
 * Reading and writing `.djstack` files. Loading goes version → migrate → validate, in that
 * order, and never throws: every failure is a message naming what is wrong.
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/model';
import { LIMITS } from './limits';
import { DiagramSchemaV1 } from './schema';

/** The format version this build writes. */
export const CURRENT_FORMAT_VERSION = 1;

export type LoadResult = { ok: true; diagram: Diagram } | { ok: false; error: string };

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` turns a version-n document into a version-(n+1) document. */
const MIGRATIONS: Record<number, Migration> = {};

function fail(error: string): LoadResult {
  return { ok: false, error };
}

function decode(input: string | Uint8Array): { text: string } | { error: string } {
  if (typeof input === 'string') {
    if (input.length > LIMITS.fileBytes) return { error: tooLarge(input.length) };
    return { text: input };
  }
  if (input.byteLength > LIMITS.fileBytes) return { error: tooLarge(input.byteLength) };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { error: 'The file is not UTF-8 text, so it cannot be a .djstack diagram.' };
  }
}

function tooLarge(size: number): string {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return `The file is ${mb(size)} MB; a .djstack diagram may be at most ${mb(LIMITS.fileBytes)} MB.`;
}

function pathText(path: PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === 'number') return `${text}[${key}]`;
    return text ? `${text}.${String(key)}` : String(key);
  }, '');
}

/** Parses and validates a `.djstack` document (text or raw bytes). */
export function parseDjstack(input: string | Uint8Array): LoadResult {
  const decoded = decode(input);
  if ('error' in decoded) return fail(decoded.error);
  const text = decoded.text.replace(/^\uFEFF/, '');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`The file is not valid JSON (${(error as Error).message}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('The file is not a .djstack diagram: expected a JSON object at the top level.');
  }
  const doc = data as Record<string, unknown>;
  if (doc.format !== 'djstack') {
    return fail('The file is not a .djstack diagram: its "format" field is not "djstack".');
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('The file has no valid format "version" (expected a whole number such as 1).');
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail(
      `The file uses .djstack format version ${version}, but this app reads up to version ` +
        `${CURRENT_FORMAT_VERSION}. Update Django Stack Builder to open it; the file was not changed.`,
    );
  }

  let migrated = doc;
  for (let v = version; v < CURRENT_FORMAT_VERSION; v++) {
    const migrate = MIGRATIONS[v];
    if (!migrate) return fail(`No migration from format version ${v} is known.`);
    migrated = migrate(migrated);
  }

  const parsed = DiagramSchemaV1.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = pathText(issue.path);
    return fail(`The diagram is not valid: ${where ? `${where}: ` : ''}${issue.message}.`);
  }
  const diagram = parsed.data as unknown as Diagram;
  const problem = structuralProblem(diagram);
  if (problem) return fail(`The diagram is not valid: ${problem}.`);
  return { ok: true, diagram };
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

/** Puts the known keys first in a fixed order and keeps every other key after them. */
function ordered<T extends Record<string, unknown>>(object: T, keys: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) if (object[key] !== undefined) result[key] = object[key];
  for (const key of Object.keys(object)) if (!(key in result) && object[key] !== undefined) result[key] = object[key];
  return result;
}

function sortedKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, value[key]]));
}

function orderNode(node: DiagramNode): Record<string, unknown> {
  const withOrder = {
    ...node,
    position: ordered(node.position as unknown as Record<string, unknown>, ['x', 'y']),
    ...(node.options ? { options: sortedKeys(node.options) } : {}),
  };
  return ordered(withOrder, ['id', 'package', 'position', 'pin', 'options']);
}

function orderEdge(edge: DiagramEdge): Record<string, unknown> {
  return ordered(edge, ['id', 'source', 'sourcePort', 'target', 'targetPort', 'role']);
}

/**
 * Writes a diagram as diff-friendly JSON: stable key order, 2-space indent, one object per
 * node and edge, a final newline. Unknown fields are written back where they were.
 */
export function serializeDjstack(diagram: Diagram): string {
  const document = ordered(
    {
      ...diagram,
      version: CURRENT_FORMAT_VERSION,
      target: ordered(diagram.target, ['django', 'python']),
      nodes: diagram.nodes.map(orderNode),
      edges: diagram.edges.map(orderEdge),
    },
    ['format', 'version', 'catalog', 'target', 'nodes', 'edges'],
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}
