import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import { freshNodeId } from '../../../core/diagram/ops';
import { addPackage, connect, copyOf, freeSpot, paste, removeItems, setOption, setPin, snap } from './edits';
import { stackOf } from './testing';

describe('edits', () => {
  it('names a node after its package, numbered when the name is taken', () => {
    const diagram = stackOf('celery', 'celery-2');
    expect(freshNodeId(diagram, 'django')).toBe('django');
    expect(freshNodeId(diagram, 'celery')).toBe('celery-3');
  });

  it('snaps an added package to the grid', () => {
    const { diagram, id } = addPackage(stackOf(), 'django', { x: 13, y: 27 });
    expect(diagram.nodes).toEqual([{ id, package: 'django', position: { x: 16, y: 32 } }]);
    expect(snap({ x: -7, y: 8 })).toEqual({ x: -0, y: 16 });
  });

  it('finds a free spot that overlaps no node', () => {
    const diagram = stackOf('django', 'celery');
    const spot = freeSpot(diagram, 'redis', { x: 0, y: 0 });
    for (const node of diagram.nodes) {
      const apart = Math.abs(node.position.x - spot.x) >= 240 || Math.abs(node.position.y - spot.y) >= 140;
      expect(apart).toBe(true);
    }
  });

  it('removes a node with the edges that touch it', () => {
    let diagram = stackOf('django', 'djangorestframework', 'django-rest-knox');
    for (const [source, target, role] of [
      ['djangorestframework', 'django', 'api'],
      ['django-rest-knox', 'djangorestframework', 'auth'],
    ] as const) {
      const result = connect(diagram, catalog, { source, sourcePort: role, target, targetPort: role });
      if (!result.ok) throw new Error(result.reason);
      diagram = result.diagram;
    }
    const after = removeItems(diagram, ['djangorestframework']);
    expect(after.nodes.map((n) => n.id)).toEqual(['django', 'django-rest-knox']);
    expect(after.edges).toEqual([]);
  });

  it('refuses a wire between different roles, with the reason, and adds nothing', () => {
    const diagram = stackOf('django', 'django-filter');
    const result = connect(diagram, catalog, {
      source: 'django-filter',
      sourcePort: 'filters',
      target: 'django',
      targetPort: 'api',
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/only ports of the same role connect/);
  });

  it('pastes a copy with fresh ids, offset, keeping the edges inside the copy only', () => {
    let diagram = stackOf('django', 'djangorestframework', 'django-rest-knox');
    for (const [source, target, role] of [
      ['djangorestframework', 'django', 'api'],
      ['django-rest-knox', 'djangorestframework', 'auth'],
    ] as const) {
      const result = connect(diagram, catalog, { source, sourcePort: role, target, targetPort: role });
      if (result.ok) diagram = result.diagram;
    }
    const clip = copyOf(diagram, ['djangorestframework', 'django-rest-knox'])!;
    const { diagram: pasted, ids } = paste(diagram, clip, { x: 32, y: 32 });
    expect(ids).toEqual(['djangorestframework-2', 'django-rest-knox-2']);
    expect(pasted.nodes.find((n) => n.id === 'django-rest-knox-2')!.position).toEqual({ x: 32, y: 352 });
    const added = pasted.edges.slice(diagram.edges.length);
    expect(added).toEqual([
      expect.objectContaining({ source: 'django-rest-knox-2', target: 'djangorestframework-2', role: 'auth' }),
    ]);
  });

  it('sets and clears a pin and an option without touching other nodes', () => {
    const diagram = stackOf('django', 'celery');
    const pinned = setPin(diagram, 'celery', '5.4.0');
    expect(pinned.nodes[1]!.pin).toBe('5.4.0');
    expect(pinned.nodes[0]).toBe(diagram.nodes[0]);
    expect('pin' in setPin(pinned, 'celery', null).nodes[1]!).toBe(false);
    const withOption = setOption(diagram, 'celery', 'timezone', 'UTC');
    expect(withOption.nodes[1]!.options).toEqual({ timezone: 'UTC' });
    expect('options' in setOption(withOption, 'celery', 'timezone', undefined).nodes[1]!).toBe(false);
  });
});
