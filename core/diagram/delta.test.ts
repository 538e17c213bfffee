import { describe, expect, it } from 'vitest';
import { applyDiagramDelta, diagramDelta, listDelta, splitDelta, type ListDelta } from './delta';
import { emptyDiagram, type Diagram, type DiagramNode } from './model';

function diagramOf(count: number): Diagram {
  const diagram = emptyDiagram();
  for (let i = 0; i < count; i++) diagram.nodes.push({ id: `n${i}`, package: 'django', position: { x: i, y: 0 } });
  diagram.edges.push({ id: 'e0', source: 'n1', sourcePort: 'cache', target: 'n0', targetPort: 'cache', role: 'cache' });
  return diagram;
}

/** What the receiver rebuilds after a structured clone of the delta, as a worker would. */
const rebuilt = (before: Diagram | null, after: Diagram) =>
  applyDiagramDelta(before && structuredClone(before), structuredClone(diagramDelta(before, after)));

describe('a diagram delta', () => {
  it('a target change sends neither list, and the receiver keeps its own', () => {
    const before = diagramOf(100);
    const after = { ...before, target: { django: '4.2', python: '3.10' } };
    const delta = diagramDelta(before, after);
    expect(delta.nodes).toEqual({ kind: 'same' });
    expect(delta.edges).toEqual({ kind: 'same' });
    const held = structuredClone(before);
    const result = applyDiagramDelta(held, structuredClone(delta));
    expect(result).toEqual(after);
    expect(result.nodes).toBe(held.nodes);
  });

  it('one node pinned sends that node only', () => {
    const before = diagramOf(100);
    const pinned: DiagramNode = { ...before.nodes[42]!, pin: '5.2.1' };
    const after = { ...before, nodes: before.nodes.map((node, i) => (i === 42 ? pinned : node)) };
    expect(diagramDelta(before, after).nodes).toEqual({ kind: 'patch', length: 100, items: [[42, pinned]] });
    expect(rebuilt(before, after)).toEqual(after);
  });

  it('nodes added at the end or removed from it are a patch; a removal in the middle shifts the list: whole', () => {
    const before = diagramOf(100);
    const added = { ...before, nodes: [...before.nodes, { id: 'new', package: 'celery', position: { x: 0, y: 0 } }] };
    expect(diagramDelta(before, added).nodes).toMatchObject({ kind: 'patch', length: 101 });
    expect(rebuilt(before, added)).toEqual(added);
    const shortened = { ...before, nodes: before.nodes.slice(0, 90) };
    expect(diagramDelta(before, shortened).nodes).toEqual({ kind: 'patch', length: 90, items: [] });
    expect(rebuilt(before, shortened)).toEqual(shortened);
    const removed = { ...before, nodes: before.nodes.filter((node) => node.id !== 'n3') };
    expect(diagramDelta(before, removed).nodes.kind).toBe('whole');
    expect(rebuilt(before, removed)).toEqual(removed);
  });

  it('with nothing held, everything is sent; a patch without its earlier list is refused', () => {
    const after = diagramOf(10);
    expect(diagramDelta(null, after).nodes.kind).toBe('whole');
    expect(rebuilt(null, after)).toEqual(after);
    expect(() =>
      applyDiagramDelta(null, { rest: emptyDiagram(), nodes: { kind: 'same' }, edges: { kind: 'same' } }),
    ).toThrow(/without the list/);
  });

  it('compares items by identity: an equal copy counts as changed', () => {
    const list = [{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }, { a: 5 }, { a: 6 }, { a: 7 }, { a: 8 }];
    const copy = [...list];
    copy[3] = { a: 4 };
    expect(listDelta(list, copy)).toEqual({ kind: 'patch', length: 8, items: [[3, { a: 4 }]] });
  });
});

describe('a delta split into parts', () => {
  it('makes, applied part after part, what the whole delta makes, no part carrying more than its size', () => {
    const after = diagramOf(2500);
    for (let i = 0; i < 1200; i++)
      after.edges.push({
        id: `x${i}`,
        source: 'n1',
        sourcePort: 'cache',
        target: 'n0',
        targetPort: 'cache',
        role: 'cache',
      });
    const parts = splitDelta(diagramDelta(null, after), 1000);
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      const count = (list: ListDelta<unknown>) => (list.kind === 'same' ? 0 : list.items.length);
      expect(count(part.nodes)).toBeLessThanOrEqual(1000);
      expect(count(part.edges)).toBeLessThanOrEqual(1000);
    }
    let held: Diagram | null = null;
    for (const part of parts) held = applyDiagramDelta(held, structuredClone(part));
    expect(held).toEqual(after);
  });

  it('leaves a small delta, or a patch, in one part', () => {
    const before = diagramOf(3000);
    const after = { ...before, nodes: before.nodes.map((node, i) => (i < 700 ? { ...node, pin: '1.0' } : node)) };
    expect(splitDelta(diagramDelta(before, after), 100)).toHaveLength(1);
    expect(splitDelta(diagramDelta(null, diagramOf(10)), 100)).toHaveLength(1);
  });
});
