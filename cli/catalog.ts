/**
 * The catalog the CLI's commands check with: the bundled snapshot, with the user's refreshed
 * package data laid over it when there is newer data. A cache that cannot be read is ignored
 * with one line on stderr: the bundled data still works offline.
 */
import { join } from 'node:path';
import type { Catalog } from '../core/catalog/catalog';
import { parseCatalogCache, type CatalogCache } from '../core/refresh/cache';
import { catalogWithCache, type CatalogData } from '../core/refresh/catalog-data';
import { CATALOG_CACHE_FILE, dataFolder } from './data-folder';
import { readTextFile } from './files';
import { UsageError, type CliIo } from './io';
import { existsSync } from 'node:fs';

/** The refreshed package data in the data folder, or null (absent, or unusable: said on stderr). */
export function readCatalogCache(io: CliIo, env: NodeJS.ProcessEnv = process.env): CatalogCache | null {
  const path = join(dataFolder(env), CATALOG_CACHE_FILE);
  if (!existsSync(path)) return null;
  let text: string;
  try {
    text = readTextFile(path, path, 'too large for package data');
  } catch (error) {
    io.stderr(
      `djstack: ignoring the refreshed package data: ${error instanceof UsageError ? error.message : String(error)}\n`,
    );
    return null;
  }
  const parsed = parseCatalogCache(text);
  if (!parsed.ok) {
    io.stderr(`djstack: ignoring ${path}: ${parsed.reason}; using the bundled package data\n`);
    return null;
  }
  return parsed.cache;
}

/** The catalog for a command, and which data it is. */
export function cliCatalog(io: CliIo, env: NodeJS.ProcessEnv = process.env): { catalog: Catalog; data: CatalogData } {
  return catalogWithCache(readCatalogCache(io, env));
}
