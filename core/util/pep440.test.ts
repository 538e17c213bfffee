import fc from 'fast-check';
import { satisfies } from '@renovatebot/pep440';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../catalog/catalog';
import { versionsEqual } from './pep440';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

/** The library's own answer to "is `a` == `b`", a throw read as no. */
function libraryEqual(a: string, b: string): boolean {
  try {
    return satisfies(a, `==${b}`);
  } catch {
    return false;
  }
}

const TRICKY = [
  '1.0',
  '1',
  '1.0.0',
  '01.0',
  '1.0+abc',
  '1.0+ABC',
  '1.0+abc.1',
  '1.0+abc.01',
  '1.0.0+abc',
  '1.0+1',
  '1.0rc1',
  '1.0c1',
  '1.0RC1',
  '1.0-rc.1',
  '1.0rc1+local',
  '1.0a0',
  '1.0alpha',
  '1.0b2',
  '1.0.post1',
  '1.0-1',
  '1.0.rev1',
  '1.0.dev0',
  '1.0.dev',
  '1.0a0.dev1',
  '1.0.post1.dev2',
  '1!1.0',
  '0!1.0',
  'v1.0',
  'V1.0',
  ' 1.0',
  '1.0 ',
  '1.0.*',
  '1.*',
  'foo',
  '',
  '2.0',
];

describe('versionsEqual', () => {
  it('answers every pair of tricky versions as the library reads ==', () => {
    for (const a of TRICKY)
      for (const b of TRICKY) expect(versionsEqual(a, b), `${a} == ${b}`).toBe(libraryEqual(a, b));
  });

  it('answers pairs of catalog versions and their respellings as the library reads ==', () => {
    const catalog = defaultCatalog();
    const versions = [
      ...new Set([...catalog.packages, ...catalog.dependencies].flatMap((pkg) => pkg.releases.map((r) => r.version))),
    ];
    const respelt = fc
      .tuple(fc.constantFrom(...versions), fc.constantFrom('', '', '.0', '+local', '.post1', 'rc1', '.dev0', '+1'))
      .map(([version, tail]) => `${version}${tail}`);
    fc.assert(
      fc.property(respelt, respelt, (a, b) => {
        expect(versionsEqual(a, b), `${a} == ${b}`).toBe(libraryEqual(a, b));
      }),
      { numRuns: FUZZ_RUNS.versionEquality.runs },
    );
    // Equal pairs are rare among random ones: each version against its own respellings too.
    for (const version of versions.slice(0, 400))
      for (const other of [version, `${version}.0`, `${version}+x`, `${version}.0+x`, `${version}rc1`])
        expect(versionsEqual(version, other), `${version} == ${other}`).toBe(libraryEqual(version, other));
  });
});
