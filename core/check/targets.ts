/**
 * Target choices and release fit, for every screen that offers a target or a version: the
 * target picker, the palette's "Django 3.2–6.1" line, the inspector's ranges and pin picker.
 * All come from the catalog through the resolver's own `fitsTarget`, so a new Django line in
 * the catalog (6.1, and whatever comes next) appears everywhere at once.
 */
import type { Catalog } from '../catalog/catalog';
import type { Release } from '../../catalog/schema';
import type { Target } from '../diagram/model';
import { catalogIndex, PYTHON_MINORS } from '../resolve/catalog-index';
import { fitsTarget } from '../resolve/problem';
import { newestFirst } from '../util/pep440';

/** The Django lines the catalog knows, and the Python lines some Django release runs on; oldest first. */
export function targetChoices(catalog: Catalog): { django: string[]; python: string[] } {
  const index = catalogIndex(catalog);
  const django = index.packages.get('django');
  const python = PYTHON_MINORS.filter((minor) =>
    index.djangoMinors.some((line) =>
      django?.releases.some((r) => fitsTarget(index, django, r, { django: line, python: minor })),
    ),
  );
  return { django: [...index.djangoMinors], python };
}

/**
 * The Django and Python lines some release of `name` supports (its Django and Python
 * specifiers and its requirement on Django); null for services and unknown packages.
 */
export function supportedTargets(catalog: Catalog, name: string): { django: string[]; python: string[] } | null {
  const index = catalogIndex(catalog);
  const pkg = index.lookup(name);
  if (!pkg || pkg.pkg.kind === 'service') return null;
  const choices = targetChoices(catalog);
  const supports = (target: Target) => pkg.releases.some((release) => fitsTarget(index, pkg, release, target));
  return {
    django: choices.django.filter((django) => choices.python.some((python) => supports({ django, python }))),
    python: choices.python.filter((python) => choices.django.some((django) => supports({ django, python }))),
  };
}

/** "3.2–6.1" for a list of lines, the line alone for one, null for none. */
export function rangeText(lines: readonly string[]): string | null {
  if (lines.length === 0) return null;
  return lines.length === 1 ? lines[0]! : `${lines[0]}–${lines[lines.length - 1]}`;
}

/** A release offered by the pin picker: whether it fits the target. */
export interface ReleaseChoice {
  release: Release;
  fits: boolean;
}

/** The releases of `name`, newest first, each with whether it fits `target`. */
export function releaseChoices(catalog: Catalog, name: string, target: Target): ReleaseChoice[] {
  const index = catalogIndex(catalog);
  const pkg = index.lookup(name);
  if (!pkg) return [];
  return [...pkg.releases]
    .sort((a, b) => newestFirst(a.version, b.version))
    .map((release) => ({ release, fits: fitsTarget(index, pkg, release, target) }));
}
