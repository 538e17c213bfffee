/**
 * end-of-life-target: the target's Django line is past its end of support (Django's release
 * notes and download page, recorded as the django package's `lines`). A warning with the date;
 * the fix moves the target to the nearest line still supported that runs on the target Python.
 */
import { compareVersions, fits } from '../../util/pep440';
import { djangoLine } from '../../resolve/levels';
import type { Check } from './context';

export const endOfLifeTarget: Check = (ctx, problems) => {
  const target = ctx.diagram.target;
  const line = djangoLine(ctx.index, target.django);
  if (!line || line.endOfSupport >= ctx.today) return;
  const lines = ctx.index.packages.get('django')!.pkg.lines;
  const open = lines.filter((l) => l.endOfSupport >= ctx.today);
  const onPython = open.filter((l) => fits(target.python, l.python));
  const candidates = onPython.length > 0 ? onPython : open;
  // Nearest by version: the first open line above the target, else the newest below it.
  const above = candidates
    .filter((l) => compareVersions(l.line, line.line) > 0)
    .sort((a, b) => compareVersions(a.line, b.line));
  const next = above[0] ?? candidates.sort((a, b) => compareVersions(b.line, a.line))[0];
  let message = `Django ${line.line} reached its end of support on ${line.endOfSupport} (${line.source}): it gets no more security fixes.`;
  if (next) {
    const python = fits(target.python, next.python) ? '' : ` (it needs Python ${next.python})`;
    message += ` The nearest supported line is Django ${next.line}${next.lts ? ' LTS' : ''}, supported until ${next.endOfSupport}${python}.`;
  }
  problems.push({
    key: `end-of-life-target:${line.line}`,
    severity: 'warning',
    code: 'end-of-life-target',
    message,
    packages: ['django'],
    nodes: (ctx.nodesOf.get('django') ?? []).map((node) => node.id),
    edges: [],
    fix: next
      ? { label: `Set the target to Django ${next.line}`, actions: [{ kind: 'set-target', django: next.line }] }
      : null,
  });
};
