import { describe, expect, it } from 'vitest';
import { addEdge } from '../../../core/diagram/ops';
import { analysisOf } from '../store/analysis';
import { catalog } from '../store/catalog';
import { moveNodes, setPin } from '../store/edits';
import { stackOf } from '../store/testing';
import { createEdgeMapper, createNodeMapper, wiredInputs, type CanvasFacts } from './to-flow';
import type { Diagram } from '../../../core/diagram/model';

const none = new Set<string>();
const sizes = new Map();

function factsOf(diagram: Diagram): CanvasFacts {
  return { analysis: analysisOf(diagram), wired: wiredInputs(diagram.edges) };
}

describe('diagram → React Flow nodes', () => {
  it('reuses the node objects a change did not touch, so memoised nodes skip rendering', () => {
    const map = createNodeMapper();
    const diagram = stackOf('django', 'celery', 'django-redis');
    const first = map(diagram.nodes, none, sizes, factsOf(diagram));
    const moved = moveNodes(diagram, new Map([['celery', { x: 500, y: 0 }]]));
    const second = map(moved.nodes, none, sizes, factsOf(moved));
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.position).toEqual({ x: 500, y: 0 });
    const third = map(moved.nodes, new Set(['django']), sizes, factsOf(moved));
    expect(third[0]!.selected).toBe(true);
    expect(third[1]).toBe(second[1]);
  });

  it('hands each node the version, problems and wired ports the analysis gives it', () => {
    const map = createNodeMapper();
    // Knox without DRF: a problem on the knox node.
    const diagram = stackOf('django', 'django-rest-knox');
    const analysis = analysisOf(diagram);
    const [django, knox] = map(diagram.nodes, none, sizes, factsOf(diagram));
    expect(django!.data.version).toBe(analysis.resolution.nodes['django']);
    expect(django!.data.version).toMatch(/^\d+\.\d+/);
    expect(knox!.data.problems.length).toBeGreaterThan(0);
    expect(knox!.data.problems).toBe(analysis.byNode.get('django-rest-knox'));
    expect(django!.data.connected).toBe('');

    const withDrf = {
      ...diagram,
      nodes: [...diagram.nodes, { id: 'drf', package: 'djangorestframework', position: { x: 0, y: 400 } }],
    };
    const wired = addEdge(withDrf, catalog, { source: 'drf', sourcePort: 'api', target: 'django', targetPort: 'api' });
    if (!wired.ok) throw new Error(wired.reason);
    const after = map(wired.diagram.nodes, none, sizes, factsOf(wired.diagram));
    expect(after[0]).not.toBe(django);
    expect(after[0]!.data.connected).toBe('api');
  });

  it('gives a node new data when only its analysis changed, and keeps the others', () => {
    const map = createNodeMapper();
    const diagram = stackOf('django', 'django-redis');
    const first = map(diagram.nodes, none, sizes, factsOf(diagram));
    // Another patch release of the target's Django series: pinning it changes the node's version only.
    const older = catalog
      .get('django')!
      .releases.map((release) => release.version)
      .find((version) => version.startsWith(`${diagram.target.django}.`) && version !== first[0]!.data.version)!;
    const pinned = setPin(diagram, 'django', older);
    const second = map(pinned.nodes, none, sizes, factsOf(pinned));
    expect(second[0]!.data.version).toBe(older);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).toBe(first[1]);
  });
});

describe('diagram → React Flow edges', () => {
  it('reuses an edge until its problems or selection change', () => {
    const map = createEdgeMapper();
    const diagram = stackOf('django', 'djangorestframework');
    const wired = addEdge(diagram, catalog, {
      source: 'djangorestframework',
      sourcePort: 'api',
      target: 'django',
      targetPort: 'api',
    });
    if (!wired.ok) throw new Error(wired.reason);
    const byEdge = analysisOf(wired.diagram).byEdge;
    const first = map(wired.diagram.edges, none, byEdge);
    expect(map(wired.diagram.edges, none, byEdge)[0]).toBe(first[0]);
    const edgeId = first[0]!.id;
    const problems = [{ code: 'x' }] as never;
    const flagged = map(wired.diagram.edges, none, new Map([[edgeId, problems]]));
    expect(flagged[0]).not.toBe(first[0]);
    expect(flagged[0]!.data!.problems).toBe(problems);
    expect(map(wired.diagram.edges, new Set([edgeId]), byEdge)[0]!.selected).toBe(true);
  });
});

describe('wiredInputs', () => {
  it('lists each node’s wired input ports, sorted', () => {
    const edges = [
      { id: 'a', source: 's', sourcePort: 'tasks', target: 't', targetPort: 'tasks', role: 'tasks' },
      { id: 'b', source: 's', sourcePort: 'cache', target: 't', targetPort: 'cache', role: 'cache' },
      { id: 'c', source: 't', sourcePort: 'api', target: 'u', targetPort: 'api', role: 'api' },
    ];
    const wired = wiredInputs(edges);
    expect(wired.get('t')).toBe('cache tasks');
    expect(wired.get('u')).toBe('api');
    expect(wired.get('s')).toBeUndefined();
  });

  it('gives a windowed diagram’s packages a size before they are measured, and facts of now when mounted again', () => {
    const map = createNodeMapper();
    const diagram = stackOf('django', 'django-rest-knox');
    const [django] = map(diagram.nodes.slice(0, 1), none, sizes, factsOf(diagram), true);
    expect(django!.initialWidth).toBeGreaterThan(0);
    expect(django!.initialHeight).toBeGreaterThan(0);
    expect(django!.hidden).toBeUndefined();
    // knox was left out (not mounted); mounted after new verdicts, it has the verdicts of now.
    const retargeted = { ...diagram, target: { django: '3.2', python: '3.8' } };
    const [django2, knox] = map(retargeted.nodes, none, sizes, factsOf(retargeted), true);
    expect(django2).not.toBe(django);
    expect(knox!.data.problems).toBe(analysisOf(retargeted).byNode.get('django-rest-knox') ?? knox!.data.problems);
    expect(knox!.data.version).toBe(analysisOf(retargeted).resolution.nodes['django-rest-knox']);
    const [, knoxAgain] = map(retargeted.nodes, none, sizes, factsOf(retargeted), true);
    expect(knoxAgain).toBe(knox);
  });
});
