/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports
 * `run(): Promise<Record<string, unknown>>`), prints their figures and writes them all to
 * bench-results/bench.json. `npm run bench -- core` runs only the modules named.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

type BenchModule = { run?: () => Promise<Record<string, unknown>> };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
};
let failed = false;
for (const file of readdirSync(join(root, 'scripts/bench'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()) {
  const name = file.replace(/\.ts$/, '');
  if (only.length > 0 && !only.includes(name)) continue;
  try {
    const module = (await import(pathToFileURL(join(root, 'scripts/bench', file)).href)) as BenchModule;
    if (typeof module.run !== 'function') continue; // a helper, such as synthetic.ts
    console.log(`== ${name}`);
    results[name] = await module.run();
  } catch (error) {
    failed = true;
    results[name] = { error: (error as Error).message };
    console.error(`${name}: ${(error as Error).message}`);
  }
}
const out = join(root, 'bench-results/bench.json');
mkdirSync(dirname(out), { recursive: true });
// A run of some modules keeps the figures the other modules wrote last time.
const previous =
  only.length > 0 && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
writeFileSync(out, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log('figures written to bench-results/bench.json');
process.exitCode = failed ? 1 : 0;
