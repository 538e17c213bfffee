import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DiagramSchemaV1, NodeSchema } from '../format/schema';
import type { z } from '../zod';
import { emptyDiagram, sameButPosition, type Diagram, type DiagramNode } from './model';

describe('the diagram type', () => {
  it('is the schema’s own (z.infer), so the loader’s check and the code cannot drift apart', () => {
    expectTypeOf<Diagram>().toEqualTypeOf<z.infer<typeof DiagramSchemaV1>>();
    expectTypeOf<DiagramNode>().toEqualTypeOf<z.infer<typeof NodeSchema>>();
    expectTypeOf<Diagram['nodes'][number]['package']>().toEqualTypeOf<string>();
    expectTypeOf<Diagram['version']>().toEqualTypeOf<1>();
    // @ts-expect-error a node without a package is not a node
    const nodeWithoutPackage: DiagramNode = { id: 'a', position: { x: 0, y: 0 } };
    expect(nodeWithoutPackage.id).toBe('a');
    expect(emptyDiagram().version).toBe(1);
  });
});

describe('sameButPosition', () => {
  const node: DiagramNode = {
    id: 'cache',
    package: 'django-redis',
    position: { x: 0, y: 0 },
    pin: '5.4.0',
    color: 'red',
  };

  it('holds for a moved copy of a node', () => {
    expect(sameButPosition(node, { ...node, position: { x: 40, y: 16 } })).toBe(true);
    expect(sameButPosition(node, node)).toBe(true);
  });

  it('fails when anything but the position differs, unknown fields included', () => {
    expect(sameButPosition(node, { ...node, pin: '5.3.0' })).toBe(false);
    expect(sameButPosition(node, { ...node, package: 'django-cacheops' })).toBe(false);
    expect(sameButPosition(node, { ...node, color: 'blue' })).toBe(false);
    const { pin: _pin, ...unpinned } = node;
    expect(sameButPosition(node, unpinned)).toBe(false);
    expect(sameButPosition(unpinned, { ...unpinned, note: 'x' })).toBe(false);
    // Options are compared by identity: an edit makes a new object.
    expect(sameButPosition({ ...node, options: {} }, { ...node, options: {} })).toBe(false);
  });
});
