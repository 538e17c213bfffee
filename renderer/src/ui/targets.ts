/**
 * The Django and Python versions offered as targets, and the supported range of a package
 * computed from its releases (the catalog's facts), for the palette and the inspector.
 */
import type { CatalogPackage } from '../../../core/catalog/catalog';
import { satisfies } from '../../../core/util/pep440';
import { catalogIndex } from '../../../core/resolve/catalog-index';
import { djangoSupport } from '../../../core/resolve/levels';
import { catalog } from '../store/catalog';

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

/**
 * "3.2–5.1, installs to 6.1": the Django lines some release declares, and how far pip installs
 * it undeclared; null for services or none. The verdicts are core's (core/resolve/levels).
 */
export function djangoRange(pkg: CatalogPackage): string | null {
  if (pkg.kind === 'service') return null;
  const { declared, installs } = djangoSupport(catalogIndex(catalog), pkg.name);
  const text = rangeText(declared) ?? (installs.length ? 'none declared' : null);
  const last = installs[installs.length - 1];
  return last && last !== declared[declared.length - 1] ? `${text}, installs to ${last}` : text;
}

export function pythonRange(pkg: CatalogPackage): string | null {
  if (pkg.kind === 'service') return null;
  return rangeText(supported(pkg, PYTHON_TARGETS, 'python'));
}
