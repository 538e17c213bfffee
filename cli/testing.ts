/**
 * Test vocabulary for the CLI: run `djstack` in-process against a temporary folder and capture
 * what it prints. Used by cli/commands/*.test.ts only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CliIo } from './io';
import type { main as sourceMain } from './main';

const here = dirname(fileURLToPath(import.meta.url));

/** The `djstack` executable, for tests that spawn the real process (git's diff driver, exit codes). */
export const DJSTACK_BIN = join(here, 'bin/djstack.mjs');

/**
 * The bundled CLI that the bin runs (built by the tests' global setup, scripts/vitest-build-cli.mjs):
 * the tests exercise what users run, not the TypeScript sources.
 */
export const DJSTACK_BUNDLE = join(here, 'dist/djstack.mjs');
let bundled: Promise<{ main: typeof sourceMain }> | undefined;

/** A fresh empty folder under the system's temporary folder, named after the test file. */
export function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `djstack-${name}-`));
}

/** Runs `djstack ...args` with `cwd` as the working folder; returns the exit code and the output. */
export async function runCli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd };
  bundled ??= import(pathToFileURL(DJSTACK_BUNDLE).href) as Promise<{ main: typeof sourceMain }>;
  const code = await (await bundled).main(args, io);
  return { code, stdout, stderr };
}
