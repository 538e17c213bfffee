/**
 * Copy, paste and duplicate keep a node exactly as the file holds it: an option with an integer
 * past 2^53 or a decimal with more digits than a double, and unknown fields whose keys JavaScript
 * would reorder, are written for the pasted node just as for its source. Issue 17, finding 8.
 */
import { describe, expect, it } from 'vitest';
import { parseDjstack, serializeDjstack } from '../format/djstack';
import { sampleDiagram } from '../format/testing/documents';
import { copyNodes, pasteClip } from './clip';
import type { Diagram } from './model';
import { moveNodes, setOption, setPin } from './ops';

const BIG = '9007199254740993';
const PRECISE = '0.1000000000000000055511151231257827';

/** The sample diagram with exact numbers and integer-like keys in the `acme` node, as loaded from its file. */
function loadedWithExactValues(): Diagram {
  const text = serializeDjstack(sampleDiagram())
    .replace(
      '"level": 2',
      `"level": ${BIG},\n        "ratio": ${PRECISE},\n        "nested": { "10": [${BIG}], "2": 1.5 }`,
    )
    .replace('"id": "acme",', `"id": "acme",\n      "10": "ten",\n      "2": { "20": ${BIG}, "3": "three" },`);
  const result = parseDjstack(text);
  if (!result.ok) throw new Error(result.error);
  return result.diagram;
}

/** One node's text in the saved file, with its id and position left out. */
function savedNode(diagram: Diagram, id: string): string {
  const text = serializeDjstack({ ...diagram, nodes: diagram.nodes.filter((node) => node.id === id), edges: [] });
  const nodes = text.slice(text.indexOf('"nodes": ['), text.indexOf('"edges"'));
  return nodes.replace(/"id": "[^"]*"/, '"id": ?').replace(/"position": \{[^}]*\}/, '"position": ?');
}

describe('copy and paste', () => {
  it('a pasted node carries big integers, precise decimals and key order exactly as its source', () => {
    const diagram = loadedWithExactValues();
    const source = savedNode(diagram, 'acme');
    expect(source).toContain(`"level": ${BIG}`);
    expect(source).toContain(`"ratio": ${PRECISE}`);
    expect(source.indexOf('"10": "ten"')).toBeLessThan(source.indexOf('"2": {'));

    const clip = copyNodes(diagram, ['acme'])!;
    const { diagram: pasted, ids } = pasteClip(diagram, clip, { x: 32, y: 32 });
    expect(ids).toEqual(['acme-internal-toolkit']);
    expect(savedNode(pasted, 'acme-internal-toolkit')).toBe(source);
    // The whole file reloads, and the source node is untouched.
    expect(savedNode(pasted, 'acme')).toBe(source);
    const reloaded = parseDjstack(serializeDjstack(pasted));
    expect(reloaded.ok).toBe(true);
  });

  it('a clip is a copy: editing the source after copying does not change what is pasted', () => {
    const diagram = loadedWithExactValues();
    const clip = copyNodes(diagram, ['acme'])!;
    const source = savedNode(diagram, 'acme');
    const edited = setOption(diagram, 'acme', 'level', 3);
    const { diagram: pasted, ids } = pasteClip(edited, clip, { x: 0, y: 200 });
    expect(savedNode(pasted, ids[0]!)).toBe(source);
    expect(savedNode(pasted, 'acme')).toContain('"level": 3');
  });

  it('duplicating twice gives fresh ids, snapped positions and the edges inside the selection only', () => {
    const diagram = loadedWithExactValues();
    const clip = copyNodes(diagram, ['drf', 'django'])!;
    const once = pasteClip(diagram, clip, { x: 13, y: 13 });
    const twice = pasteClip(once.diagram, clip, { x: 45, y: 45 });
    expect(once.ids).toEqual(['django-2', 'djangorestframework']);
    expect(twice.ids).toEqual(['django-3', 'djangorestframework-2']);
    expect(twice.diagram.nodes.find((node) => node.id === 'django-3')!.position).toEqual({ x: 48, y: 48 });
    expect(twice.diagram.edges.map((edge) => [edge.source, edge.target])).toEqual([
      ['drf', 'django'],
      ['djangorestframework', 'django-2'],
      ['djangorestframework-2', 'django-3'],
    ]);
    expect(copyNodes(diagram, [])).toBeNull();
  });
});

describe('editing a node', () => {
  it('changing one option, the pin or the position leaves the exact values and key order of the others as they were', () => {
    const diagram = loadedWithExactValues();
    const changed = setOption(diagram, 'acme', 'flavour', 'y');
    const text = savedNode(changed, 'acme');
    expect(text).toContain(`"level": ${BIG}`);
    expect(text).toContain(`"ratio": ${PRECISE}`);
    expect(text).toContain('"flavour": "y"');
    expect(savedNode(setOption(changed, 'acme', 'flavour', 'x'), 'acme')).toBe(savedNode(diagram, 'acme'));
    const pinned = setPin(moveNodes(diagram, new Map([['acme', { x: 64, y: 64 }]])), 'acme', '1.0');
    expect(savedNode(setPin(pinned, 'acme', null), 'acme')).toBe(savedNode(diagram, 'acme'));
    const cleared = ['flavour', 'level', 'ratio', 'nested'].reduce(
      (d, key) => setOption(d, 'acme', key, undefined),
      diagram,
    );
    expect('options' in cleared.nodes.find((node) => node.id === 'acme')!).toBe(false);
  });
});
