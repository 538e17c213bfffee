/**
 * The `djstack` CLI for e2e specs that compare the app with it: built from the sources once
 * (as npm install does), then run as users run it, through cli/bin/djstack.mjs.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../../scripts/build-cli.mjs';

const BIN = fileURLToPath(new URL('../../cli/bin/djstack.mjs', import.meta.url));
let built: Promise<string> | undefined;

/** Runs `djstack ...args` in `cwd`; throws on bad usage or bad input (exit 2). */
export async function djstack(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  built ??= buildCli();
  await built;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  if (result.status === null || result.status > 1) throw new Error(`djstack ${args.join(' ')}: ${result.stderr}`);
  return { code: result.status, stdout: result.stdout };
}
