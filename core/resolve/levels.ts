/**
 * Three levels of support of a release at a target, kept apart as the packages keep them:
 * - `supported`: the release declares the target Django (classifiers / tested matrix) and its
 *   Requires-Python allows the target Python;
 * - `undeclared`: pip installs it on the target, but it does not declare it (a warning);
 * - `excluded`: pip refuses it (Requires-Python, a Requires-Dist on Django no release of the
 *   target line satisfies), or a breakage is recorded with evidence (an error). For Django
 *   itself, a target Python outside the line's supported range is undeclared unless a
 *   breakage is recorded (see djangoVerdict).
 */
import type { Release, SupportLine } from '../../catalog/schema';
import type { Target } from '../diagram/model';
import { fits } from '../util/pep440';
import { minorOf, type CatalogIndex, type PackageIndex } from './catalog-index';
import { applicableDependencies } from './dependencies';

export type SupportLevel = 'supported' | 'undeclared' | 'excluded';

export interface ReleaseVerdict {
  level: SupportLevel;
  /**
   * The release's own metadata could not be read (no metadataSource, no Requires-Dist): it is
   * never "supported", and the resolver takes it only when no release with read metadata fits.
   */
  unread?: boolean;
  /** Why, as a clause after "<package> <version>" ("declares Django >=3.2,<5.2"); "" when supported. */
  reason: string;
  /** The evidence link of a recorded breakage or of Django's support policy, when there is one. */
  evidence?: string;
}

const SUPPORTED: ReleaseVerdict = { level: 'supported', reason: '' };

/** The support line of Django `minor` ("4.2"), if the catalog records it. */
export function djangoLine(index: CatalogIndex, minor: string): SupportLine | undefined {
  return index.packages.get('django')?.pkg.lines.find((line) => line.line === minor);
}

/**
 * The Django versions a target line stands for, as pip could install them: the catalog's
 * releases of that line, or its first and a late patch when the catalog has none.
 */
export function djangoVersionsOf(index: CatalogIndex, minor: string): string[] {
  return index.remember(`django-versions\u0000${minor}`, () => {
    const known = (index.packages.get('django')?.releases ?? [])
      .filter((release) => minorOf(release.version) === minor)
      .map((release) => release.version);
    return known.length > 0 ? known : [`${minor}.0`, `${minor}.99`];
  });
}

const verdicts = new WeakMap<Release, Map<string, ReleaseVerdict>>();

/**
 * The verdict on `release` of `pkg` at `target` (see the module comment), memoised per release
 * object: every edit asks it again for every candidate of every package.
 */
export function releaseVerdict(
  index: CatalogIndex,
  pkg: PackageIndex,
  release: Release,
  target: Target,
  extras: readonly string[] = [],
): ReleaseVerdict {
  let known = verdicts.get(release);
  if (!known) {
    known = new Map();
    verdicts.set(release, known);
  }
  // The catalog index is part of the key: the same release object is judged per catalog.
  const key = `${indexId(index)}\u0000${target.django}\u0000${target.python}\u0000${extras.join(',')}`;
  let verdict = known.get(key);
  if (!verdict) {
    verdict = computeVerdict(index, pkg, release, target, extras);
    known.set(key, verdict);
  }
  return verdict;
}

const indexIds = new WeakMap<CatalogIndex, number>();
let nextIndexId = 0;
function indexId(index: CatalogIndex): number {
  let id = indexIds.get(index);
  if (id === undefined) {
    id = nextIndexId++;
    indexIds.set(index, id);
  }
  return id;
}

/** Whether a release's metadata was read from a primary source (see catalog/schema.ts). */
function metadataRead(release: Release): boolean {
  return release.metadataSource !== undefined || release.requiresDist !== undefined;
}

function computeVerdict(
  index: CatalogIndex,
  pkg: PackageIndex,
  release: Release,
  target: Target,
  extras: readonly string[],
): ReleaseVerdict {
  if (!fits(target.python, release.python))
    return { level: 'excluded', reason: `needs Python ${release.python} (its Requires-Python)` };
  for (const breakage of pkg.pkg.breakages) {
    if (
      fits(release.version, breakage.releases) &&
      fits(target.django, breakage.django) &&
      fits(target.python, breakage.python)
    ) {
      return {
        level: 'excluded',
        reason: `breaks on Django ${target.django} / Python ${target.python}: ${breakage.what.replace(/\.$/, '')} (${breakage.evidence})`,
        evidence: breakage.evidence,
      };
    }
  }
  const name = pkg.pkg.name;
  if (name === 'django') return djangoVerdict(index, release, target);
  const onDjango = applicableDependencies(release, target.python, extras).get('django');
  if (onDjango) {
    const specifier = onDjango
      .map((d) => d.specifier)
      .filter(Boolean)
      .join(',');
    if (!djangoVersionsOf(index, target.django).some((version) => fits(version, specifier)))
      return { level: 'excluded', reason: `requires Django ${specifier} (its Requires-Dist)` };
  }
  // A dependency record declares nothing about Django; one whose metadata was not read still ranks last.
  if (pkg.dependency) return metadataRead(release) ? SUPPORTED : { ...SUPPORTED, unread: true };
  if (!metadataRead(release))
    return {
      level: 'undeclared',
      unread: true,
      reason:
        'has no metadata this catalog could read (its note says why), so what it declares and requires is unknown',
    };
  if (fits(target.django, release.django)) return SUPPORTED;
  return { level: 'undeclared', reason: `declares Django ${release.django} (its classifiers)` };
}

/**
 * Django itself: another line is excluded; a target Python outside the line's supported range
 * (its release notes) is a warning, as pip installs it and distributions run such pairs (Debian
 * 12 runs Django 3.2 on Python 3.11); where it is known to break, a recorded breakage makes it
 * an error (Django < 4.0 imports `cgi`, which Python 3.13 removed).
 */
function djangoVerdict(index: CatalogIndex, release: Release, target: Target): ReleaseVerdict {
  const minor = minorOf(release.version);
  if (minor !== target.django) return { level: 'excluded', reason: `is Django ${minor}` };
  const line = djangoLine(index, minor);
  if (line && !fits(target.python, line.python)) {
    return {
      level: 'undeclared',
      reason: `supports Python ${line.python} (Django's release notes: ${line.source})`,
      evidence: line.source,
    };
  }
  if (release.declaresPython && !fits(target.python, release.declaresPython))
    return { level: 'undeclared', reason: `declares Python ${release.declaresPython} (its classifiers)` };
  return SUPPORTED;
}

/**
 * Sort rank of a verdict: the resolver prefers supported releases, then undeclared ones whose
 * metadata was read, then releases whose metadata could not be read.
 */
export function levelRank(verdict: ReleaseVerdict): number {
  const base = verdict.level === 'supported' ? 0 : verdict.level === 'undeclared' ? 1 : 3;
  return base + (verdict.unread ? 1.5 : 0);
}

/**
 * The level of support of a node's package in a resolution (the canvas badge, the inspector),
 * or undefined for an unknown package or one the resolver did not reach.
 */
export function levelOfNode(
  resolution: { levels: Record<string, { level: SupportLevel; reason: string; evidence?: string }> },
  index: CatalogIndex,
  packageName: string,
): { level: SupportLevel; reason: string; evidence?: string } | undefined {
  const name = index.lookup(packageName)?.pkg.name;
  return name ? resolution.levels[name] : undefined;
}

/**
 * The Django lines of the catalog that some release of a package declares, and those it
 * installs on at all (declared or not: not excluded for some Python), for the palette's range
 * text. Memoised per catalog.
 */
export function djangoSupport(index: CatalogIndex, name: string): { declared: string[]; installs: string[] } {
  return index.remember(`django-support\u0000${name}`, () => {
    const pkg = index.packages.get(name);
    if (!pkg || pkg.pkg.kind !== 'python') return { declared: [], installs: [] };
    const declared: string[] = [];
    const installs: string[] = [];
    for (const django of index.djangoMinors) {
      // One supported release settles both questions for this line: the rest are not judged,
      // which keeps the palette's first render from judging every release of every package.
      let supported = false;
      let installed = false;
      search: for (const python of PYTHONS)
        for (const release of pkg.releases) {
          const { level } = releaseVerdict(index, pkg, release, { django, python });
          if (level === 'supported') {
            supported = installed = true;
            break search;
          }
          if (level !== 'excluded') installed = true;
        }
      if (supported) declared.push(django);
      if (installed) installs.push(django);
    }
    return { declared, installs };
  });
}

const PYTHONS = ['3.8', '3.10', '3.12', '3.14'];
