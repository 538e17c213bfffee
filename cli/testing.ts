/**
 * Test vocabulary for the CLI: run `djstack` in-process against a temporary folder and capture
 * what it prints. Used by cli/commands/*.test.ts only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './io';
import { main } from './main';

/** The `djstack` executable, for tests that spawn the real process (git's diff driver, exit codes). */
export const DJSTACK_BIN = join(dirname(fileURLToPath(import.meta.url)), 'bin/djstack.mjs');

/** A fresh empty folder under the system's temporary folder, named after the test file. */
export function tempFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `djstack-${name}-`));
}

/** Runs `djstack ...args` with `cwd` as the working folder; returns the exit code and the output. */
export async function runCli(cwd: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
