/**
 * Builds the web renderer into a folder of the bench's own and serves it with `vite preview`,
 * as the canvas and startup parts load it. A helper, not a part: it exports no `run`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Builds renderer/ into `outDir` (relative to the repository), apart from renderer/dist so
 * that a test run building renderer/dist at the same time cannot disturb it.
 */
export function buildRenderer(outDir: string): void {
  const args = [
    'exec',
    '--',
    'vite',
    'build',
    '--config',
    'renderer/vite.config.ts',
    '--outDir',
    `../${outDir}`,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ];
  const built = spawnSync('npm', args, { stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
}

/** Serves a built folder on 127.0.0.1:`port`; kill the process group (`-pid`) to stop it. */
export function serve(dir: string, port: number): ChildProcess {
  return spawn(
    'npx',
    ['vite', 'preview', '--outDir', dir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      stdio: 'ignore',
      detached: true,
    },
  );
}

export async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** The gzipped size of one built file, `assets/x.js`, as a static host would send it. */
export function gzippedBytes(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, file))).length;
}

/** Every built JavaScript file, as `assets/x.js`. */
export function builtScripts(dir: string): string[] {
  return readdirSync(join(dir, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
}

/** The gzipped size of all the built JavaScript. */
export function gzippedJs(dir: string): number {
  return builtScripts(dir).reduce((total, file) => total + gzippedBytes(dir, file), 0);
}
