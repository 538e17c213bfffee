/**
 * undeclared-target: a resolved package whose chosen release installs on the target but does
 * not declare it (django-storages 1.14.6 on Django 5.2: its classifiers stop at 5.1, its
 * Requires-Dist says Django>=3.2). A warning: pip installs it and real projects run so.
 */
import { fitsTarget } from '../../resolve/problem';
import { releaseVerdict } from '../../resolve/levels';
import type { Fix } from '../types';
import { resolvedRelease, type Check } from './context';

export const undeclaredTarget: Check = (ctx, problems) => {
  const target = ctx.diagram.target;
  for (const [name, level] of Object.entries(ctx.resolution.levels)) {
    if (level.level !== 'undeclared') continue;
    const pkg = ctx.index.packages.get(name);
    if (!pkg) continue;
    const version = ctx.resolution.packages[name]!;
    const nodes = (ctx.nodesOf.get(name) ?? []).map((node) => node.id);
    let message = level.reason.startsWith('has no metadata')
      ? `${name} ${version} ${level.reason}; no release of it with read metadata fits the target.`
      : name === 'django'
        ? `Django ${version} ${level.reason}, not Python ${target.python}; pip will install it, as its Requires-Python allows Python ${target.python}.`
        : `${name} ${version} ${level.reason}, not Django ${target.django}; pip will install it, as its requirements allow Django ${target.django} with Python ${target.python}.`;
    const fixes: Fix[] = [];
    // A pin can force an undeclared release although a supported one exists: offer it.
    const release = resolvedRelease(ctx, pkg);
    const supported = pkg.releases.find(
      (r) =>
        r !== release &&
        fitsTarget(ctx.index, pkg, r, target) &&
        releaseVerdict(ctx.index, pkg, r, target).level === 'supported',
    );
    const pinned = nodes.filter((id) => ctx.nodeById.get(id)?.pin !== undefined);
    if (supported && pinned.length > 0) {
      message += ` ${supported.version} declares it.`;
      fixes.push({
        label: `Pin ${name}==${supported.version}`,
        actions: pinned.map((node) => ({ kind: 'set-pin' as const, node, pin: supported.version })),
      });
    }
    problems.push({
      key: `undeclared-target:${name}`,
      severity: 'warning',
      code: 'undeclared-target',
      message,
      packages: [name],
      nodes,
      edges: [],
      fix: fixes[0] ?? null,
    });
  }
};
