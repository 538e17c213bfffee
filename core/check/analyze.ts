/**
 * The full check of a diagram: resolution plus every problem, sorted errors first. Each check
 * lives in checks/<name>.ts and reads one shared context built once per analysis.
 */
import type { Catalog } from '../catalog/catalog';
import type { Diagram } from '../diagram/model';
import { resolveDiagram } from '../resolve/resolve';
import { conflicts } from './checks/conflicts';
import { checkContext, type Check } from './checks/context';
import { badPins } from './checks/pins';
import { missingRequirement } from './checks/requirements';
import { noSolution } from './checks/resolution';
import { duplicatePackages } from './checks/duplicates';
import { wrongHost } from './checks/hosts';
import { wiringChecks } from './checks/roles';
import { packageStatus } from './checks/status';
import { unsupportedTarget } from './checks/target';
import { endOfLifeTarget } from './checks/django-line';
import { undeclaredTarget } from './checks/levels';
import { unknownOptions, unknownPackages } from './checks/unknown';
import type { Analysis, Problem, ProblemCode, Severity } from './types';

const CHECKS: Check[] = [
  unsupportedTarget,
  endOfLifeTarget,
  undeclaredTarget,
  noSolution,
  conflicts,
  missingRequirement,
  wiringChecks,
  wrongHost,
  duplicatePackages,
  badPins,
  packageStatus,
  unknownPackages,
  unknownOptions,
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const CODE_RANK: Record<ProblemCode, number> = {
  'unsupported-target': 0,
  'no-solution': 1,
  conflict: 2,
  'missing-requirement': 3,
  'unfilled-role': 4,
  'duplicate-role': 5,
  'bad-edge': 6,
  'wrong-host': 7,
  'duplicate-package': 8,
  'bad-pin': 9,
  deprecated: 10,
  unmaintained: 11,
  'unknown-package': 12,
  'unknown-option': 13,
  'end-of-life-target': 14,
  'undeclared-target': 15,
};

/** Errors first, then by kind, then by where the first node sits in the diagram, then by key. */
function sortProblems(problems: Problem[], diagram: Diagram): Problem[] {
  const order = new Map(diagram.nodes.map((node, i) => [node.id, i]));
  const place = new Map<Problem, number>();
  for (const problem of problems) {
    let first = Infinity;
    for (const node of problem.nodes) first = Math.min(first, order.get(node) ?? Infinity);
    place.set(problem, first);
  }
  return problems.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      CODE_RANK[a.code] - CODE_RANK[b.code] ||
      place.get(a)! - place.get(b)! ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/** Today as YYYY-MM-DD (UTC): end-of-support dates are compared with it. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Resolves the diagram and lists its problems. Pure but for `today` (the end-of-life check's
 * clock), which tests pass; the UI memoises it on the diagram object.
 */
export function analyze(diagram: Diagram, catalog: Catalog, today: string = todayIso()): Analysis {
  const resolution = resolveDiagram(diagram, catalog);
  const ctx = checkContext(diagram, catalog, resolution, today);
  const problems: Problem[] = [];
  for (const check of CHECKS) check(ctx, problems);
  return { resolution, problems: sortProblems(problems, diagram) };
}
