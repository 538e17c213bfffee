/**
 * Sentences for the resolver's failures: they name the constraints that clash (pins, ranges,
 * requirements with their chain, conflicts, the target) with the versions involved, so the
 * user knows what to change.
 */
import type { Release } from '../../catalog/schema';
import type { Target } from '../diagram/model';
import { fits } from '../util/pep440';
import { minorOf, type CatalogIndex, type PackageIndex } from './catalog-index';
import { releaseVerdict } from './levels';
import {
  releaseForPin,
  requiredSpecifier,
  type BinaryConstraint,
  type PackageVariable,
  type UnaryConstraint,
} from './problem';

export type SoftConstraint = UnaryConstraint | BinaryConstraint;

/** "Django 5.2 / Python 3.12". */
export function targetText(target: Target): string {
  return `Django ${target.django} / Python ${target.python}`;
}

/** "3.15.0 to 3.16.1", or "only 3.16.1". */
export function rangeText(releases: readonly Release[]): string {
  if (releases.length === 0) return 'none';
  if (releases.length === 1) return `only ${releases[0]!.version}`;
  const sorted = [...releases].sort((a, b) => (fits(a.version, `<${b.version}`) ? 1 : -1));
  return `${sorted[sorted.length - 1]!.version} to ${sorted[0]!.version}`;
}

/** Why a release does not install on the target, as "needs Python >=3.10 (its Requires-Python)". */
export function whyReleaseMissesTarget(
  index: CatalogIndex,
  pkg: PackageIndex,
  release: Release,
  target: Target,
): string {
  const verdict = releaseVerdict(index, pkg, release, target);
  return verdict.level === 'excluded' ? verdict.reason : 'does not fit the target';
}

/**
 * Why no release of `pkg` installs on the target: the newest release's reason, and the
 * reason of older ones when it differs ("2.2.0 breaks on Django 3.1: … (evidence)").
 */
export function excludedText(index: CatalogIndex, pkg: PackageIndex, target: Target): string {
  const name = pkg.pkg.name;
  const newest = pkg.releases[0];
  if (!newest) return `${name} has no release in the catalog.`;
  const reasons = new Map<string, string[]>();
  // Django's other lines are not candidates by definition: only the target's line is worth a word.
  const releases = name === 'django' ? pkg.releases.filter((r) => minorOf(r.version) === target.django) : pkg.releases;
  for (const release of releases) {
    const reason = whyReleaseMissesTarget(index, pkg, release, target);
    const list = reasons.get(reason) ?? [];
    list.push(release.version);
    reasons.set(reason, list);
  }
  const parts = [...reasons].map(([reason, versions]) => {
    const which = versions.length === 1 ? versions[0]! : `${versions[versions.length - 1]} to ${versions[0]}`;
    return `${which} ${reason}`;
  });
  if (name === 'django') {
    const why = parts.length ? parts.join('; ') : `the catalog has no Django ${target.django} release`;
    return `Django ${target.django} cannot be installed for Python ${target.python}: ${why}.`;
  }
  return `${name} cannot be installed for ${targetText(target)}: ${parts.join('; ')}.`;
}

/** One sentence for a minimal set of clashing constraints (`clash` found by the resolver). */
export function explainClash(
  clash: SoftConstraint[],
  variables: Map<string, PackageVariable>,
  target: Target,
  index: CatalogIndex,
): string {
  const pins = clash.filter((c): c is UnaryConstraint => c.kind === 'pin' || c.kind === 'range');
  const binary = clash.filter((c): c is BinaryConstraint => c.kind === 'requires' || c.kind === 'conflict');
  const pinnedPackages = new Set(pins.map((p) => p.package));
  const pinText = (pin: UnaryConstraint) =>
    pin.kind === 'pin' ? `${pin.package}==${pin.version}` : `${pin.package}${pin.specifier}`;

  if (binary.length === 0 && pinnedPackages.size === 1) {
    const variable = variables.get(pins[0]!.package)!;
    const texts = [...new Set(pins.map((p) => (p.kind === 'pin' ? p.version : p.specifier)))];
    if (texts.length > 1) {
      return `${variable.name} is pinned to ${texts.join(' and ')} on different nodes: one package gets one version.`;
    }
    const pin = pins[0]!;
    if (pin.kind === 'range') {
      return `The range ${pinText(pin)} admits no release of ${variable.name} that installs on ${targetText(target)} (it has ${rangeText(variable.releases)}): widen the range or change the target.`;
    }
    const release = releaseForPin(variable.index, pin.version);
    const why = release ? whyReleaseMissesTarget(index, variable.index, release, target) : 'is not a known release';
    return `Pinned ${pinText(pin)} ${why}, but the target is ${targetText(target)}: remove the pin or change the target.`;
  }

  const candidates = (name: string) => {
    const variable = variables.get(name)!;
    const pinned = pins.filter((p) => p.package === name);
    return variable.releases.filter((release) =>
      pinned.every((pin) => fits(release.version, pin.kind === 'pin' ? `==${pin.version}` : pin.specifier)),
    );
  };
  const withExtras = (name: string) => {
    const extras = variables.get(name)?.extras ?? [];
    return extras.length ? `${name}[${extras.join(',')}]` : name;
  };
  const parts: string[] = [];
  for (const c of binary) {
    if (c.kind === 'requires') {
      // The chain, release by release: "celery[redis] 5.5.2 → redis<6.0.0".
      const chains = new Map<string, string[]>();
      for (const release of candidates(c.from)) {
        const spec = requiredSpecifier(c, release);
        if (spec === undefined) continue;
        const list = chains.get(spec) ?? [];
        list.push(release.version);
        chains.set(spec, list);
      }
      const links = [...chains].map(([spec, versions]) => {
        const which = versions.length === 1 ? versions[0] : `${versions[versions.length - 1]} to ${versions[0]}`;
        return `${withExtras(c.from)} ${which} → ${c.to}${spec || ' (any version)'}`;
      });
      const pinned = pins.find((p) => p.package === c.from);
      parts.push(pinned ? `pinned ${links.join(', ')}` : links.join(', '));
    } else {
      const mine = c.versions ? ` ${c.versions}` : '';
      const theirs = c.otherVersions ? ` ${c.otherVersions}` : '';
      parts.push(`${c.from}${mine} conflicts with ${c.to}${theirs} (${c.reason.replace(/\.$/, '')})`);
    }
  }
  for (const pin of pins) {
    if (!binary.some((c) => c.kind === 'requires' && c.from === pin.package))
      parts.push(`${pin.package} is pinned to ${pin.kind === 'pin' ? pin.version : pin.specifier}`);
  }
  const described = new Set(binary.map((c) => c.from));
  for (const name of new Set(binary.map((c) => c.to))) {
    if (described.has(name) || pinnedPackages.has(name)) continue;
    parts.push(`${name} has ${rangeText(candidates(name))} for ${targetText(target)}`);
  }
  return `No versions fit together: ${parts.join('; ')}.`;
}
