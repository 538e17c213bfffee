#!/usr/bin/env node
// The `djstack` command. Loads the TypeScript sources through tsx, so the CLI and the app share
// core/ without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  tty: Boolean(process.stderr.isTTY),
});
