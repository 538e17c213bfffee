/**
 * Sentences for the resolver's failures: they name the constraints that clash (pins,
 * requirements, conflicts, the target) with the versions involved, so the user knows what to
 * change.
 */
import type { Release } from '../../catalog/schema';
import type { Target } from '../diagram/model';
import { fits, minorOf } from './catalog-index';
import { releaseForPin, type BinaryConstraint, type PackageVariable, type PinConstraint } from './problem';

export type SoftConstraint = PinConstraint | BinaryConstraint;

/** "Django 5.2 / Python 3.12". */
export function targetText(target: Target): string {
  return `Django ${target.django} / Python ${target.python}`;
}

/** "3.15.0 to 3.16.1", or "only 3.16.1". */
export function rangeText(releases: readonly Release[]): string {
  if (releases.length === 0) return 'none';
  if (releases.length === 1) return `only ${releases[0]!.version}`;
  return `${releases[releases.length - 1]!.version} to ${releases[0]!.version}`;
}

/** Why a pinned release does not fit the target, as "supports Django <4.2". */
export function whyReleaseMissesTarget(
  name: string,
  release: Release,
  target: Target,
  djangoOnCanvas: boolean,
): string {
  if (name === 'django') return `is Django ${minorOf(release.version)}`;
  if (!fits(target.django, release.django)) return `supports Django ${release.django}`;
  if (!fits(target.python, release.python)) return `needs Python ${release.python}`;
  const onDjango = release.requires?.django;
  if (!djangoOnCanvas && onDjango) return `requires Django ${onDjango}`;
  return 'does not fit the target';
}

/** One sentence for a minimal set of clashing constraints (`clash` found by the resolver). */
export function explainClash(
  clash: SoftConstraint[],
  variables: Map<string, PackageVariable>,
  target: Target,
  djangoOnCanvas: boolean,
): string {
  const pins = clash.filter((c): c is PinConstraint => c.kind === 'pin');
  const binary = clash.filter((c): c is BinaryConstraint => c.kind !== 'pin');
  const pinnedPackages = new Set(pins.map((p) => p.package));

  if (binary.length === 0 && pinnedPackages.size === 1) {
    const variable = variables.get(pins[0]!.package)!;
    const versions = [...new Set(pins.map((p) => p.version))];
    if (versions.length > 1) {
      return `${variable.name} is pinned to ${versions.join(' and ')} on different nodes: one package gets one version.`;
    }
    const release = releaseForPin(variable.index, pins[0]!.version);
    const why = release
      ? whyReleaseMissesTarget(variable.name, release, target, djangoOnCanvas)
      : 'is not a known release';
    return `Pinned ${variable.name}==${pins[0]!.version} ${why}, but the target is ${targetText(target)}: remove the pin or change the target.`;
  }

  const candidates = (name: string) => {
    const variable = variables.get(name)!;
    const pinned = pins.filter((p) => p.package === name);
    return variable.releases.filter((release) => pinned.every((pin) => fits(release.version, `==${pin.version}`)));
  };
  const subject = (name: string) => {
    const pin = pins.find((p) => p.package === name);
    return pin ? `pinned ${name}==${pin.version}` : `every release of ${name} for ${targetText(target)}`;
  };
  const parts: string[] = [];
  for (const c of binary) {
    if (c.kind === 'requires') {
      const specs = [...new Set(candidates(c.from).map((r) => r.requires?.[c.to] ?? ''))].map(
        (s) => s || 'any version',
      );
      parts.push(`${subject(c.from)} requires ${c.to} ${specs.join(' or ')}`);
    } else {
      const mine = c.versions ? ` ${c.versions}` : '';
      const theirs = c.otherVersions ? ` ${c.otherVersions}` : '';
      parts.push(`${c.from}${mine} conflicts with ${c.to}${theirs} (${c.reason.replace(/\.$/, '')})`);
    }
  }
  for (const pin of pins) {
    // A requirement's sentence already starts with "pinned <package>==<version>".
    if (!binary.some((c) => c.kind === 'requires' && c.from === pin.package))
      parts.push(`${pin.package} is pinned to ${pin.version}`);
  }
  const described = new Set(binary.map((c) => c.from));
  for (const name of new Set(binary.map((c) => c.to))) {
    if (described.has(name) || pinnedPackages.has(name)) continue;
    parts.push(`${name} has ${rangeText(candidates(name))} for ${targetText(target)}`);
  }
  const sentence = parts.join('; ');
  return `No versions fit together: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}.`;
}
