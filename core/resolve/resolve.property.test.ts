import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/catalog';
import { testCatalog, type PackageSpec, type ReleaseSpec } from '../check/testing';
import { emptyDiagram, type Diagram } from '../diagram/model';
import { satisfies as pepSatisfies } from '../util/pep440';
import { resolveDiagram } from './resolve';
import type { Resolution } from './types';
import { FUZZ_RUNS } from '../testing/fuzz-runs';

// Small synthetic worlds: a few packages with a few releases each, random Django support,
// random requirements between them, random pins and conflicts, and some packages left off the
// canvas (they share no role, so a requirement on one makes it an implicit package that may be
// installed or not). Small enough to brute-force.
const NAMES = ['alpha', 'beta', 'gamma', 'delta'];
const VERSIONS = ['1.0.0', '1.1.0', '2.0.0', '2.1.0', '3.0.0'];
const DJANGO_SPECS = ['', '', '>=4.2', '<5.0', '>=5.0', '==5.2.*', '>=3.2,<6.0'];
const REQUIRE_SPECS = ['>=1.1', '<2.0', '>=2.0', '==3.0.0', '!=2.0.0', '>=1.0,<3.0'];
const TARGET = { django: '5.2', python: '3.12' };

// The brute force asks the same questions thousands of times: a local memo keeps the test quick.
const answers = new Map<string, boolean>();
function satisfies(version: string, spec: string): boolean {
  const key = `${version} ${spec}`;
  if (!answers.has(key)) answers.set(key, pepSatisfies(version, spec));
  return answers.get(key)!;
}

const releaseArb = (others: string[]): fc.Arbitrary<ReleaseSpec> =>
  fc
    .tuple(
      fc.constantFrom(...DJANGO_SPECS),
      fc.constantFrom('', '', '', '>=3.10', '<3.12'),
      fc.dictionary(fc.constantFrom(...(others.length ? others : ['none'])), fc.constantFrom(...REQUIRE_SPECS), {
        maxKeys: 1,
      }),
    )
    .map(([django, python, requires]) => ['', django, python, requires] as ReleaseSpec);

const worldArb = fc
  .integer({ min: 2, max: 4 })
  .chain((count) => {
    const names = NAMES.slice(0, count);
    const packageArb = (name: string) =>
      fc
        .tuple(
          fc.uniqueArray(fc.constantFrom(...VERSIONS), { minLength: 1, maxLength: 4 }),
          fc.array(releaseArb(names.filter((n) => n !== name)), { minLength: 4, maxLength: 4 }),
          fc.option(
            fc.record({
              package: fc.constantFrom(...names.filter((n) => n !== name)),
              versions: fc.constantFrom('', '>=2.0', '<2.0'),
              otherVersions: fc.constantFrom('', '>=2.0', '<1.1'),
            }),
            { nil: undefined },
          ),
        )
        .map(([versions, facts, conflict]) => {
          const releases = versions.map((version, i) => {
            const [, django, python, requires] = facts[i]!;
            return [
              version,
              django,
              python,
              Object.fromEntries(Object.entries(requires ?? {}).filter(([k]) => k !== 'none')),
            ] as ReleaseSpec;
          });
          const spec: PackageSpec = { releases, conflicts: conflict ? [{ ...conflict, reason: 'test conflict' }] : [] };
          return spec;
        });
    return fc
      .tuple(
        fc.tuple(...names.map((name) => packageArb(name))),
        fc.array(fc.option(fc.constantFrom(...VERSIONS, '2.0'), { nil: undefined, freq: 3 }), {
          minLength: count,
          maxLength: count,
        }),
        // The first package is always on the canvas; the others are left off one time in two.
        fc.array(fc.boolean(), { minLength: count - 1, maxLength: count - 1 }),
      )
      .map(([specs, pins, placed]) => ({ names, specs, pins, onCanvas: [true, ...placed] }));
  })
  .map(({ names, specs, pins, onCanvas }) => {
    const catalog = testCatalog(Object.fromEntries(names.map((name, i) => [name, specs[i]!])));
    const diagram: Diagram = emptyDiagram(TARGET);
    names.forEach((name, i) => {
      if (!onCanvas[i]) return;
      const node = { id: `${name}-1`, package: name, position: { x: i * 100, y: 0 } };
      // A pin outside the catalog is kept unchecked by design (bad-pin warns): pin known releases here.
      const known = pins[i] && catalog.get(name)!.releases.some((r) => satisfies(r.version, `==${pins[i]}`));
      diagram.nodes.push(known ? { ...node, pin: pins[i] } : node);
    });
    return { catalog, diagram };
  });

/**
 * Every constraint, checked directly against the catalog data with the PEP 440 library, for the
 * packages on the canvas and the packages off it that `chosen` installs.
 */
function violations(catalog: Catalog, diagram: Diagram, chosen: Record<string, string>): string[] {
  const found: string[] = [];
  const onCanvas = new Set(diagram.nodes.map((n) => n.package));
  const present = [
    ...diagram.nodes,
    ...Object.keys(chosen)
      .filter((name) => !onCanvas.has(name))
      .map((name) => ({ package: name, pin: undefined })),
  ];
  for (const node of present) {
    const pkg = catalog.get(node.package)!;
    const version = chosen[pkg.name];
    const release = pkg.releases.find((r) => r.version === version);
    if (!release) {
      found.push(`${pkg.name}: ${version} is not a release`);
      continue;
    }
    // A release's Django classifiers are not a limit (issue 11): they only make it undeclared.
    if (!satisfies(TARGET.python, release.python)) found.push(`${pkg.name} ${version}: Python`);
    if (node.pin && !satisfies(version!, `==${node.pin}`)) found.push(`${pkg.name} ${version}: pin ${node.pin}`);
    for (const [dep, spec] of Object.entries(release.requires ?? {})) {
      if (chosen[dep] === undefined || !satisfies(chosen[dep], spec))
        found.push(`${pkg.name} ${version} requires ${dep}${spec}`);
    }
    for (const conflict of pkg.conflicts) {
      // A conflict of every release with every release of a package on the canvas is the
      // conflict check's to report; with an implicit package it rules that package out.
      const total = !conflict.versions && !conflict.otherVersions;
      if (total && onCanvas.has(pkg.name) && onCanvas.has(conflict.package)) continue;
      const other = chosen[conflict.package];
      if (other !== undefined && satisfies(version!, conflict.versions) && satisfies(other, conflict.otherVersions)) {
        found.push(`${pkg.name} ${version} conflicts with ${conflict.package} ${other}`);
      }
    }
  }
  return found;
}

/** Tries every combination of releases (and, for a package off the canvas, of leaving it out). */
function bruteForce(catalog: Catalog, diagram: Diagram): Record<string, string> | null {
  const onCanvas = diagram.nodes.map((n) => n.package);
  const offCanvas = catalog.packages.map((p) => p.name).filter((name) => !onCanvas.includes(name));
  const names = [...onCanvas, ...offCanvas];
  const search = (i: number, chosen: Record<string, string>): Record<string, string> | null => {
    if (i === names.length) return violations(catalog, diagram, chosen).length === 0 ? chosen : null;
    if (i >= onCanvas.length) {
      const found = search(i + 1, chosen);
      if (found) return found;
    }
    for (const release of catalog.get(names[i]!)!.releases) {
      const found = search(i + 1, { ...chosen, [names[i]!]: release.version });
      if (found) return found;
    }
    return null;
  };
  return search(0, {});
}

/** Every implicit package is installed because some installed release requires it, as listed. */
function implicitMistakes(catalog: Catalog, diagram: Diagram, resolution: Resolution): string[] {
  const found: string[] = [];
  const onCanvas = new Set(diagram.nodes.map((n) => n.package));
  const extra = Object.keys(resolution.packages).filter((name) => !onCanvas.has(name));
  if (extra.sort().join() !== Object.keys(resolution.implicit).sort().join())
    found.push(`installed off the canvas: ${extra.join()}; implicit: ${Object.keys(resolution.implicit).join()}`);
  for (const [name, requirers] of Object.entries(resolution.implicit)) {
    const actual = Object.entries(resolution.packages)
      .filter(([other, version]) => {
        const release = catalog.get(other)!.releases.find((r) => r.version === version);
        return release?.requires?.[name] !== undefined;
      })
      .map(([other]) => other)
      .sort();
    if (actual.length === 0 || actual.join() !== requirers.join())
      found.push(`${name} pulled in by ${requirers.join()} but required by ${actual.join()}`);
  }
  return found;
}

describe('resolver properties over small synthetic catalogs', () => {
  it('gives an answer that satisfies every constraint, and finds one whenever one exists', () => {
    const outcomes = { solved: 0, failed: 0, implicit: 0 };
    fc.assert(
      fc.property(worldArb, ({ catalog, diagram }) => {
        const resolution = resolveDiagram(diagram, catalog);
        const brute = bruteForce(catalog, diagram);
        if (resolution.ok) {
          expect(violations(catalog, diagram, resolution.packages)).toEqual([]);
          for (const node of diagram.nodes) expect(resolution.packages[node.package]).toBeDefined();
          expect(implicitMistakes(catalog, diagram, resolution)).toEqual([]);
          if (Object.keys(resolution.implicit).length > 0) outcomes.implicit++;
        }
        if (brute) expect(resolution.failures).toEqual([]);
        else expect(resolution.ok).toBe(false);
        outcomes[resolution.ok ? 'solved' : 'failed']++;
      }),
      { numRuns: FUZZ_RUNS.resolveStacks.runs, seed: 20261123 },
    );
    // The generator must exercise both verdicts, or the property proves little.
    expect(outcomes.solved, JSON.stringify(outcomes)).toBeGreaterThan(50);
    expect(outcomes.failed, JSON.stringify(outcomes)).toBeGreaterThan(50);
    expect(outcomes.implicit, JSON.stringify(outcomes)).toBeGreaterThan(20);
  });

  it('names at least one package and gives a sentence for every failure', () => {
    fc.assert(
      fc.property(worldArb, ({ catalog, diagram }) => {
        for (const failure of resolveDiagram(diagram, catalog).failures) {
          expect(failure.packages.length).toBeGreaterThan(0);
          expect(failure.message).toMatch(/\.$/);
        }
      }),
      { numRuns: FUZZ_RUNS.resolveMinimal.runs, seed: 7 },
    );
  });
});
