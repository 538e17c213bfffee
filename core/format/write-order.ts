/**
 * The key order of a saved diagram: known fields first in a fixed order, unknown fields after
 * them in the order they were read. Objects are rebuilt with Object.fromEntries, which defines
 * own properties, so keys such as "__proto__" or "constructor" are data like any other, and
 * their key order is recorded for the writer (JavaScript would move integer-like keys first).
 */
import type { Diagram, DiagramEdge, DiagramNode } from '../diagram/model';
import { orderedKeys, setKeyOrder } from './key-order';

const DOCUMENT_KEYS = ['format', 'version', 'catalog', 'target', 'nodes', 'edges'];
const TARGET_KEYS = ['django', 'python'];
const NODE_KEYS = ['id', 'package', 'position', 'pin', 'options'];
const POSITION_KEYS = ['x', 'y'];
const EDGE_KEYS = ['id', 'source', 'sourcePort', 'target', 'targetPort', 'role'];

function ordered(
  object: object,
  keys: readonly string[],
  replace: Record<string, unknown> = {},
): Record<string, unknown> {
  const own = orderedKeys(object)
    .map((key) => [key, (object as Record<string, unknown>)[key]] as const)
    .filter(([, value]) => value !== undefined);
  const value = (key: string, original: unknown) => (Object.hasOwn(replace, key) ? replace[key] : original);
  const known = keys.flatMap((key) => own.filter(([k]) => k === key)).map(([k, v]) => [k, value(k, v)] as const);
  const unknown = own.filter(([key]) => !keys.includes(key)).map(([k, v]) => [k, value(k, v)] as const);
  const entries = [...known, ...unknown];
  return setKeyOrder(
    Object.fromEntries(entries),
    entries.map(([key]) => key),
  );
}

function sortedKeys(value: object): Record<string, unknown> {
  const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return setKeyOrder(Object.fromEntries(keys.map((key) => [key, (value as Record<string, unknown>)[key]])), keys);
}

function orderNode(node: DiagramNode): Record<string, unknown> {
  return ordered(node, NODE_KEYS, {
    position: ordered(node.position, POSITION_KEYS),
    ...(node.options ? { options: sortedKeys(node.options) } : {}),
  });
}

function orderEdge(edge: DiagramEdge): Record<string, unknown> {
  return ordered(edge, EDGE_KEYS);
}

/** The document to write, at `version`, with every object in its saved key order. */
export function orderDocument(diagram: Diagram, version: number): Record<string, unknown> {
  return ordered(diagram, DOCUMENT_KEYS, {
    version,
    target: ordered(diagram.target, TARGET_KEYS),
    nodes: diagram.nodes.map(orderNode),
    edges: diagram.edges.map(orderEdge),
  });
}
