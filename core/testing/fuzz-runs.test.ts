/**
 * Issue 17 asks for a fuzz run of at least 10,000 hostile diagrams, requirements files and share
 * links in every `npm test`. The run counts live in fuzz-runs.ts; this test sums them, and checks
 * that they are the counts the tests really use: every fast-check call in the repository sits in
 * a registered file, names its run count from the registry, and none falls back to fast-check's
 * default of 100.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { casesOf, FUZZ_RUNS, fuzzTotals, ISSUE_17_INPUTS, ISSUE_17_MINIMUM, type FuzzRun } from './fuzz-runs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entries = Object.entries(FUZZ_RUNS) as [string, FuzzRun][];
const FAST_CHECK_CALL = /\bfc\.(?:assert|sample)\(/g;

function testFiles(): string[] {
  return ['core', 'catalog', 'cli', 'electron', 'renderer', 'scripts', 'e2e'].flatMap((top) =>
    readdirSync(join(root, top), { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(test|spec)\.tsx?$/.test(path) && !path.includes('node_modules'))
      .map((path) => `${top}/${path.replaceAll('\\', '/')}`),
  );
}

const source = (file: string) => readFileSync(join(root, file), 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the fuzz run of every npm test', () => {
  it(`runs at least ${ISSUE_17_MINIMUM.toLocaleString('en')} hostile diagrams, requirements files and share links`, ({
    annotate,
  }) => {
    const totals = fuzzTotals();
    expect(totals.issue17).toBeGreaterThanOrEqual(ISSUE_17_MINIMUM);
    for (const input of ISSUE_17_INPUTS) expect(totals.byInput[input], input).toBeGreaterThan(0);
    void annotate(
      `${totals.issue17} hostile diagrams, requirements files and share links on every machine; ` +
        `${totals.hostile} hostile cases in all (${JSON.stringify(totals.byInput)}); ${totals.all} generated cases`,
    );
  });

  it('docs/security.md states the figures the registry sums to', () => {
    const doc = source('docs/security.md').replace(/\s+/g, ' ');
    const { issue17, byInput, needsProgram } = fuzzTotals();
    const n = (value: number | undefined) => (value ?? 0).toLocaleString('en');
    expect(doc).toContain(
      `${n(issue17)} diagrams, requirements files and share links (${n(byInput.diagram)} diagrams, ` +
        `${n(byInput['requirements file'])} requirements files, ${n(byInput['share link'])} share links)`,
    );
    expect(doc).toContain(
      `${n(byInput['index response'])} index responses, ${n(byInput['generated-file text'])} pieces of generated-file text, and ${n(needsProgram)} cases that need`,
    );
  });

  it('every test file that calls fast-check is in the registry', () => {
    const registered = new Set(entries.map(([, run]) => run.file));
    const unregistered = testFiles().filter(
      (file) => !registered.has(file) && count(source(file), FAST_CHECK_CALL) > 0,
    );
    expect(unregistered).toEqual([]);
  });

  it.each(entries)('%s: its file runs it with the registry’s count', (id, run) => {
    const text = source(run.file);
    expect(text).toMatch(/from '(?:\.\.\/)+testing\/fuzz-runs'/);
    const uses = count(text, new RegExp(`numRuns: FUZZ_RUNS\\.${escape(id)}\\.runs\\b`, 'g'));
    // A file that runs one property per it.each row checks the number of rows itself.
    if (text.includes(`FUZZ_RUNS.${id}.properties`)) expect(uses).toBeGreaterThanOrEqual(1);
    else expect(uses).toBe(run.properties);
    expect(casesOf(run)).toBe(run.runs * run.properties);
  });

  it.each([...new Set(entries.map(([, run]) => run.file))])(
    '%s: every fast-check call names a run count, none a number of its own',
    (file) => {
      const text = source(file);
      expect(text).not.toMatch(/numRuns:\s*[\d{]/);
      expect(count(text, /numRuns:/g)).toBe(count(text, FAST_CHECK_CALL));
    },
  );
});
