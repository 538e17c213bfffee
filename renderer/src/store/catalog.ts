/**
 * The catalog the renderer checks with. It starts as the bundled snapshot; refreshed package
 * data (a cache from "Update package data…") replaces it as a whole, and packages added by name
 * join it as library packages. `catalog` is a live binding: every module that imports it reads
 * the current one, and the diagram is re-announced so that every verdict is computed again.
 */
import { create } from 'zustand';
import { Catalog, defaultCatalog } from '../../../core/catalog/catalog';
import { libraryPackage, parseCatalogCache, type CatalogCache } from '../../../core/refresh/cache';
import { BUNDLED_DATA_DATE, catalogWithCache, type CatalogData } from '../../../core/refresh/catalog-data';
import { useDiagramStore } from './diagram-store';

const bundled = defaultCatalog();

/** The catalog in use (reassigned by `useCatalog`; ES module imports see the new value). */
export let catalog: Catalog = bundled;

export interface CatalogState {
  catalog: Catalog;
  /** Which data: the bundled snapshot's date, or the refresh's. */
  data: CatalogData;
  /** The refreshed package data in use, if any. */
  cache: CatalogCache | null;
}

export const useCatalogStore = create<CatalogState>()(() => ({
  catalog: bundled,
  data: { date: BUNDLED_DATA_DATE, source: 'bundled' },
  cache: null,
}));

/** A new diagram object with the same content, so views and the analysis read the new catalog. */
function reannounceDiagram(): void {
  const store = useDiagramStore;
  const { diagram, saved } = store.getState();
  const copy = { ...diagram, nodes: diagram.nodes.map((node) => ({ ...node })) };
  // A new catalog is no edit: no undo step, and a saved document stays saved.
  const temporal = store.temporal.getState();
  const tracking = temporal.isTracking;
  if (tracking) temporal.pause();
  try {
    store.setState({ diagram: copy, saved: saved === diagram ? copy : saved });
  } finally {
    if (tracking) temporal.resume();
  }
}

function install(next: Catalog, data: CatalogData, cache: CatalogCache | null): void {
  catalog = next;
  useCatalogStore.setState({ catalog: next, data, cache });
  reannounceDiagram();
}

/**
 * Replaces the catalog with the bundled one and `cacheText` laid over it (where newer). Text
 * that is not a usable cache changes nothing and gives the reason.
 */
export function applyPackageData(cacheText: string): { ok: true } | { ok: false; reason: string } {
  const parsed = parseCatalogCache(cacheText);
  if (!parsed.ok) return parsed;
  const { catalog: next, data } = catalogWithCache(parsed.cache);
  install(next, data, parsed.cache);
  return { ok: true };
}

/** Back to the bundled snapshot (tests). */
export function resetCatalog(): void {
  install(bundled, { date: BUNDLED_DATA_DATE, source: 'bundled' }, null);
}

/** The library package for `name` from the cache or a bundled dependency record, if either knows it. */
function libraryOf(name: string, base: Catalog, cache: CatalogCache | null) {
  const cached = cache?.packages[name];
  if (cached && cached.releases.length > 0) return libraryPackage(name, cached, cache.index);
  const record = base.dependency(name);
  if (!record) return null;
  return {
    ...libraryPackage(name, { summary: record.summary ?? null, releases: record.releases }, 'https://pypi.org/'),
    sources: record.sources,
  };
}

/**
 * Makes the packages `names` (normalised) part of the catalog where metadata for them is known
 * (the refreshed cache first, else a bundled dependency record), so their nodes are checked on
 * requires_python, requires_dist and classifiers. Returns the names the catalog knows now; a
 * name without metadata stays unknown (its node is kept, and the check says it is not checked).
 */
export function ensureLibraryPackages(names: readonly string[]): Set<string> {
  const { cache } = useCatalogStore.getState();
  const known = new Set<string>();
  const added = [];
  for (const name of new Set(names)) {
    if (catalog.get(name)) known.add(name);
    else {
      const pkg = libraryOf(name, catalog, cache);
      if (pkg) {
        added.push(pkg);
        known.add(name);
      }
    }
  }
  if (added.length > 0)
    install(
      new Catalog([...catalog.packages, ...added], catalog.roles, catalog.dependencies),
      useCatalogStore.getState().data,
      cache,
    );
  return known;
}

/** Nodes on packages the catalog lacks but metadata knows (an import, an opened file) become library packages. */
export function watchLibraryPackages(): () => void {
  return useDiagramStore.subscribe((state, previous) => {
    if (state.diagram.nodes === previous.diagram.nodes) return;
    const missing = state.diagram.nodes.map((node) => node.package).filter((name) => !catalog.get(name));
    if (missing.length > 0) ensureLibraryPackages(missing);
  });
}
