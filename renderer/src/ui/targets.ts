/**
 * The target choices and each package's supported lines, asked of core once per package (the
 * palette shows a range on every entry). No verdict is made here: see core/check/targets.ts.
 */
import type { CatalogPackage } from '../../../core/catalog/catalog';
import { rangeText, supportedTargets, targetChoices } from '../../../core/check/targets';
import { catalogIndex } from '../../../core/resolve/catalog-index';
import { djangoSupport } from '../../../core/resolve/levels';
import { catalog } from '../store/catalog';

/** The Django and Python lines a stack may target, oldest first, from the catalog. */
export const TARGET_CHOICES = targetChoices(catalog);

const ranges = new Map<string, { django: string | null; python: string | null }>();

function rangesOf(pkg: CatalogPackage): { django: string | null; python: string | null } {
  let found = ranges.get(pkg.name);
  if (!found) {
    const supported = supportedTargets(catalog, pkg.name);
    found = { django: rangeText(supported?.django ?? []), python: rangeText(supported?.python ?? []) };
    ranges.set(pkg.name, found);
  }
  return found;
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

/** "3.10–3.14": the Python lines some release supports; null for services or none. */
export function pythonRange(pkg: CatalogPackage): string | null {
  return rangesOf(pkg).python;
}
