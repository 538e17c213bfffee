/**
 * Thousands of mutated files thrown at the loader. The property: a file either loads as a valid
 * diagram that saves and reloads to exactly the same thing, or is refused with a message; the
 * loader never throws (its last-resort guard never fires) and always returns.
 */
import fc from 'fast-check';
import { parse, parseLosslessNumber, stringify } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from './djstack';
import { sampleDiagram } from './testing/documents';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const valid = serializeDjstack(sampleDiagram(), { catalogVersion: '2026.11.0' });
const validBytes = new TextEncoder().encode(valid);

let tried = 0;
let accepted = 0;

function checkLoader(input: string | Uint8Array): void {
  tried++;
  const result = parseDjstack(input);
  if (!result.ok) {
    expect(result.error).not.toMatch(/^The file could not be read \(/);
    expect(result.error.length).toBeGreaterThan(10);
    return;
  }
  accepted++;
  const saved = serializeDjstack(result.diagram);
  const again = parseDjstack(saved);
  expect(again.ok).toBe(true);
  if (!again.ok) return;
  expect(serializeDjstack(again.diagram)).toBe(saved);
  // lossless-json on its own, as an independent reader: the diagram is exactly the saved text.
  expect(stringify(again.diagram)).toBe(stringify(parse(saved, null, parseLosslessNumber)));
}

/** Picks a path to an existing value inside a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => paths(v, [...prefix, i])));
  if (value && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([k, v]) => paths(v, [...prefix, k])));
  }
  return here;
}

const documentPaths = paths(JSON.parse(valid)).filter((p) => p.length > 0);

function setAt(doc: unknown, path: (string | number)[], replace: (old: unknown) => unknown, remove = false): unknown {
  const copy = JSON.parse(JSON.stringify(doc));
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else {
    parent[last] = replace(parent[last]);
  }
  return copy;
}

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'nodes', 'version', '');
const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -0, 1.5, 2 ** 53 + 1, '', 'x'.repeat(300), '5.2', 'django', null, [], {}),
  fc.dictionary(hostileKeys, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

const mutations = {
  byteFlips: fc
    .array(fc.tuple(fc.nat(validBytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 })
    .map((flips) => {
      const bytes = validBytes.slice();
      for (const [at, value] of flips) bytes[at] = value;
      return bytes;
    }),
  truncations: fc.nat(validBytes.length).map((length) => validBytes.slice(0, length)),
  insertions: fc
    .tuple(
      fc.nat(valid.length),
      fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('{', '[', '"', ',', '\\', '\u0000', '\uD800', '1e999', '}]}'),
      ),
    )
    .map(([at, text]) => valid.slice(0, at) + text + valid.slice(at)),
  typeSwaps: fc
    .tuple(fc.constantFrom(...documentPaths), jsonish)
    .map(([path, value]) => JSON.stringify(setAt(JSON.parse(valid), path, () => value))),
  removals: fc
    .constantFrom(...documentPaths)
    .map((path) => JSON.stringify(setAt(JSON.parse(valid), path, () => null, true))),
  extraFields: fc
    .tuple(fc.constantFrom(...documentPaths.filter((p) => typeof p[p.length - 1] === 'string')), hostileKeys, jsonish)
    .map(([path, key, value]) =>
      JSON.stringify(
        setAt(JSON.parse(valid), path.slice(0, -1), (parent) =>
          parent && typeof parent === 'object' && !Array.isArray(parent)
            ? Object.fromEntries([...Object.entries(parent), [key, value]])
            : parent,
        ),
      ),
    ),
  structural: fc
    .record({
      duplicate: fc.nat(3),
      edgeTo: fc.constantFrom('django', 'drf', 'redis', 'acme', 'ghost', ''),
      edgeFrom: fc.constantFrom('django', 'drf', 'ghost'),
      dropNode: fc.option(fc.nat(3)),
      reverse: fc.boolean(),
    })
    .map(({ duplicate, edgeTo, edgeFrom, dropNode, reverse }) => {
      const doc = JSON.parse(valid);
      doc.nodes.push({ ...doc.nodes[duplicate], id: duplicate % 2 ? doc.nodes[duplicate].id : `copy${duplicate}` });
      doc.edges.push({
        id: `e${duplicate}`,
        source: edgeFrom,
        sourcePort: 'cache',
        target: edgeTo,
        targetPort: 'cache',
        role: 'cache',
      });
      if (dropNode !== null) doc.nodes.splice(dropNode, 1);
      if (reverse) doc.nodes.reverse();
      return JSON.stringify(doc);
    }),
  arbitraryText: fc.string({ maxLength: 300 }),
  arbitraryBytes: fc.uint8Array({ maxLength: 300 }),
};

describe('djstack loader under fuzzing', () => {
  it.each(Object.entries(mutations))(
    '%s: loads a valid diagram or refuses with a message, never throws',
    (_name, arbitrary) => {
      fc.assert(
        fc.property(arbitrary as fc.Arbitrary<string | Uint8Array>, (input) => checkLoader(input)),
        { numRuns: FUZZ_RUNS.djstackFiles.runs },
      );
    },
  );

  const { runs, properties } = FUZZ_RUNS.djstackFiles;
  it(`tried at least ${runs * properties} inputs in all`, ({ annotate }) => {
    // The registry's count of properties is this file's count of mutations.
    expect(Object.keys(mutations)).toHaveLength(FUZZ_RUNS.djstackFiles.properties);
    expect(tried).toBeGreaterThanOrEqual(runs * properties);
    // Both outcomes must be exercised, or the mutations are too timid (or too wild) to mean much.
    expect(accepted).toBeGreaterThan(tried / 20);
    expect(accepted).toBeLessThan(tried);
    void annotate(
      `${tried} mutated .djstack inputs tried: ${accepted} loaded and round-tripped, ${tried - accepted} refused`,
    );
  });
});
