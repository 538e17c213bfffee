/**
 * unsupported-target: a package no release of which installs on the target Django / Python
 * (Requires-Python, a Requires-Dist on Django, a recorded breakage, or, for Django, the line's
 * Python range). Names why, the range it installs on and the nearest target that would work;
 * the fix replaces a deprecated package by a successor that fits, or moves the target.
 */
import { fitsTarget } from '../../resolve/problem';
import { PYTHON_MINORS, type PackageIndex } from '../../resolve/catalog-index';
import { compareVersions } from '../../util/pep440';
import type { Target } from '../../diagram/model';
import type { Fix, Problem } from '../types';
import type { Check, CheckContext } from './context';

/** Whether some release of `pkg` fits `target` (memoised per catalog). */
export function supportsTarget(ctx: CheckContext, pkg: PackageIndex, target: Target): boolean {
  // Asked for every Django and Python line on every edit while a package misses the target.
  return ctx.index.remember(`supports\u0000${pkg.pkg.name}\u0000${target.django}\u0000${target.python}`, () =>
    pkg.releases.some((release) => fitsTarget(ctx.index, pkg, release, target)),
  );
}

/** The entry of `options` nearest to `current` in version order; ties go to the newer. */
function nearest(options: string[], current: string): string | undefined {
  const all = [...new Set([...options, current])].sort(compareVersions);
  const at = all.indexOf(current);
  let best: string | undefined;
  let distance = Infinity;
  for (const option of options) {
    const d = Math.abs(all.indexOf(option) - at);
    if (d < distance || (d === distance && best !== undefined && compareVersions(option, best) > 0)) {
      best = option;
      distance = d;
    }
  }
  return best;
}

function span(minors: string[]): string {
  if (minors.length === 1) return minors[0]!;
  return `${minors[0]} to ${minors[minors.length - 1]}`;
}

export const unsupportedTarget: Check = (ctx, problems) => {
  const target = ctx.diagram.target;
  const djangoMinors = ctx.index.djangoMinors;
  for (const failure of ctx.resolution.failures) {
    if (failure.kind !== 'unsupported') continue;
    const name = failure.packages[0]!;
    const pkg = ctx.index.packages.get(name)!;
    const djangos = djangoMinors.filter((django) => supportsTarget(ctx, pkg, { ...target, django }));
    const pythons = PYTHON_MINORS.filter((python) => supportsTarget(ctx, pkg, { ...target, python }));
    const fixes: Fix[] = [];
    // The resolver's sentence says why each release is excluded (with its evidence); the
    // range below is computed by the same rule, so the two never contradict each other.
    let message = failure.message;
    if (name !== 'django' && djangos.length > 0)
      message += ` It installs on Django ${span(djangos)} with Python ${target.python}.`;
    else if (pythons.length > 0) message += ` It installs on Python ${span(pythons)} with Django ${target.django}.`;
    const django = nearest(djangos, target.django);
    const python = nearest(pythons, target.python);
    if (django && django !== target.django)
      fixes.push({ label: `Set the target to Django ${django}`, actions: [{ kind: 'set-target', django }] });
    if (python && python !== target.python)
      fixes.push({ label: `Set the target to Python ${python}`, actions: [{ kind: 'set-target', python }] });
    if (fixes[0]) message += ` The nearest target that works is ${fixes[0].label.replace('Set the target to ', '')}.`;
    // A maintained successor that supports the target beats moving the whole stack.
    for (const successor of pkg.pkg.status.successors) {
      const next = ctx.index.packages.get(successor);
      if (next && supportsTarget(ctx, next, target)) {
        fixes.unshift(
          ...failure.nodes.slice(0, 1).map((node) => ({
            label: `Replace with ${successor}`,
            actions: [{ kind: 'replace-package' as const, node, package: successor }],
          })),
        );
        break;
      }
    }
    if (name !== 'django')
      fixes.push({
        label: `Remove ${name}`,
        actions: failure.nodes.map((node) => ({ kind: 'remove-node' as const, node })),
      });
    const problem: Problem = {
      key: `unsupported-target:${name}`,
      severity: 'error',
      code: 'unsupported-target',
      message,
      packages: [name],
      nodes: failure.nodes,
      edges: [],
      fix: fixes[0] ?? null,
      alternatives: fixes.slice(1),
    };
    problems.push(problem);
  }
};
