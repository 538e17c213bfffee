// Bundles the `djstack` CLI (cli/main.ts, core/ and the catalog data) into one JavaScript file,
// cli/dist/djstack.mjs, so that the command starts without compiling TypeScript. Run by
// `npm install` (the `prepare` script), by the tests before they run the CLI, and by hand with
// `npm run build:cli`. The output is generated and never committed.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Writes cli/dist/djstack.mjs; resolves with its path. */
export async function buildCli() {
  const outfile = join(root, 'cli/dist/djstack.mjs');
  await build({
    entryPoints: [join(root, 'cli/main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.18',
    // Every dependency goes into the file: `npx djstack` and a pre-commit hook start one file.
    packages: 'bundle',
    minifySyntax: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); an ES module has none of its own.
    banner: {
      js: "import { createRequire as __djstackRequire } from 'node:module';\nconst require = __djstackRequire(import.meta.url);",
    },
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
