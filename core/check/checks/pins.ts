/**
 * bad-pin: a pin that is not a PEP 440 version (error: it cannot be exported), or a version
 * the catalog does not know (warning: kept as written, but nothing about it can be checked);
 * likewise a range that admits no release the catalog knows (`django-phonenumber-field>=4,<8`
 * where the catalog records 8.0.0 onwards).
 */
import { isKnownVersionSyntax } from '../../resolve/catalog-index';
import { rangeBeyondCatalog, releaseForPin } from '../../resolve/problem';
import { compareVersions } from '../../util/pep440';
import type { Fix, Problem } from '../types';
import type { Check, CheckContext } from './context';

export const badPins: Check = (ctx, problems) => {
  for (const node of ctx.diagram.nodes) {
    const range = node.requirement?.specifier?.trim();
    if (node.pin === undefined && range) unknownRange(ctx, node.id, range, problems);
    if (node.pin === undefined) continue;
    const pkg = ctx.packageOf.get(node.id);
    if (!pkg) continue;
    const name = pkg.pkg.name;
    const unpin: Fix = { label: 'Remove the pin', actions: [{ kind: 'set-pin', node: node.id, pin: null }] };
    const base = { packages: [name], nodes: [node.id], edges: [] };
    if (pkg.pkg.kind === 'service') {
      problems.push({
        ...base,
        key: `bad-pin:${node.id}`,
        severity: 'warning',
        code: 'bad-pin',
        message: `${name} is a service, not a Python package: its pin ${node.pin} is not used.`,
        fix: unpin,
      });
    } else if (!isKnownVersionSyntax(node.pin)) {
      problems.push({
        ...base,
        key: `bad-pin:${node.id}`,
        severity: 'error',
        code: 'bad-pin',
        message: `The pin "${node.pin}" on ${name} is not a version (PEP 440): it is ignored.`,
        fix: unpin,
      });
    } else if (!releaseForPin(pkg, node.pin)) {
      const pin = node.pin;
      // The nearest release the catalog knows: the newest one older than the pin, else the oldest.
      const older = pkg.releases.find((r) => compareVersions(r.version, pin) < 0);
      const nearest = older ?? pkg.releases[pkg.releases.length - 1];
      const fixes: Fix[] = nearest
        ? [
            { label: `Pin ${nearest.version}`, actions: [{ kind: 'set-pin', node: node.id, pin: nearest.version }] },
            unpin,
          ]
        : [unpin];
      const known = pkg.releases.length
        ? ` (it knows ${pkg.releases[pkg.releases.length - 1]!.version} to ${pkg.releases[0]!.version})`
        : '';
      problems.push({
        ...base,
        key: `bad-pin:${node.id}`,
        severity: 'warning',
        code: 'bad-pin',
        message: `${name}==${pin} is not a release the catalog knows${known}: it is kept as written, but not checked.`,
        fix: fixes[0]!,
        alternatives: fixes.slice(1),
      });
    }
  }
};

function unknownRange(ctx: CheckContext, nodeId: string, range: string, problems: Problem[]): void {
  const pkg = ctx.packageOf.get(nodeId);
  if (!pkg || pkg.pkg.kind !== 'python' || !rangeBeyondCatalog(pkg, range)) return;
  const oldest = pkg.releases[pkg.releases.length - 1];
  const known = !oldest
    ? 'it has no release of it'
    : pkg.releases.length === 1
      ? `it knows only ${oldest.version}`
      : `it knows ${oldest.version} to ${pkg.releases[0]!.version}`;
  problems.push({
    key: `bad-pin:${nodeId}`,
    severity: 'warning',
    code: 'bad-pin',
    message: `${pkg.pkg.name}${range} admits no release the catalog knows (${known}): it is kept as written, but not checked.`,
    packages: [pkg.pkg.name],
    nodes: [nodeId],
    edges: [],
    fix: null,
  });
}
