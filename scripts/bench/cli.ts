/**
 * CLI start-up benchmark (issue 16): `djstack check` on a 15-package stack, as a whole process
 * started from the shipped bin (cli/bin/djstack.mjs → the bundle), against a bare `node -e 0`
 * started in the same loop, A B A B …, so that the ratio holds when the shared machine's speed
 * drifts. Goal: median ratio ≤ 5.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../../core/catalog/catalog';
import { autoWire } from '../../core/diagram/auto-wire';
import { emptyDiagram } from '../../core/diagram/model';
import { serializeDjstack } from '../../core/format/djstack';
import { buildCli } from '../build-cli.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'cli/bin/djstack.mjs');

/** A typical API project: 15 catalog packages, wired by role (services added by the wiring count apart). */
const STACK = [
  'django',
  'djangorestframework',
  'djangorestframework-simplejwt',
  'drf-spectacular',
  'django-filter',
  'django-cors-headers',
  'django-allauth',
  'celery',
  'django-celery-beat',
  'django-celery-results',
  'django-redis',
  'psycopg',
  'django-environ',
  'django-extensions',
  'whitenoise',
];

function stackFile(folder: string): { file: string; packages: number } {
  const catalog = defaultCatalog();
  const diagram = emptyDiagram();
  for (const name of STACK.filter((n) => catalog.get(n))) {
    const i = diagram.nodes.length;
    diagram.nodes.push({ id: name, package: name, position: { x: (i % 5) * 280, y: Math.floor(i / 5) * 180 } });
  }
  const file = join(folder, 'stack15.djstack');
  writeFileSync(file, serializeDjstack(autoWire(diagram, catalog)));
  return { file, packages: diagram.nodes.length };
}

/** Wall time of one process in milliseconds; throws when it fails, so a broken CLI is no figure. */
function timeProcess(args: string[], cwd: string, okCodes: number[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 300)}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function run(): Promise<Record<string, unknown>> {
  await buildCli();
  const folder = mkdtempSync(join(tmpdir(), 'djstack-bench-'));
  try {
    const { file, packages } = stackFile(folder);
    const check = [BIN, 'check', file];
    // `check` exits 1 when the stack has errors; the figure is the time either way.
    for (let i = 0; i < 2; i++) timeProcess(check, folder, [0, 1]);
    const runs = 15;
    const cli: number[] = [];
    const bare: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < runs; i++) {
      const b = timeProcess(['-e', '0'], folder, [0]);
      const c = timeProcess(check, folder, [0, 1]);
      bare.push(b);
      cli.push(c);
      ratios.push(c / b);
    }
    const report = {
      packages,
      runs,
      loadAverage1m: round(loadavg()[0]!, 2),
      checkMedianMs: round(median(cli)),
      bareNodeMedianMs: round(median(bare)),
      ratioMedian: round(median(ratios), 2),
      ratioOfMedians: round(median(cli) / median(bare), 2),
      ratioGoal: 5,
    };
    console.log(
      `cli: djstack check on ${packages} packages: median ${report.checkMedianMs} ms; node -e 0: ${report.bareNodeMedianMs} ms; ratio (pair by pair, median) ${report.ratioMedian} (goal ≤ 5; load ${report.loadAverage1m} on ${cpus().length} cores)`,
    );
    return report;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
