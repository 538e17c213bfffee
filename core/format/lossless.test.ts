/**
 * What a file holds survives load → save unchanged even where JavaScript would change it: big
 * integers (a double turns 9007199254740993 into …992) and the order of integer-like keys (every
 * object moves "2" before "10"). Issue 17, finding 8.
 */
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../share/share-link';
import { parseDjstack, serializeDjstack } from './djstack';
import { sampleDiagram } from './testing/documents';
import { survivesStructuredClone } from './json-copy';

function loaded(input: string) {
  const result = parseDjstack(input);
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.error}`);
  return result.diagram;
}

const base = serializeDjstack(sampleDiagram());

/** The sample file with raw JSON text spliced in as the last field of the document or of node 0. */
function withTopField(raw: string): string {
  return base.replace(/\n}\n$/, `,\n  "extra": ${raw}\n}\n`);
}
function withNodeField(raw: string): string {
  return base.replace('"id": "django",', `"id": "django",\n      "extra": ${raw},`);
}

describe('djstack: numbers a double cannot hold', () => {
  it('an unknown big integer is written back digit for digit', () => {
    const text = withTopField('9007199254740993');
    const saved = serializeDjstack(loaded(text));
    expect(saved).toContain('"extra": 9007199254740993\n');
    expect(saved).toBe(text);
  });

  it('big integers and over-precise decimals inside unknown objects and arrays survive', () => {
    const text = withNodeField(
      '{ "ids": [9007199254740993, -123456789012345678901234567890], "f": 0.1000000000000000055511151231257827, "tiny": 1e-400 }',
    );
    const saved = serializeDjstack(loaded(text));
    expect(saved).toContain('9007199254740993,');
    expect(saved).toContain('-123456789012345678901234567890');
    expect(saved).toContain('"f": 0.1000000000000000055511151231257827');
    expect(saved).toContain('"tiny": 1e-400');
    expect(serializeDjstack(loaded(saved))).toBe(saved);
  });

  it('a big integer in an option is kept, and counts as the number it stands for when validated', () => {
    const text = base.replace('"level": 2', '"level": 9007199254740993');
    expect(text).toContain('9007199254740993');
    const saved = serializeDjstack(loaded(text));
    expect(saved).toContain('"level": 9007199254740993');
  });

  it('a coordinate written with more digits than a double holds loads as the nearest double', () => {
    const text = base.replace('"x": 300.5', '"x": 300.50000000000000000001');
    const diagram = loaded(text);
    expect(diagram.nodes.find((node) => node.id === 'redis')?.position.x).toBe(300.5);
  });

  it('a number that overflows a double is still refused', () => {
    const result = parseDjstack(withTopField('1e999'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/extra: a number too large to store/);
  });

  it('a share link carries a big integer unchanged', () => {
    const diagram = loaded(withTopField('9007199254740993'));
    const link = encodeShareFragment(diagram);
    if (!link.ok) throw new Error(link.error);
    const opened = decodeShareFragment(link.fragment);
    if (!opened.ok) throw new Error(opened.error);
    expect(serializeDjstack(opened.diagram)).toContain('"extra": 9007199254740993\n');
  });
});

describe('djstack: integer-like keys keep their order', () => {
  it('"10" before "2" in an unknown object stays in that order', () => {
    const text = withTopField('{\n    "10": "ten",\n    "2": "two",\n    "b": 1,\n    "a": { "9": 1, "10": 2 }\n  }');
    const saved = serializeDjstack(loaded(text));
    expect(saved.indexOf('"10": "ten"')).toBeLessThan(saved.indexOf('"2": "two"'));
    expect(saved.indexOf('"b": 1')).toBeLessThan(saved.indexOf('"a": {'));
    expect(saved).toMatch(/"9": 1,\s*"10": 2/);
    expect(serializeDjstack(loaded(saved))).toBe(saved);
  });

  it('integer-like unknown keys on a node stay after the known ones, in the file order', () => {
    const text = base.replace('"id": "django",', '"id": "django",\n      "10": true,\n      "2": false,');
    const saved = serializeDjstack(loaded(text));
    const node = saved.slice(saved.indexOf('"id": "django"'), saved.indexOf('"id": "drf"'));
    expect(node.indexOf('"position"')).toBeLessThan(node.indexOf('"10": true'));
    expect(node.indexOf('"10": true')).toBeLessThan(node.indexOf('"2": false'));
  });

  it('option keys are written sorted as text ("10" before "2"), as the format says', () => {
    const text = base.replace('"level": 2', '"level": 2,\n          "2": "b",\n          "10": "a"');
    const saved = serializeDjstack(loaded(text));
    expect(saved).toMatch(/"10": "a",\s*"2": "b",\s*"flavour"/);
  });

  it('the catalog version set on save does not reorder integer-like top-level keys', () => {
    const text = base.replace(/\n}\n$/, ',\n  "7": 1,\n  "3": 2\n}\n');
    const saved = serializeDjstack(loaded(text), { catalogVersion: '2026.12.0' });
    expect(saved.indexOf('"7": 1')).toBeLessThan(saved.indexOf('"3": 2'));
  });
});

describe('djstack: a key given twice', () => {
  it('loads with the last value, as JSON.parse reads it, also when the file needs the exact reader', () => {
    const twice = base.replace(
      '"id": "django",',
      '"id": "other",\n      "id": "django",\n      "big": 9007199254740993,',
    );
    const diagram = loaded(twice);
    expect(diagram.nodes[0]?.id).toBe('django');
    expect(serializeDjstack(diagram)).toContain('"big": 9007199254740993');
  });
});

describe('djstack: what a worker may write', () => {
  it('a diagram whose structured clone writes the same text says so; one with a big integer or an integer-like key does not', () => {
    const plain = loaded(base);
    expect(survivesStructuredClone(plain)).toBe(true);
    expect(serializeDjstack(structuredClone(plain))).toBe(serializeDjstack(plain));
    for (const text of [withNodeField('9007199254740993'), withTopField('{"10": 1, "2": 2}')]) {
      const diagram = loaded(text);
      expect(survivesStructuredClone(diagram)).toBe(false);
      // What the check guards against: the clone would be written differently.
      expect(serializeDjstack(structuredClone(diagram))).not.toBe(serializeDjstack(diagram));
    }
  });
});
