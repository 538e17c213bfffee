/**
 * The bundled catalog, validated when the app is built. The app's builds (renderer/vite.config.ts
 * and electron.vite.config.ts) load catalog/index.ts through this plugin: the same package files,
 * dependency records and roles, already through their schemas (defaults filled in), with
 * `VALIDATED` true, so the app starts without running the schemas over 1.6 MB of data it
 * shipped. An invalid file fails the build with the message the app would otherwise have thrown
 * at start. The CLI and the tests still validate at run time.
 *
 * Where the data goes (`load`):
 * - 'fetch' (the renderer's page): a JSON file of its own, fetched by the module (a top-level
 *   await) and preloaded by index.html, so the page's scripts lose 1.1 MB that Chromium would
 *   otherwise parse as JavaScript before the app can start (`npm run bench -- startup`).
 * - 'inline' (Electron's main process, the workers, and the dev server, which emits no files):
 *   object literals in the module.
 */
import { fileURLToPath } from 'node:url';
import { normalizePath, type Plugin } from 'vite';
import { CATALOG_VERSION } from '../catalog/index';
import { validateBundledFiles, type ValidatedFiles } from '../core/catalog/catalog';

const INDEX = normalizePath(fileURLToPath(new URL('../catalog/index.ts', import.meta.url)));
/** The name the fetched file is emitted under (Vite adds a content hash). */
const ASSET_NAME = 'catalog.json';

/** The validated files as JSON text; a `__proto__` key (a prototype in a literal) is refused. */
function json(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (key === '__proto__') throw new Error('A catalog file has a "__proto__" key');
    return inner;
  });
}

const TAIL = [
  `export const CATALOG_VERSION = ${JSON.stringify(CATALOG_VERSION)};`,
  'export const VALIDATED = true;',
  '',
];

/** The module that stands for catalog/index.ts, with the data in object literals. */
export function inlineCatalogSource(files: ValidatedFiles = validateBundledFiles()): string {
  return [
    '// catalog/index.ts as validated at build time by scripts/prevalidated-catalog.ts.',
    `export const PACKAGE_FILES = ${json(files.packages)};`,
    `export const DEPENDENCY_FILES = ${json(files.dependencies)};`,
    `export const ROLES_FILE = ${json(files.roles)};`,
    ...TAIL,
  ].join('\n');
}

/** The module that stands for catalog/index.ts and fetches the data from `urlExpression`. */
export function fetchingCatalogSource(urlExpression: string): string {
  return [
    '// catalog/index.ts as validated at build time by scripts/prevalidated-catalog.ts.',
    `const url = ${urlExpression};`,
    'let files;',
    'try {',
    '  const response = await fetch(url);',
    '  if (!response.ok) throw new Error(`HTTP ${response.status}`);',
    '  files = await response.json();',
    '} catch (error) {',
    "  throw new Error(`The app's package data (${url}) could not be read: ${error instanceof Error ? error.message : String(error)}`);",
    '}',
    'export const PACKAGE_FILES = files.packages;',
    'export const DEPENDENCY_FILES = files.dependencies;',
    'export const ROLES_FILE = files.roles;',
    ...TAIL,
  ].join('\n');
}

/** The JSON file that `fetchingCatalogSource` reads. */
export function catalogAsset(files: ValidatedFiles = validateBundledFiles()): string {
  return json(files);
}

/** Vite plugin: serves catalog/index.ts validated, fetched or inline (see above). */
export function prevalidatedCatalog(options: { load: 'fetch' | 'inline' }): Plugin {
  let fetching = false;
  let base = './';
  return {
    name: 'djstack:prevalidated-catalog',
    enforce: 'pre',
    configResolved(config) {
      fetching = options.load === 'fetch' && config.command === 'build';
      base = config.base;
    },
    load(id) {
      if (normalizePath(id.split('?')[0]!) !== INDEX) return null;
      const files = validateBundledFiles();
      if (!fetching) return inlineCatalogSource(files);
      const reference = this.emitFile({ type: 'asset', name: ASSET_NAME, source: catalogAsset(files) });
      return fetchingCatalogSource(`import.meta.ROLLUP_FILE_URL_${reference}`);
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const asset = Object.values(context.bundle ?? {}).find(
          (output) => output.type === 'asset' && output.names.includes(ASSET_NAME),
        );
        if (!asset) return [];
        // Fetched while the scripts load; the module's fetch (same URL, CORS mode) takes it.
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `${base}${asset.fileName}`, as: 'fetch', crossorigin: 'anonymous' },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
