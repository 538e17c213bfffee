/** Palette search and grouping: pure, so it is tested without a DOM. */
import { normalizePackageName, type Catalog, type CatalogPackage } from '../../../core/catalog/catalog';

export interface PaletteGroup {
  id: string;
  label: string;
  packages: CatalogPackage[];
}

/** The text a package is found by: name, title, summary, roles (ids and labels), app labels, aliases. */
function haystack(pkg: CatalogPackage, catalog: Catalog): string {
  const roles = [...pkg.provides, ...pkg.needs].flatMap((port) => [port.role, catalog.role(port.role)?.label ?? '']);
  return [
    pkg.name,
    pkg.title,
    pkg.summary,
    ...roles,
    ...pkg.apps.map((app) => app.label),
    ...pkg.aliases,
    pkg.kind === 'service' ? 'service' : '',
  ]
    .join(' ')
    .toLowerCase();
}

const cache = new WeakMap<CatalogPackage, string>();

function textOf(pkg: CatalogPackage, catalog: Catalog): string {
  let text = cache.get(pkg);
  if (text === undefined) {
    text = haystack(pkg, catalog);
    cache.set(pkg, text);
  }
  return text;
}

/** Whether the letters of `query` appear in `text` in order ("drfsj" in "djangorestframework-simplejwt"). */
function fuzzy(text: string, query: string): boolean {
  let at = 0;
  for (const letter of query) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * How well a package matches: 0 an exact name, alias or title; 1 a name, alias or title that
 * starts with the query; 2 every word found in its text; 3 the query's letters in order in its
 * name; null no match.
 */
function rank(pkg: CatalogPackage, catalog: Catalog, query: string): number | null {
  // Spaces count as separators, so the title "Simple JWT" is an exact match too.
  const spelling = (text: string) => normalizePackageName(text.replace(/\s+/g, '-'));
  const q = spelling(query);
  const names = [pkg.name, pkg.title, ...pkg.aliases].map(spelling);
  if (names.includes(q)) return 0;
  if (names.some((name) => name.startsWith(q))) return 1;
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const text = textOf(pkg, catalog);
  if (words.every((word) => text.includes(word))) return 2;
  return q.length >= 3 && fuzzy(pkg.name, q.replace(/-/g, '')) ? 3 : null;
}

/**
 * Packages matching `query`, best first: exact name or alias, then prefix, then every word
 * found, then fuzzy; catalog order within a rank. All packages for an empty query.
 */
export function searchPackages(catalog: Catalog, query: string): CatalogPackage[] {
  if (query.trim() === '') return [...catalog.packages];
  const ranked = catalog.packages
    .map((pkg, index) => ({ pkg, index, rank: rank(pkg, catalog, query.trim()) }))
    .filter((entry): entry is { pkg: CatalogPackage; index: number; rank: number } => entry.rank !== null);
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((entry) => entry.pkg);
}

/** The group a package is listed under: the first role it provides, or "core". */
export function primaryRole(pkg: CatalogPackage): string {
  return pkg.provides[0]?.role ?? 'core';
}

/**
 * Groups packages by primary role, in the order of catalog/roles.json; empty groups are left
 * out. With `ranked`, the packages are search results best first: groups are ordered by their
 * best package, so the first entry shown (the one Enter adds) is the best match.
 */
export function groupByRole(catalog: Catalog, packages: readonly CatalogPackage[], ranked = false): PaletteGroup[] {
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
  if (!ranked) return groups;
  const best = new Map(packages.map((pkg, i) => [pkg, i]));
  return groups.sort((a, b) => best.get(a.packages[0]!)! - best.get(b.packages[0]!)!);
}

/** The entries in the order the palette shows them: the first is what Enter adds. */
export function paletteOrder(catalog: Catalog, query: string): CatalogPackage[] {
  return groupByRole(catalog, searchPackages(catalog, query), query.trim() !== '').flatMap((group) => group.packages);
}
