/** Palette search and grouping: pure, so it is tested without a DOM. */
import type { Catalog, CatalogPackage } from '../../../core/catalog/catalog';

export interface PaletteGroup {
  id: string;
  label: string;
  packages: CatalogPackage[];
}

/** The text a package is found by: name, title, summary, roles (ids and labels), app labels, aliases. */
function haystack(pkg: CatalogPackage, catalog: Catalog): string {
  const roles = [...pkg.provides, ...pkg.needs].flatMap((port) => [port.role, catalog.role(port.role)?.label ?? '']);
  return [pkg.name, pkg.title, pkg.summary, ...roles, ...pkg.apps.map((app) => app.label), ...pkg.aliases, pkg.kind === 'service' ? 'service' : '']
    .join(' ')
    .toLowerCase();
}

const cache = new WeakMap<CatalogPackage, string>();

/** Packages matching every word of `query` (all packages for an empty query). */
export function searchPackages(catalog: Catalog, query: string): CatalogPackage[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...catalog.packages];
  return catalog.packages.filter((pkg) => {
    let text = cache.get(pkg);
    if (text === undefined) {
      text = haystack(pkg, catalog);
      cache.set(pkg, text);
    }
    return words.every((word) => text.includes(word));
  });
}

/** The group a package is listed under: the first role it provides, or "core". */
export function primaryRole(pkg: CatalogPackage): string {
  return pkg.provides[0]?.role ?? 'core';
}

/** Groups packages by primary role, in the order of catalog/roles.json; empty groups are left out. */
export function groupByRole(catalog: Catalog, packages: readonly CatalogPackage[]): PaletteGroup[] {
  const byRole = new Map<string, CatalogPackage[]>();
  for (const pkg of packages) {
    const role = primaryRole(pkg);
    byRole.set(role, [...(byRole.get(role) ?? []), pkg]);
  }
  const groups: PaletteGroup[] = [];
  const core = byRole.get('core');
  if (core) groups.push({ id: 'core', label: 'Core', packages: core });
  for (const role of catalog.roles) {
    const list = byRole.get(role.id);
    if (list) groups.push({ id: role.id, label: role.label, packages: list });
  }
  for (const [role, list] of byRole) {
    if (role !== 'core' && !catalog.role(role)) groups.push({ id: role, label: role, packages: list });
  }
  return groups;
}
