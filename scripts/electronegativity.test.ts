import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module without type declarations
import { findingsFromCsv, matchFindings, parseCsv, validateJustifications } from './electronegativity-findings.mjs';

type Finding = { check: string; file: string; sample: string; location: string };
type Entry = { check: string; file: string; sample?: string; reason: string };
const find = findingsFromCsv as (text: string) => Finding[];
const match = matchFindings as (
  findings: Finding[],
  entries: Entry[],
) => { justified: unknown[]; unjustified: Finding[]; unused: Entry[] };

const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","electron/main/security.ts","53:2","options.openExternal(url);","Review the use of openExternal",https://x',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src \'self\'; style-src \'self\' \'unsafe-inline\'","One or more CSP directives, ""quoted""",https://x',
  'LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits",https://x',
].join('\n');

const REASON = 'A reason long enough to explain why this finding is acceptable.';

describe("reading electronegativity's report", () => {
  it('parses quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\ng"\r\nh,i\n')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\ng'],
      ['h', 'i'],
    ]);
  });

  it('turns rows into findings with check, file and sample', () => {
    const findings = find(REPORT);
    expect(findings.map((f) => [f.check, f.file, f.location])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 'electron/main/security.ts', '53:2'],
      ['CSP_GLOBAL_CHECK', 'renderer/index.html', '5:0'],
      ['LIMIT_NAVIGATION_GLOBAL_CHECK', 'N/A', '0:0'],
    ]);
    expect(findings[1]!.sample).toContain("'unsafe-inline'");
  });

  it('refuses a report without its header', () => {
    expect(() => find('OPEN_EXTERNAL_JS_CHECK,"MEDIUM"')).toThrow('no header');
  });

  it('refuses a report with a cut row (the scanner wrote its header over its findings)', () => {
    const header = 'issue, severity, confidence, filename, location, sample, description, url\n';
    const whole = 'CSP_GLOBAL_CHECK,"INFORMATIONAL","CERTAIN","renderer/index.html","5:0","<meta>","CSP","u"\n';
    expect(find(header + whole)).toHaveLength(1);
    expect(() => find(header + whole + 'sample>","CSP","u"\n')).toThrow('report is malformed: row 3');
  });
});

describe('justifying findings', () => {
  it('a finding fails unless an entry names its check and file (and sample, when given)', () => {
    const findings = find(REPORT);
    const entries: Entry[] = [
      {
        check: 'OPEN_EXTERNAL_JS_CHECK',
        file: 'electron/main/security.ts',
        sample: 'options.openExternal',
        reason: REASON,
      },
      { check: 'CSP_GLOBAL_CHECK', file: 'renderer/index.html', sample: 'script-src * ', reason: REASON },
      { check: 'SANDBOX_JS_CHECK', file: 'electron/main/window.ts', reason: REASON },
    ];
    const { justified, unjustified, unused } = match(findings, entries);
    expect(justified).toHaveLength(1);
    expect(unjustified.map((f) => f.check)).toEqual(['CSP_GLOBAL_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']);
    expect(unused.map((e) => e.check)).toEqual(['CSP_GLOBAL_CHECK', 'SANDBOX_JS_CHECK']);
  });

  it('every justification needs a check, a file and a reason worth the name', () => {
    expect(validateJustifications({ justified: [{ check: 'X', file: 'a.ts', reason: 'ok' }] })).toEqual([
      'justified[0].reason is too short to be a reason: "ok".',
    ]);
    expect(validateJustifications({ justified: [{ file: 'a.ts', reason: REASON }] })).toEqual([
      'justified[0].check is missing.',
    ]);
    expect(validateJustifications([])).toHaveLength(1);
  });

  it("the project's own justification file is valid", () => {
    const config = JSON.parse(
      readFileSync(new URL('./electronegativity-justifications.json', import.meta.url), 'utf8'),
    );
    expect(validateJustifications(config)).toEqual([]);
  });
});
