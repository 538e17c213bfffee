import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackOf, testCatalog } from '../check/testing';
import type { Diagram } from '../diagram/model';
import { exportMermaid, mermaidText } from './mermaid';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const catalog = testCatalog({
  django: { releases: [['5.2.8', '', '>=3.10']], needs: [{ role: 'cache' }, { role: 'auth' }] },
  'beta-cache': { releases: [['2.0.0', '>=4.2']], provides: ['cache'], needs: [{ role: 'redis' }] },
  'old-auth': { releases: [['1.0.0', '']], provides: ['auth'], status: { state: 'deprecated', successors: [] } },
  'redis-server': { kind: 'service', provides: ['redis'] },
});

/** Decodes the entities mermaidText writes, as Mermaid does when it renders a label. */
const decode = (label: string) => label.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));

const LABEL = String.raw`(?:[A-Za-z0-9 ._,:+=/-]|#\d+;|<br/>)*`;
const GRAMMAR = [
  /^flowchart LR$/,
  /^ {2}%% Django [0-9.]* \/ Python [0-9.]*$/,
  new RegExp(String.raw`^  n\d+\["${LABEL}"\]$`),
  new RegExp(String.raw`^  n\d+\[\("${LABEL}"\)\]$`),
  new RegExp(String.raw`^  n\d+ -->\|"${LABEL}"\| n\d+$`),
  /^ {2}classDef (service|deprecated|unknown) [a-z0-9:#,.\- ]+$/,
  /^ {2}class n\d+(,n\d+)* (service|deprecated|unknown)$/,
];

function expectWellFormed(text: string): void {
  expect(text.endsWith('\n')).toBe(true);
  for (const line of text.slice(0, -1).split('\n')) {
    expect(
      GRAMMAR.some((rule) => rule.test(line)),
      `line does not fit the grammar: ${JSON.stringify(line)}`,
    ).toBe(true);
  }
}

describe('Mermaid export', () => {
  it('draws packages, a service cylinder and role-labelled wires from provider to consumer', () => {
    const diagram = stackOf(catalog, 'django', 'beta-cache', 'redis-server', 'old-auth', { unwired: true });
    diagram.edges = [
      { id: 'e1', source: 'beta-cache-1', sourcePort: 'cache', target: 'django-1', targetPort: 'cache', role: 'cache' },
      {
        id: 'e2',
        source: 'redis-server-1',
        sourcePort: 'redis',
        target: 'beta-cache-1',
        targetPort: 'redis',
        role: 'redis',
      },
    ];
    const text = exportMermaid(diagram, catalog);
    expectWellFormed(text);
    expect(text).toContain('  n1["django<br/>5.2.8"]');
    expect(text).toContain('  n3[("redis-server")]');
    expect(text).toContain(`  n2 -->|"${mermaidText(catalog.role('cache')!.label)}"| n1\n`);
    expect(text).toContain(`  n3 -->|"${mermaidText(catalog.role('redis')!.label)}"| n2\n`);
    expect(text).toContain('  class n3 service\n');
    expect(text).toContain('  class n4 deprecated\n');
  });

  it('marks pinned versions and packages the catalog does not know', () => {
    const diagram = stackOf(catalog, 'django', 'acme-toolkit', { pins: { 'acme-toolkit': '0.3' } });
    const text = exportMermaid(diagram, catalog);
    expect(text).toContain('  n2["acme-toolkit<br/>0.3 #40;pinned#41;"]');
    expect(text).toContain('  class n2 unknown\n');
  });

  it.each([
    ['a quote and bracket', 'x"] --> evil["pwned'],
    ['a new statement', 'x"]\n  click n1 call alert(1)\n  n9["'],
    ['a comment and a directive', '%%{init: {"securityLevel": "loose"}}%%'],
    ['HTML', '<img src=x onerror=alert(1)><script>alert(1)</script>'],
    ['markdown backticks and pipes', '`**bold**` | --> |'],
    ['an entity of its own', '#quot; #35; &amp;'],
    ['unicode and emoji', 'Ünïcødé 🐍\u2028\u0000'],
  ])('a hostile package name with %s stays inside its label', (_what, name) => {
    const diagram: Diagram = {
      format: 'djstack',
      version: 1,
      target: { django: '5.2\n  click', python: '3.12' },
      nodes: [
        { id: name, package: name, position: { x: 0, y: 0 }, pin: name },
        { id: 'b', package: 'django', position: { x: 0, y: 0 } },
      ],
      edges: [{ id: name, source: name, sourcePort: name, target: 'b', targetPort: name, role: name }],
    };
    const text = exportMermaid(diagram, catalog);
    expectWellFormed(text);
    const label = /^ {2}n1\["(.*)"\]$/m.exec(text)![1]!;
    expect(label.split('<br/>').map(decode)).toEqual([name, `${name} (pinned)`]);
    expect(decode(/-->\|"(.*)"\|/.exec(text)![1]!)).toBe(name);
  });

  it('any text at all stays inside its label and decodes back to itself (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 30 }), (name, role) => {
        const diagram: Diagram = {
          format: 'djstack',
          version: 1,
          target: { django: '5.2', python: '3.12' },
          nodes: [
            { id: 'a', package: name, position: { x: 0, y: 0 } },
            { id: 'b', package: 'django', position: { x: 0, y: 0 } },
          ],
          edges: [{ id: 'e', source: 'a', sourcePort: role, target: 'b', targetPort: role, role }],
        };
        const text = exportMermaid(diagram, catalog);
        expectWellFormed(text);
        expect(decode(/^ {2}n1\["(.*)"\]$/m.exec(text)![1]!)).toBe(name);
        expect(decode(mermaidText(role))).toBe(role);
      }),
      { numRuns: FUZZ_RUNS.mermaidLabels.runs },
    );
  });
});
