// Vitest global setup for the Node tests: builds the CLI bundle once before any test runs, so
// that the CLI tests run what `djstack` users run (cli/dist/djstack.mjs), not the TS sources.
import { buildCli } from './build-cli.mjs';

export default async function setup() {
  await buildCli();
}
