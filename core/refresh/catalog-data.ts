/**
 * Which package data a check ran on: the bundled snapshot (and its date) or a refreshed cache
 * laid over it. Shown in the status bar and in `djstack check`, because a verdict is only as
 * current as its data.
 */
import meta from '../../catalog/meta.json';
import { Catalog, defaultCatalog } from '../catalog/catalog';
import { applyCatalogCache, type CatalogCache } from './cache';

/** The day the bundled snapshot's release data was last brought up to date (YYYY-MM-DD). */
export const BUNDLED_DATA_DATE: string = meta.dataDate;

export interface CatalogData {
  /** YYYY-MM-DD of the data in use. */
  date: string;
  /** "bundled", or the index a refresh read. */
  source: string;
}

/** One line for people: "package data of 2026-11-30 (bundled)". */
export function catalogDataText(data: CatalogData): string {
  return `package data of ${data.date} (${data.source === 'bundled' ? 'bundled' : `refreshed from ${data.source}`})`;
}

/**
 * The catalog to check with: the bundled one, or the bundled one with `cache` laid over it when
 * the cache is newer; and which data that is.
 */
export function catalogWithCache(cache: CatalogCache | null): { catalog: Catalog; data: CatalogData } {
  const bundled = defaultCatalog();
  if (!cache || cache.refreshedAt.slice(0, 10) <= BUNDLED_DATA_DATE)
    return { catalog: bundled, data: { date: BUNDLED_DATA_DATE, source: 'bundled' } };
  const packages = applyCatalogCache(bundled.packages, cache, BUNDLED_DATA_DATE);
  return {
    catalog: new Catalog(packages, bundled.roles, bundled.dependencies),
    data: { date: cache.refreshedAt.slice(0, 10), source: cache.index },
  };
}
