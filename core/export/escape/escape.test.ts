import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { envLine, envValue } from './dotenv';
import { mdCode, mdText } from './markdown';
import { shellWord } from './shell';
import { oneLine } from '../python/literal';
import { yamlDocument } from './yaml';
import { FUZZ_RUNS } from '../../testing/fuzz-runs';

/** Every character Python's str.splitlines() breaks a line on. */
const PY_LINE_BREAKS = ['\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029'];
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const pySplitLines = (text: string) => text.split(/\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/);

/** Any Unicode text, with the characters that matter here (breaks, quotes, shell specials, lone surrogates) made common. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...PY_LINE_BREAKS, '$', '`', '"', "'", '\\', '#', '=', ' ', '\t', '\0', '\x1b', '\u202e', '$('),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  ),
  maxLength: 40,
});

describe('.env values', () => {
  it('never add a line for splitlines(), never carry $ or a backtick, and never end the quotes early', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const line = envLine('SENTRY_ENVIRONMENT', value);
        expect(pySplitLines(line)).toHaveLength(1);
        expect(line).not.toMatch(/[$`]/);
        const quoted = envValue(value);
        if (quoted.startsWith('"')) expect(quoted.slice(1, -1)).not.toMatch(/["\\]/);
        else expect(quoted).toMatch(/^[A-Za-z0-9_./:@,+=*?()[\]-]*$/);
      }),
      { numRuns: FUZZ_RUNS.escapeFormats.runs },
    );
  });

  it('keeps plain text as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcXYZ019 ._-/:@,+#!%&'~") }), (value) => {
        const read = envValue(value).replace(/^"|"$/g, '');
        expect(read).toBe(value);
      }),
      { numRuns: FUZZ_RUNS.escapeFormats.runs },
    );
  });

  it('the sentry payload of the report stays one value', () => {
    const line = envLine('SENTRY_ENVIRONMENT', 'dev\u2028SENTRY_DSN=https://k@evil.example/1');
    expect(pySplitLines(line)).toEqual(['SENTRY_ENVIRONMENT="devSENTRY_DSN=https://k@evil.example/1"']);
  });
});

describe('README Markdown', () => {
  it('diagram text stays on one line with every markup character escaped', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = mdText(text);
        expect(pySplitLines(out)).toHaveLength(1);
        expect(out.replace(/\\./g, '')).not.toMatch(/[<>`[\]\\*_#|!~&]/);
      }),
      { numRuns: FUZZ_RUNS.escapeFormats.runs },
    );
  });

  it('a code span has no backtick inside and stays on one line', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = mdCode(text);
        expect(pySplitLines(out)).toHaveLength(1);
        expect(out.slice(1, -1)).not.toContain('`');
      }),
      { numRuns: FUZZ_RUNS.escapeFormats.runs },
    );
  });
});

/** What a POSIX shell reads back from one word made of plain characters, '…' strings and \' escapes. */
function shellRead(word: string): string | null {
  const parts = word.match(/'[^']*'|\\'|[A-Za-z0-9_./:=@%+,-]+/g);
  if (parts?.join('') !== word) return null;
  return parts.map((part) => (part === "\\'" ? "'" : part.startsWith("'") ? part.slice(1, -1) : part)).join('');
}

describe('shell words', () => {
  it('read back as the one-line text, with nothing the shell would run', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const word = shellWord(text);
        expect(pySplitLines(word)).toHaveLength(1);
        expect(shellRead(word)).toBe(oneLine(text));
      }),
      { numRuns: FUZZ_RUNS.escapeFormats.runs },
    );
  });
});

describe('YAML', () => {
  it('any text round-trips through the YAML library and the document stays a mapping', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (key, value) => {
        const doc = yamlDocument({ services: { [key]: { image: value, ports: [value] } } }, key);
        expect(parse(doc)).toEqual({ services: { [key]: { image: value, ports: [value] } } });
        expect(pySplitLines(doc.split('\n')[0]!)).toHaveLength(1);
      }),
      { numRuns: FUZZ_RUNS.escapeYaml.runs },
    );
  });
});
