#!/usr/bin/env node
// The `djstack` command. Runs the bundle that `npm install` builds (the `prepare` script runs
// scripts/build-cli.mjs), so nothing is compiled at start.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/djstack.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write(
    'djstack: the CLI is not built (cli/dist/djstack.mjs is missing). Run `npm run build:cli` in the\n' +
      "project's folder (npm install does it unless scripts are disabled).\n",
  );
  process.exit(2);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  tty: Boolean(process.stderr.isTTY),
});
