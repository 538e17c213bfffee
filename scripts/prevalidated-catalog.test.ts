import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG_VERSION } from '../catalog/index';
import { Catalog, defaultCatalog, validateBundledFiles, type ValidatedFiles } from '../core/catalog/catalog';
import { catalogAsset, fetchingCatalogSource, inlineCatalogSource, prevalidatedCatalog } from './prevalidated-catalog';

/** Evaluates module source as an ES module and returns its exports. */
async function evaluate(source: string): Promise<Record<string, unknown>> {
  return (await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`)) as Record<
    string,
    unknown
  >;
}

const validated = validateBundledFiles();

describe('the catalog validated at build time', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('inline: the same files as run-time validation, defaults filled in, marked validated', async () => {
    const module = await evaluate(inlineCatalogSource());
    expect(module.VALIDATED).toBe(true);
    expect(module.CATALOG_VERSION).toBe(CATALOG_VERSION);
    expect(module.PACKAGE_FILES).toEqual(validated.packages);
    expect(module.DEPENDENCY_FILES).toEqual(validated.dependencies);
    expect(module.ROLES_FILE).toEqual(validated.roles);
    // A default the schema fills in (aliases: []) is there without the schema running again.
    const raw = Object.values(module.PACKAGE_FILES as ValidatedFiles['packages']);
    expect(raw.every((pkg) => Array.isArray(pkg.aliases) && Array.isArray(pkg.breakages))).toBe(true);
    // The catalog the app builds from it is the one the CLI builds after validating.
    const fromBuild = new Catalog(raw, (module.ROLES_FILE as ValidatedFiles['roles']).roles);
    expect(fromBuild.packages).toEqual(defaultCatalog().packages);
  });

  it('fetch: reads the emitted JSON file and exports the same files', async () => {
    const fetch = vi.fn(async () => new Response(catalogAsset(), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const module = await evaluate(fetchingCatalogSource(JSON.stringify('https://app.test/assets/catalog-1.json')));
    expect(fetch).toHaveBeenCalledWith('https://app.test/assets/catalog-1.json');
    expect(module.PACKAGE_FILES).toEqual(validated.packages);
    expect(module.DEPENDENCY_FILES).toEqual(validated.dependencies);
    expect(module.ROLES_FILE).toEqual(validated.roles);
    expect(module.VALIDATED).toBe(true);
  });

  it('fetch: a missing or unreadable file fails the start with a message naming it', async () => {
    vi.stubGlobal('fetch', async () => new Response('Not found', { status: 404 }));
    await expect(
      evaluate(fetchingCatalogSource(JSON.stringify('https://app.test/assets/catalog-2.json'))),
    ).rejects.toThrow("The app's package data (https://app.test/assets/catalog-2.json) could not be read: HTTP 404");
    vi.stubGlobal('fetch', async () => new Response('{"packages": {', { status: 200 }));
    await expect(
      evaluate(fetchingCatalogSource(JSON.stringify('https://app.test/assets/catalog-3.json'))),
    ).rejects.toThrow(/catalog-3\.json\) could not be read: .*JSON/);
  });

  it('refuses a "__proto__" key, which an object literal would turn into a prototype', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const files = { ...validated, packages: { ...validated.packages, ...hostile } } as ValidatedFiles;
    expect(Object.keys(files.packages)).toContain('__proto__');
    expect(() => inlineCatalogSource(files)).toThrow('A catalog file has a "__proto__" key');
  });

  it('a build emits the data as a preloaded JSON file, not as JavaScript', async () => {
    const root = mkdtempSync(join(tmpdir(), 'djstack-prevalidated-'));
    try {
      const index = relative(root, fileURLToPath(new URL('../catalog/index.ts', import.meta.url))).replaceAll(
        '\\',
        '/',
      );
      writeFileSync(
        join(root, 'index.html'),
        '<!doctype html><html><head></head><body><script type="module" src="./main.js"></script></body></html>',
      );
      writeFileSync(
        join(root, 'main.js'),
        `import { PACKAGE_FILES, VALIDATED } from '${index}';\nglobalThis.result = [VALIDATED, Object.keys(PACKAGE_FILES).length];\n`,
      );
      await build({
        root,
        base: './',
        configFile: false,
        logLevel: 'silent',
        plugins: [prevalidatedCatalog({ load: 'fetch' })],
        build: { outDir: join(root, 'dist') },
      });
      const assets = readdirSync(join(root, 'dist/assets'));
      const json = assets.find((file) => /^catalog-.*\.json$/.test(file));
      expect(json).toBeDefined();
      expect(JSON.parse(readFileSync(join(root, 'dist/assets', json!), 'utf8'))).toEqual(validated);
      const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
      expect(html).toContain(`<link rel="preload" href="./assets/${json}" as="fetch" crossorigin="anonymous">`);
      const scripts = assets.filter((file) => file.endsWith('.js'));
      const code = scripts.map((file) => readFileSync(join(root, 'dist/assets', file), 'utf8')).join('\n');
      expect(code).not.toContain('amqpstorm');
      expect(code).toContain('could not be read');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
