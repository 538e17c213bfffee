import fc from 'fast-check';
import { parsePipRequirementsLine } from 'pip-requirements-js';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { parseRequirementFast } from './pep508-fast';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

/** What the library gives for `text`, a throw included, as a comparable value. */
function library(text: string): unknown {
  try {
    return parsePipRequirementsLine(text);
  } catch {
    return 'throws';
  }
}

/** Fails when the fast path answers `text` differently from the library; true when it answered. */
function agrees(text: string): boolean {
  const fast = parseRequirementFast(text);
  if (fast === undefined) return false;
  expect(fast, text).toStrictEqual(library(text));
  return true;
}

describe('the fast PEP 508 path', () => {
  it('reads every Requires-Dist string of the catalog as the library does, and nearly all of them itself', () => {
    const catalog = defaultCatalog();
    const texts = new Set<string>();
    for (const pkg of [...catalog.packages, ...catalog.dependencies])
      for (const release of pkg.releases) for (const text of release.requiresDist ?? []) texts.add(text);
    let answered = 0;
    for (const text of texts) if (agrees(text)) answered++;
    expect(texts.size).toBeGreaterThan(1000);
    expect(answered / texts.size).toBeGreaterThan(0.95);
  });

  it('answers plain requirements with extras, parenthesised specifiers and nested markers', () => {
    for (const text of [
      'redis>=4.5.2,!=4.5.5,<6.0.0; extra == "redis"',
      'kombu[redis, sqs] (>=5.3,<6) ; python_version < "3.9" and (sys_platform == \'win32\' or extra == "x")',
      'Django',
      'zope.interface[]',
      'tzdata; sys_platform not in "linux darwin"',
      'a; "x" in extra or os_name != "nt" and python_full_version >= "3.8.1"',
    ])
      expect(agrees(text), text).toBe(true);
  });

  it('leaves URLs, comments, === , odd blanks and glued keywords to the library', () => {
    for (const text of [
      'pkg @ https://example.com/pkg.zip',
      'pkg>=1 # comment',
      'pkg===1.0',
      ' pkg',
      'pkg ',
      'pkg; extra == "a"and extra == "b"',
      'pkg; extra not  in "a"',
      'pkg; python_versionx == "3"',
      'pkg\n',
      'päckage',
      'pkg; extra == "a\\b"',
    ])
      expect(parseRequirementFast(text), text).toBeUndefined();
  });

  it('never answers differently from the library on generated requirements, well-formed or damaged', () => {
    const blank = fc.constantFrom('', '', ' ', '  ', '\t');
    const name = fc.constantFrom('pkg', 'Django', 'zope.interface', 'a-b_c.d', 'x', 'A1');
    const version = fc.constantFrom('1.0', '2.*', '1.0rc1+local', '3', '1!2.0.post1', 'v1_0');
    const operator = fc.constantFrom('>=', '<', '<=', '==', '===', '~=', '!=', '>');
    const spec = fc.tuple(operator, blank, version).map((parts) => parts.join(''));
    const specs = fc
      .tuple(fc.array(spec, { maxLength: 3 }), blank, fc.boolean())
      .map(([list, b, parens]) => (parens ? `(${list.join(`${b},${b}`)})` : list.join(`,${b}`)));
    const variable = fc.constantFrom('python_version', 'python_full_version', 'extra', 'sys_platform', 'os_name');
    const text = fc.constantFrom('"3.8"', "'win32'", '"a\'b"', '""', '"x y"', '"1.0"');
    const markerOp = fc.constantFrom('==', '!=', '<', '>=', 'in', 'not in', '===', '~=');
    const leaf = fc
      .tuple(fc.oneof(variable, text), blank, markerOp, blank, fc.oneof(variable, text))
      .map(
        ([l, b1, op, b2, r]) =>
          `${l}${b1 || (/^[a-z]/.test(op) ? ' ' : '')}${op}${b2 || (/^[a-z]/.test(op) ? ' ' : '')}${r}`,
      );
    const { marker } = fc.letrec<{ marker: string }>((tie) => ({
      marker: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc
          .tuple(tie('marker'), fc.constantFrom(' and ', ' or ', '\tand\t', ' or(', 'and '), tie('marker'))
          .map(([l, k, r]) => (k === ' or(' ? `${l}${k}${r})` : `${l}${k}${r}`)),
        tie('marker').map((m) => `(${m})`),
      ),
    }));
    const extras = fc
      .array(fc.constantFrom('redis', 'sqs', 'Redis_Cache'), { maxLength: 2 })
      .map((list) => `[${list.join(', ')}]`);
    const requirement = fc
      .tuple(name, fc.option(extras), blank, specs, fc.option(fc.tuple(blank, marker)))
      .map(([n, e, b, v, m]) => `${n}${e ?? ''}${b}${v}${m ? `;${m[0]}${m[1]}` : ''}`);
    const damage = fc.constantFrom('', '', '', '', '', '', '@', '#', ')', '(', ',', ';', ' ', '=', '\\', 'é', 'x');
    let answered = 0;
    fc.assert(
      fc.property(requirement, damage, fc.nat(), (valid, extra, at) => {
        const where = at % (valid.length + 1);
        if (agrees(valid.slice(0, where) + extra + valid.slice(where))) answered++;
      }),
      { numRuns: FUZZ_RUNS.fastRequiresDist.runs },
    );
    // Most generated text must reach the fast path, or the comparison would mean little.
    expect(answered).toBeGreaterThan(800);
  });
});
