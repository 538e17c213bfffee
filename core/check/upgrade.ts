/**
 * "Can I upgrade to Django X?": the diagram analysed at another target beside its own, with the
 * versions that would move and what blocks each. One report for `djstack check --django` and the
 * app's upgrade view, so that both show the same moves.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram, Target } from '../diagram/model';
import { analyze } from './analyze';
import type { Analysis, Problem } from './types';

export interface VersionMove {
  package: string;
  /** The version resolved at the diagram's own target, or null when none was. */
  from: string | null;
  /** The version resolved at the new target, or null when none fits. */
  to: string | null;
  /** The first error at the new target that names this package (why `to` is null, often). */
  blockedBy: Problem | null;
}

export interface UpgradeReport {
  from: Target;
  to: Target;
  /** The diagram analysed at its own target. */
  before: Analysis;
  /** The diagram analysed at the new target: its problems are what blocks, with their fixes. */
  after: Analysis;
  moves: VersionMove[];
  /** Errors at the new target: the upgrade is blocked while there is one. */
  blockers: Problem[];
}

/** Versions that differ between two resolutions, by package name, with the error that blocks each. */
export function versionMoves(before: Analysis, after: Analysis): VersionMove[] {
  const names = [
    ...new Set([...Object.keys(before.resolution.packages), ...Object.keys(after.resolution.packages)]),
  ].sort();
  return names
    .map((name) => ({
      package: name,
      from: before.resolution.packages[name] ?? null,
      to: after.resolution.packages[name] ?? null,
      blockedBy: after.problems.find((p) => p.severity === 'error' && p.packages.includes(name)) ?? null,
    }))
    .filter((move) => move.from !== move.to);
}

/**
 * The diagram checked at `to` (a Django and/or Python version) compared with its own target.
 * `before` may be passed when the caller has already analysed the diagram as it is.
 */
export function upgradeReport(
  diagram: Diagram,
  catalog: Catalog,
  to: Partial<Target>,
  before: Analysis = analyze(diagram, catalog),
): UpgradeReport {
  const target: Target = { ...diagram.target, ...to };
  const after = analyze({ ...diagram, target }, catalog);
  return {
    from: diagram.target,
    to: target,
    before,
    after,
    moves: versionMoves(before, after),
    blockers: after.problems.filter((p) => p.severity === 'error'),
  };
}
