/**
 * Issue 11: an exported requirements.txt must install. Over random small worlds (Requires-Dist
 * with markers and extras, dependency records outside the catalog, random targets, pins and
 * the user's extras), every export of a stack the resolver solved satisfies every applicable
 * Requires-Dist and Requires-Python, as judged by the independent oracle (./testing/pip-oracle),
 * which shares no code with the engine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testCatalog, type DependencySpec, type MetadataReleaseSpec } from '../check/testing';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { exportRequirements } from '../export/requirements';
import { resolveDiagram } from './resolve';
import { violations, type OracleIndex } from './testing/pip-oracle';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

const NAMES = ['alpha', 'beta', 'gamma'];
const VERSIONS = ['1.0.0', '1.1.0', '2.0.0', '3.0.0'];
const PYTHONS = ['3.10', '3.11', '3.12', '3.13'];
const DJANGOS = ['4.2', '5.2'];
const REQUIRES = [
  'dep-one>=1.1',
  'dep-one<2.0; python_version < "3.12"',
  'dep-one>=2.0; python_version >= "3.12"',
  'dep-two[fast]>=2.0; extra == "x"',
  'dep-two<3.0',
  'beta>=1.1',
  'gamma<3.0; extra == "x" and python_version >= "3.11"',
  'django>=5.0',
  'Django<5.0; sys_platform == "win32"',
];

const releaseArb: fc.Arbitrary<Omit<MetadataReleaseSpec, 'version'>> = fc.record({
  django: fc.constantFrom('', '>=4.2', '<5.0', '>=5.0'),
  python: fc.constantFrom('', '', '>=3.11', '<3.13'),
  requiresDist: fc.uniqueArray(fc.constantFrom(...REQUIRES), { maxLength: 3 }),
});

const DEPENDENCIES: Record<string, DependencySpec> = {
  'dep-one': [
    ['1.0.0', ''],
    ['1.1.0', '', ['dep-two<3.0']],
    ['2.0.0', '>=3.11', ['dep-two>=2.0']],
  ],
  'dep-two': [
    ['1.0.0', ''],
    ['2.0.0', '', ['dep-one>=2.0; extra == "fast"']],
    ['3.0.0', '>=3.12'],
  ],
};

const worldArb = fc
  .record({
    releases: fc.tuple(
      ...NAMES.map((name) =>
        fc
          .tuple(
            fc.uniqueArray(fc.constantFrom(...VERSIONS), { minLength: 1, maxLength: 3 }),
            fc.array(releaseArb, { minLength: 3, maxLength: 3 }),
          )
          .map(([versions, facts]) => ({
            name,
            releases: versions.map((version, i) => ({
              version,
              ...facts[i]!,
              requiresDist: facts[i]!.requiresDist!.filter((r) => !r.startsWith(`${name}`)),
            })),
          })),
      ),
    ),
    python: fc.constantFrom(...PYTHONS),
    django: fc.constantFrom(...DJANGOS),
    placed: fc.array(fc.boolean(), { minLength: NAMES.length - 1, maxLength: NAMES.length - 1 }),
    extras: fc.boolean(),
    pin: fc.option(fc.constantFrom(...VERSIONS), { nil: undefined }),
  })
  .map(({ releases, python, django, placed, extras, pin }) => {
    const catalog = testCatalog(
      {
        django: {
          releases: [
            { version: '4.2.20', django: '==4.2.*', python: '>=3.8' },
            { version: '5.2.3', django: '==5.2.*', python: '>=3.10' },
          ],
        },
        ...Object.fromEntries(releases.map((pkg) => [pkg.name, { releases: pkg.releases }])),
      },
      DEPENDENCIES,
    );
    const diagram: Diagram = emptyDiagram({ django, python });
    NAMES.forEach((name, i) => {
      if (i > 0 && !placed[i - 1]) return;
      const node: Diagram['nodes'][number] = { id: `${name}-1`, package: name, position: { x: i * 100, y: 0 } };
      if (i === 0 && extras) node.requirement = { extras: ['x'] };
      if (i === 0 && pin && catalog.get(name)!.releases.some((r) => r.version === pin)) node.pin = pin;
      diagram.nodes.push(node);
    });
    return { catalog, diagram };
  });

describe('exports of random stacks install (independent PEP 508 oracle)', () => {
  it('every pinned requirements.txt of a resolved stack satisfies every applicable Requires-Dist and Requires-Python', () => {
    const outcomes = { solved: 0, failed: 0, withDependencies: 0 };
    fc.assert(
      fc.property(worldArb, ({ catalog, diagram }) => {
        const resolution = resolveDiagram(diagram, catalog);
        if (!resolution.ok) {
          outcomes.failed++;
          return;
        }
        outcomes.solved++;
        if (resolution.packages['dep-one'] || resolution.packages['dep-two']) outcomes.withDependencies++;
        const text = exportRequirements(diagram, catalog, { resolution });
        const index: OracleIndex = {};
        for (const pkg of [...catalog.packages, ...catalog.dependencies]) {
          index[pkg.name] = {};
          for (const release of pkg.releases)
            index[pkg.name]![release.version] = { python: release.python, requiresDist: release.requiresDist ?? [] };
        }
        expect(violations(text, index, diagram.target.python), text).toEqual([]);
      }),
      { numRuns: FUZZ_RUNS.exportStacks.runs, seed: 20261204 },
    );
    expect(outcomes.solved, JSON.stringify(outcomes)).toBeGreaterThan(50);
    expect(outcomes.failed, JSON.stringify(outcomes)).toBeGreaterThan(10);
    expect(outcomes.withDependencies, JSON.stringify(outcomes)).toBeGreaterThan(30);
  });
});
