import { describe, expect, it } from 'vitest';
import type { Diagram } from '../../../core/diagram/model';
import { alignNodes } from './align';
import { stackOf } from './testing';

function at(...positions: [number, number][]): Diagram {
  const diagram = stackOf('django', 'celery', 'redis-server');
  diagram.nodes = diagram.nodes.map((node, i) => ({ ...node, position: { x: positions[i]![0], y: positions[i]![1] } }));
  return diagram;
}

const sizes = {
  django: { width: 200, height: 100 },
  celery: { width: 100, height: 60 },
  'redis-server': { width: 240, height: 140 },
};
const positionsOf = (diagram: Diagram) => diagram.nodes.map((node) => [node.position.x, node.position.y]);

describe('aligning a selection', () => {
  const diagram = at([100, 0], [40, 300], [500, 80]);

  it('left edges line up on the leftmost, other coordinates kept', () => {
    expect(positionsOf(alignNodes(diagram, ['django', 'celery'], 'left', sizes))).toEqual([
      [40, 0],
      [40, 300],
      [500, 80],
    ]);
  });

  it('top edges line up on the topmost', () => {
    expect(positionsOf(alignNodes(diagram, ['celery', 'redis-server'], 'top', sizes))).toEqual([
      [100, 0],
      [40, 80],
      [500, 80],
    ]);
  });

  it('horizontal centres line up in the middle of the selection, by measured width', () => {
    // Box from x 40 to 300 (django: 100 + 200): middle 170.
    expect(positionsOf(alignNodes(diagram, ['django', 'celery'], 'centerX', sizes))).toEqual([
      [70, 0],
      [120, 300],
      [500, 80],
    ]);
  });

  it('vertical centres line up, by measured height', () => {
    // Box from y 0 to 360 (celery: 300 + 60): middle 180.
    expect(positionsOf(alignNodes(diagram, ['django', 'celery'], 'centerY', sizes))).toEqual([
      [100, 130],
      [40, 150],
      [500, 80],
    ]);
  });

  it('one node alone is left where it is', () => {
    expect(alignNodes(diagram, ['django'], 'left', sizes)).toBe(diagram);
  });
});
