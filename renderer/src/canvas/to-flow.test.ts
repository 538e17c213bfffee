import { describe, expect, it } from 'vitest';
import { moveNodes } from '../store/edits';
import { stackOf } from '../store/testing';
import { createNodeMapper } from './to-flow';

describe('diagram → React Flow nodes', () => {
  it('reuses the node objects a change did not touch, so memoised nodes skip rendering', () => {
    const map = createNodeMapper();
    const diagram = stackOf('django', 'celery', 'django-redis');
    const none = new Set<string>();
    const sizes = new Map();
    const first = map(diagram.nodes, none, sizes);
    const moved = moveNodes(diagram, new Map([['celery', { x: 500, y: 0 }]]));
    const second = map(moved.nodes, none, sizes);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.position).toEqual({ x: 500, y: 0 });
    const third = map(moved.nodes, new Set(['django']), sizes);
    expect(third[0]!.selected).toBe(true);
    expect(third[1]).toBe(second[1]);
  });
});
