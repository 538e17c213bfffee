/**
 * The Django and Python versions offered as targets, and the supported range of a package
 * computed from its releases (the catalog's facts), for the palette and the inspector.
 */
import type { CatalogPackage } from '../../../core/catalog/catalog';
import { satisfies } from '../../../core/util/pep440';

/** Feature releases of Django that a stack may target, oldest first. */
export const DJANGO_TARGETS = ['3.2', '4.0', '4.1', '4.2', '5.0', '5.1', '5.2', '6.0'] as const;
export const PYTHON_TARGETS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'] as const;

function supported(pkg: CatalogPackage, versions: readonly string[], field: 'django' | 'python'): string[] {
  return versions.filter((version) => pkg.releases.some((release) => satisfies(version, release[field])));
}

function rangeText(versions: string[]): string | null {
  if (versions.length === 0) return null;
  return versions.length === 1 ? versions[0]! : `${versions[0]}–${versions[versions.length - 1]}`;
}

/** "3.2–5.2": the targets some release of the package supports; null for services or none. */
export function djangoRange(pkg: CatalogPackage): string | null {
  if (pkg.kind === 'service') return null;
  return rangeText(supported(pkg, DJANGO_TARGETS, 'django'));
}

export function pythonRange(pkg: CatalogPackage): string | null {
  if (pkg.kind === 'service') return null;
  return rangeText(supported(pkg, PYTHON_TARGETS, 'python'));
}
