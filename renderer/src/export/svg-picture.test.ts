import { describe, expect, it } from 'vitest';
import { portsOf } from '../../../core/diagram/ports';
import type { Diagram } from '../../../core/diagram/model';
import { nodeSize } from '../../../core/layout/geometry';
import { diagramOfStarter, STARTER_STACKS } from '../../../core/templates/templates';
import { analysisOf } from '../store/analysis';
import { catalog } from '../store/catalog';
import { pictureOf, type NodeLayout } from './picture-of';
import { escapeXml, stackSvg } from './svg-picture';

const HOSTILE = 'evil</text><script>alert("x")</script>&amp;\u0001';

/** The SaaS starter (11 packages), two more, and a package from an imported file the catalog does not know. */
function thirteenPlus(): Diagram {
  const diagram = diagramOfStarter(STARTER_STACKS.find((stack) => stack.id === 'saas')!);
  const extra = ['django-debug-toolbar', 'whitenoise', HOSTILE];
  extra.forEach((name, i) =>
    diagram.nodes.push({ id: `extra-${i}`, package: name, position: { x: 1200, y: i * 200 } }),
  );
  return diagram;
}

/** A layout as the canvas would measure it: core's node size, one 24 px row per port. */
function layoutOf(diagram: Diagram): Map<string, NodeLayout> {
  return new Map(
    diagram.nodes.map((node) => {
      const pkg = catalog.get(node.package);
      const ports = pkg ? portsOf(pkg, catalog) : { inputs: [], outputs: [] };
      const rows = (list: typeof ports.inputs, direction: 'in' | 'out') =>
        list.map((port, i) => ({ id: port.id, direction, y: 64 + 24 * i + 12 }));
      return [
        node.id,
        {
          ...node.position,
          ...nodeSize(catalog, node.package),
          ports: [...rows(ports.inputs, 'in'), ...rows(ports.outputs, 'out')],
        },
      ];
    }),
  );
}

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document;
}

describe('the SVG picture of a stack', () => {
  const diagram = thirteenPlus();
  const svg = stackSvg(pictureOf(diagram, catalog, analysisOf(diagram), layoutOf(diagram)));

  it('is real SVG: well-formed XML, one group per package, a path per wire, no HTML inside', () => {
    expect(diagram.nodes.length).toBeGreaterThanOrEqual(13);
    const document = parse(svg);
    expect(document.documentElement.localName).toBe('svg');
    expect(document.documentElement.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/foreignObject/i);
    expect(document.querySelectorAll('g.nodes > g')).toHaveLength(diagram.nodes.length);
    expect(document.querySelectorAll('g.edges > path')).toHaveLength(diagram.edges.length);
    expect(document.getElementsByTagName('script')).toHaveLength(0);
  });

  it('stays under 300 KB for a stack of 13 and more packages', () => {
    expect(new TextEncoder().encode(svg).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('shows titles, versions and port labels as text', () => {
    const texts = [...parse(svg).getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('Django REST framework');
    const version = analysisOf(diagram).resolution.nodes.django;
    expect(version).toBeTruthy();
    expect(texts).toContain(version);
    expect(texts.some((t) => t?.startsWith('Auth'))).toBe(true);
  });

  it('escapes diagram text: a hostile package name is text, not markup', () => {
    const document = parse(svg);
    const texts = [...document.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    const shown = texts.find((t) => t.startsWith('evil'));
    expect(shown).toBeDefined();
    expect(HOSTILE.replace('\u0001', '')).toContain(shown!.replace('…', ''));
    expect(svg).not.toContain('<script>');
  });

  it('carries no selection styling', () => {
    expect(svg).not.toMatch(/selected|focus/i);
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">&'\u0007`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
