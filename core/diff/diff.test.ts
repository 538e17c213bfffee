import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from '../check/testing';
import type { Diagram } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';
import { diffDiagrams, isEmptyDiff } from './diff';
import { formatDiagramDiff } from './format';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const catalog = testCatalog({
  django: {
    releases: [
      ['4.2.20', '', '>=3.8'],
      ['5.2.8', '', '>=3.10'],
    ],
    needs: [{ role: 'api' }, { role: 'cache', multiple: false }],
  },
  djangorestframework: {
    releases: [
      ['3.15.2', '>=4.2'],
      ['3.16.1', '>=4.2'],
    ],
    provides: ['api'],
  },
  'django-redis': { releases: [['5.4.0', '>=3.2']], provides: ['cache'], needs: [{ role: 'redis', required: true }] },
  'redis-server': { kind: 'service', provides: ['redis'] },
});

const clone = (diagram: Diagram): Diagram => JSON.parse(JSON.stringify(diagram));
const base = stackOf(catalog, 'django', 'djangorestframework');

function diffText(before: Diagram, after: Diagram): string {
  return formatDiagramDiff(diffDiagrams(before, after, catalog));
}

describe('diagram diff', () => {
  it('identical diagrams have no changes', () => {
    const diff = diffDiagrams(base, clone(base), catalog);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(formatDiagramDiff(diff)).toBe('No changes.\n');
  });

  it('adding django-redis and Redis lists both packages and their wires', () => {
    const after = stackOf(catalog, 'django', 'djangorestframework', 'django-redis', 'redis-server');
    const diff = diffDiagrams(base, after, catalog);
    expect(diff.added.map((entry) => entry.package)).toEqual(['django-redis', 'redis-server']);
    expect(diff.removed).toEqual([]);
    expect(diff.wiresAdded).toHaveLength(2);
    expect(diff.wiresAdded).toEqual(
      expect.arrayContaining([
        { from: 'django-redis', to: 'django', role: 'cache' },
        { from: 'redis-server', to: 'django-redis', role: 'redis' },
      ]),
    );
    const text = formatDiagramDiff(diff);
    expect(text).toContain('Packages added:\n  + django-redis (5.4.0)\n  + redis-server\n');
    expect(text).toContain('  + django-redis → django (cache)');
    expect(text).toContain('  + redis-server → django-redis (redis)');
  });

  it('removing a package lists it and the wire that went with it', () => {
    const text = diffText(base, stackOf(catalog, 'django'));
    expect(text).toBe(
      'Packages removed:\n  - djangorestframework (3.16.1)\nWiring removed:\n  - djangorestframework → django (api)\n',
    );
  });

  it('a pin change shows before and after, and the resolved version change follows it', () => {
    const after = clone(base);
    after.nodes[1]!.pin = '3.15.2';
    const text = diffText(base, after);
    expect(text).toContain('Pins changed:\n  ~ djangorestframework: unpinned → 3.15.2\n');
    expect(text).toContain('Resolved versions changed:\n  ~ djangorestframework: 3.16.1 → 3.15.2\n');
  });

  it('a target change shows the new Django and the versions the resolver now picks', () => {
    const after = clone(base);
    after.target.django = '4.2';
    after.target.python = '3.9';
    const diff = diffDiagrams(base, after, catalog);
    expect(diff.target).toEqual([
      { field: 'django', before: '5.2', after: '4.2' },
      { field: 'python', before: '3.12', after: '3.9' },
    ]);
    const [before, now] = [
      resolveDiagram(base, catalog).packages.django,
      resolveDiagram(after, catalog).packages.django,
    ];
    expect(before).not.toBe(now);
    expect(formatDiagramDiff(diff)).toContain(`Target:\n  ~ Django: 5.2 → 4.2\n  ~ Python: 3.12 → 3.9\n`);
    expect(formatDiagramDiff(diff)).toContain(`  ~ django: ${before} → ${now}`);
  });

  it('moving nodes is summarised in one line', () => {
    const after = clone(base);
    after.nodes.forEach((node) => (node.position = { x: node.position.x + 10, y: 5 }));
    expect(diffText(base, after)).toBe('Layout: 2 nodes moved.\n');
  });

  it('a node deleted and re-added under a new id is not a change (only its move)', () => {
    const after = clone(base);
    after.nodes[1]!.id = 'djangorestframework-7';
    after.edges[0]!.source = 'djangorestframework-7';
    after.edges[0]!.id = 'e-new';
    expect(diffText(base, after)).toBe('No changes.\n');
  });

  it('rewiring to another role port is reported as one removal and one addition', () => {
    const after = clone(base);
    after.edges[0] = { ...after.edges[0]!, role: 'docs', sourcePort: 'docs', targetPort: 'docs' };
    const diff = diffDiagrams(base, after, catalog);
    expect(diff.wiresRemoved).toEqual([{ from: 'djangorestframework', to: 'django', role: 'api' }]);
    expect(diff.wiresAdded).toEqual([{ from: 'djangorestframework', to: 'django', role: 'docs' }]);
  });

  it('option, unknown-field and catalog changes are named', () => {
    const after = clone(base);
    after.nodes[1]!.options = { pageSize: 50 };
    after.nodes[1]!.note = 'hand edit';
    after.layout = 'LR';
    after.catalog = '2027.1.0';
    const text = diffText(base, after);
    expect(text).toContain('Options changed:\n  ~ djangorestframework: pageSize\n');
    expect(text).toContain('Other fields changed:\n  ~ djangorestframework: note\n  ~ diagram: layout\n');
    expect(text).toContain('Catalog: not recorded → 2027.1.0\n');
  });

  it('two nodes of one package are told apart by id', () => {
    const after = clone(base);
    after.nodes.push({ id: 'drf-2', package: 'djangorestframework', position: { x: 0, y: 0 } });
    expect(diffText(base, after)).toContain('  + djangorestframework (drf-2) (3.16.1)');
  });

  it('unknown packages are marked, and hostile names cannot write terminal escapes or fake lines', () => {
    const after = clone(base);
    after.nodes.push({
      id: 'x',
      package: 'evil\u001b[31m\nPackages removed:\n  - django',
      position: { x: 0, y: 0 },
      pin: '1.0',
    });
    const text = diffText(base, after);
    expect(text).toBe(
      'Packages added:\n  + evil\\u001b[31m\\u000aPackages removed:\\u000a  - django (pinned 1.0, not in the local catalog)\n',
    );
  });
});

describe('diagram diff properties', () => {
  const names = ['django', 'djangorestframework', 'django-redis', 'redis-server', 'unknown-thing'];
  const stack = fc
    .tuple(fc.subarray(names), fc.option(fc.constantFrom('3.15.2', '3.16.1')), fc.boolean())
    .map(([packages, drfPin, wired]) =>
      stackOf(catalog, ...packages, { pins: drfPin ? { djangorestframework: drfPin } : {}, unwired: !wired }),
    );

  it('a diagram compared with itself has no changes; added and removed are the packages that differ', () => {
    fc.assert(
      fc.property(stack, stack, (a, b) => {
        expect(isEmptyDiff(diffDiagrams(a, clone(a), catalog))).toBe(true);
        const diff = diffDiagrams(a, b, catalog);
        const [before, after] = [new Set(a.nodes.map((n) => n.package)), new Set(b.nodes.map((n) => n.package))];
        expect(diff.added.map((e) => e.package).sort()).toEqual([...after].filter((p) => !before.has(p)).sort());
        expect(diff.removed.map((e) => e.package).sort()).toEqual([...before].filter((p) => !after.has(p)).sort());
        // Every wire is accounted for: before − removed + added = after, as multisets.
        expect(a.edges.length - diff.wiresRemoved.length + diff.wiresAdded.length).toBe(b.edges.length);
        expect(isEmptyDiff(diffDiagrams(b, a, catalog))).toBe(isEmptyDiff(diff));
      }),
      { numRuns: FUZZ_RUNS.diffStacks.runs },
    );
  });
});
