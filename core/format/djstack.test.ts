import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION, parseDjstack, serializeDjstack } from './djstack';
import { LIMITS } from './limits';
import { documentWith, sampleDiagram } from './testing/documents';

function loaded(input: string | Uint8Array) {
  const result = parseDjstack(input);
  if (!result.ok) throw new Error(`expected the file to load, got: ${result.error}`);
  return result.diagram;
}

function refused(input: string | Uint8Array): string {
  const result = parseDjstack(input);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

const valid = serializeDjstack(sampleDiagram());
const encode = (text: string) => new TextEncoder().encode(text);

describe('djstack: round trip', () => {
  it('a saved diagram reopens identical and saves to the same text', () => {
    const diagram = loaded(valid);
    expect(diagram).toEqual(sampleDiagram());
    expect(serializeDjstack(diagram)).toBe(valid);
  });

  it('the written file is stable, 2-space indented, one key order, a final newline', () => {
    expect(valid.startsWith('{\n  "format": "djstack",\n  "version": 1,\n  "target": {\n    "django": "5.2",')).toBe(
      true,
    );
    expect(valid.endsWith('}\n')).toBe(true);
    const shuffled = documentWith((doc) => {
      doc.nodes[1] = { pin: '3.16.0', position: { y: 40, x: -320 }, package: 'djangorestframework', id: 'drf' };
    });
    expect(serializeDjstack(loaded(shuffled))).toBe(valid);
  });

  it('unknown fields survive at every level, in place', () => {
    const text = documentWith((doc) => {
      doc.comment = 'top';
      doc.target.node = '22';
      doc.nodes[0].note = { color: 'red', tags: ['a', 1, null, true] };
      doc.nodes[0].position.z = 3;
      doc.nodes[3].options.nested = { deeper: [{ x: 1 }] };
      doc.edges[0].label = 'REST';
      doc.layout = { direction: 'LR' };
    });
    const diagram = loaded(text);
    const again = serializeDjstack(diagram);
    const reread = JSON.parse(again);
    expect(reread.comment).toBe('top');
    expect(reread.target.node).toBe('22');
    expect(reread.nodes[0].note).toEqual({ color: 'red', tags: ['a', 1, null, true] });
    expect(reread.nodes[0].position).toEqual({ x: 0, y: 0, z: 3 });
    expect(reread.nodes[3].options.nested).toEqual({ deeper: [{ x: 1 }] });
    expect(reread.edges[0].label).toBe('REST');
    expect(reread.layout).toEqual({ direction: 'LR' });
    expect(serializeDjstack(loaded(again))).toBe(again);
  });

  it('a package the catalog does not know is kept exactly as written', () => {
    const text = documentWith((doc) => {
      doc.nodes[3].package = 'Acme_Internal.Toolkit';
      doc.nodes[3].pin = '0.0.1rc1';
    });
    const node = loaded(text).nodes[3]!;
    expect(node.package).toBe('Acme_Internal.Toolkit');
    expect(JSON.parse(serializeDjstack(loaded(text))).nodes[3]).toEqual(JSON.parse(text).nodes[3]);
  });

  it('the catalog version is recorded on save and replaces an older one', () => {
    const saved = serializeDjstack(sampleDiagram(), { catalogVersion: '2026.11.0' });
    expect(JSON.parse(saved).catalog).toBe('2026.11.0');
    expect(saved.indexOf('"catalog"')).toBeLessThan(saved.indexOf('"target"'));
    const resaved = serializeDjstack(loaded(saved), { catalogVersion: '2027.1.0' });
    expect(JSON.parse(resaved).catalog).toBe('2027.1.0');
    expect(serializeDjstack(loaded(saved))).toBe(saved);
  });

  it('bytes with a UTF-8 BOM, and text with one, load', () => {
    expect(loaded(new Uint8Array([0xef, 0xbb, 0xbf, ...encode(valid)]))).toEqual(sampleDiagram());
    expect(loaded(`\uFEFF${valid}`)).toEqual(sampleDiagram());
  });

  it('non-ASCII text in names and options round-trips', () => {
    const text = documentWith((doc) => {
      doc.nodes[3].options.title = 'Ünïcødé ✓ 日本 🐍';
    });
    expect(loaded(encode(text)).nodes[3]!.options!.title).toBe('Ünïcødé ✓ 日本 🐍');
  });
});

describe('djstack: prototype keys are data, never prototypes', () => {
  const hostile = `{"format":"djstack","version":1,"__proto__":{"polluted":"top"},"constructor":{"prototype":{"polluted":"c"}},
    "target":{"django":"5.2","python":"3.12","__proto__":{"polluted":"target"}},
    "nodes":[{"id":"a","package":"django","position":{"x":1,"y":2,"__proto__":{"polluted":"pos"}},"__proto__":{"polluted":"node"},
      "options":{"__proto__":{"polluted":"opt"},"constructor":"k","toString":"s"}}],
    "edges":[]}`;

  it('loads without polluting any prototype', () => {
    const diagram = loaded(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(diagram)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(diagram.nodes[0])).toBe(Object.prototype);
    expect((diagram as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(diagram, '__proto__')).toBe(true);
  });

  it('writes them back unchanged, and they survive a second round trip', () => {
    const saved = serializeDjstack(loaded(hostile));
    const reread = JSON.parse(saved);
    expect(Object.getOwnPropertyDescriptor(reread, '__proto__')?.value).toEqual({ polluted: 'top' });
    expect(reread.constructor).toEqual({ prototype: { polluted: 'c' } });
    expect(Object.getOwnPropertyDescriptor(reread.target, '__proto__')?.value).toEqual({ polluted: 'target' });
    expect(Object.getOwnPropertyDescriptor(reread.nodes[0], '__proto__')?.value).toEqual({ polluted: 'node' });
    expect(Object.getOwnPropertyDescriptor(reread.nodes[0].position, '__proto__')?.value).toEqual({ polluted: 'pos' });
    expect(Object.getOwnPropertyDescriptor(reread.nodes[0].options, '__proto__')?.value).toEqual({ polluted: 'opt' });
    expect(reread.nodes[0].options.constructor).toBe('k');
    expect(serializeDjstack(loaded(saved))).toBe(saved);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('djstack: bad input gets a clear message', () => {
  const deep = (n: number) =>
    documentWith((doc) => (doc.nodes[0].options = { deep: 'HOLE' })).replace(
      '"HOLE"',
      `${'['.repeat(n)}${']'.repeat(n)}`,
    );
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty file', '', /ends too early/],
    ['truncated JSON', valid.slice(0, valid.length / 2), /ends too early/],
    [
      'a syntax error names line and column',
      valid.replace('"version": 1,', '"version": 1,,'),
      /not valid JSON at line 3, column \d+/,
    ],
    ['not an object', '[1, 2]', /expected a JSON object/],
    ['another format', documentWith((doc) => (doc.format = 'excalidraw')), /"format" field is not "djstack"/],
    ['no version', documentWith((doc) => delete doc.version), /no valid format "version"/],
    ['a fractional version', documentWith((doc) => (doc.version = 1.5)), /no valid format "version"/],
    ['version zero', documentWith((doc) => (doc.version = 0)), /no valid format "version"/],
    [
      'a future version',
      documentWith((doc) => (doc.version = 7)),
      /format version 7, but this app reads up to version 1\. Update Django Stack Builder/,
    ],
    ['missing target', documentWith((doc) => delete doc.target), /^The diagram is not valid: target: /],
    ['missing nodes', documentWith((doc) => delete doc.nodes), /nodes: /],
    ['a node without a package', documentWith((doc) => delete doc.nodes[1].package), /nodes\[1\]\.package: /],
    [
      'a position that is text',
      documentWith((doc) => (doc.nodes[2].position.x = '10')),
      /nodes\[2\]\.position\.x: .*number/,
    ],
    ['a pin that is a number', documentWith((doc) => (doc.nodes[1].pin = 3.16)), /nodes\[1\]\.pin: /],
    [
      'a target Django that is not major.minor',
      documentWith((doc) => (doc.target.django = 'latest')),
      /target\.django: expected "major\.minor"/,
    ],
    ['nodes as an object', documentWith((doc) => (doc.nodes = { a: 1 })), /nodes: .*array/],
    ['an edge missing its role', documentWith((doc) => delete doc.edges[0].role), /edges\[0\]\.role/],
    [
      'duplicate node ids',
      documentWith((doc) => (doc.nodes[1].id = 'django')),
      /nodes\[1\]\.id: the id "django" is used by two nodes/,
    ],
    [
      'duplicate edge ids',
      documentWith((doc) => doc.edges.push({ ...doc.edges[0] })),
      /edges\[1\]\.id: the id "e1" is used by two edges/,
    ],
    [
      'an edge to a missing node',
      documentWith((doc) => (doc.edges[0].target = 'ghost')),
      /edges\[0\]\.target: no node has the id "ghost"/,
    ],
    [
      'an edge from a missing node',
      documentWith((doc) => (doc.edges[0].source = 'ghost')),
      /edges\[0\]\.source: no node has the id "ghost"/,
    ],
    ['a number too large to store', valid.replace('"x": 300.5', '"x": 1e999'), /position\.x: a number too large/],
    [
      'an unknown field with 1e999',
      documentWith((doc) => (doc.extra = 'BIG')).replace('"BIG"', '1e999'),
      /extra: a number too large/,
    ],
    [
      'non-UTF-8 bytes',
      new Uint8Array([...encode(valid.slice(0, 40)), 0xff, 0xfe, ...encode(valid.slice(40))]),
      /not UTF-8 text/,
    ],
    [
      'Latin-1 text',
      new Uint8Array([
        ...encode(valid.replace('"x"', '"caf')).slice(0, 0),
        0x7b,
        0x22,
        0x63,
        0x61,
        0x66,
        0xe9,
        0x22,
        0x7d,
      ]),
      /not UTF-8 text/,
    ],
    ['deep nesting (100,000 levels)', deep(100_000), /more than 64 levels deep/],
    ['deep nesting just over the limit', deep(LIMITS.depth), /levels deep/],
    ['an over-long id', documentWith((doc) => (doc.nodes[0].id = 'x'.repeat(201))), /nodes\[0\]\.id: /],
  ];

  it.each(cases)('%s', (_name, input, message) => {
    expect(refused(input)).toMatch(message);
  });

  it('nesting within the limit loads', () => {
    expect(loaded(deep(LIMITS.depth - 5)).nodes[0]!.options).toBeDefined();
  });

  it('a file larger than the limit is refused by its size, before decoding', () => {
    const bytes = new Uint8Array(LIMITS.fileBytes + 1).fill(0x20);
    expect(refused(bytes)).toMatch(/is 5\.0 MB; a \.djstack diagram may be at most 5\.0 MB/);
    expect(refused(' '.repeat(50 * 1024 * 1024))).toMatch(/is 50\.0 MB/);
  });

  it('a diagram with more nodes than allowed is refused by the pre-scan, naming the limit', () => {
    const node = '{"id":"n","package":"p","position":{"x":0,"y":0}}';
    const text = `{"format":"djstack","version":1,"target":{"django":"5.2","python":"3.12"},"nodes":[${Array(
      LIMITS.nodes + LIMITS.edges + 1,
    )
      .fill(node)
      .join(',')}],"edges":[]}`;
    expect(refused(text)).toMatch(
      /more than 25000 nodes, edges or other entries; a diagram may have at most 5000 nodes/,
    );
  });

  it('a file of a million tiny values is refused by the pre-scan, before JSON.parse builds them', () => {
    const values = documentWith((doc) => (doc.nodes[0].options = { k: 'HOLE' })).replace(
      '"HOLE"',
      `[${Array(1_000_000).fill('0').join(',')}]`,
    );
    expect(refused(values)).toBe(
      `The file holds more than ${LIMITS.values} values; a .djstack diagram is far smaller.`,
    );
    const objects = documentWith((doc) => (doc.nodes[0].options = { k: 'HOLE' })).replace(
      '"HOLE"',
      `[${Array(LIMITS.containers).fill('{}').join('')}]`,
    );
    expect(refused(objects)).toBe(
      `The file holds more than ${LIMITS.containers} arrays and objects; a .djstack diagram is far smaller.`,
    );
  });

  it('a full-size diagram (5,000 nodes with options, 20,000 edges) is within every limit', () => {
    const nodes = Array.from({ length: LIMITS.nodes }, (_, i) => ({
      id: `n${i}`,
      package: 'p',
      position: { x: i, y: 0 },
      options: { a: 1, b: 'x' },
    }));
    const edges = Array.from({ length: LIMITS.edges }, (_, i) => ({
      id: `e${i}`,
      source: `n${i % 5000}`,
      sourcePort: 'r',
      target: `n${(i + 1) % 5000}`,
      targetPort: 'r',
      role: 'r',
    }));
    expect(loaded(documentWith((doc) => Object.assign(doc, { nodes, edges }))).edges).toHaveLength(LIMITS.edges);
  });

  it('a diagram over the node limit but under the pre-scan bound is refused by count', () => {
    const nodes = Array.from({ length: LIMITS.nodes + 1 }, (_, i) => ({
      id: `n${i}`,
      package: 'p',
      position: { x: 0, y: 0 },
    }));
    expect(refused(documentWith((doc) => (doc.nodes = nodes)))).toBe(
      'The diagram has 5001 nodes; at most 5000 are allowed.',
    );
  });

  it('the current format version is the one written', () => {
    expect(JSON.parse(valid).version).toBe(CURRENT_FORMAT_VERSION);
  });
});

describe('djstack: the written specification', () => {
  it('the example in docs/djstack-format.md is a valid file in exactly the written form', async () => {
    const { readFileSync } = await import('node:fs');
    const spec = readFileSync(new URL('../../docs/djstack-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(spec)![1]!;
    expect(serializeDjstack(loaded(example))).toBe(example);
  });
});
