/**
 * Large-diagram benchmark (issue 17, finding 7): a hostile 5,000-node diagram (every catalog
 * package many times over, clashing pins and ranges, duplicate packages, dense wiring), checked
 * and exported (requirements.txt and the whole project) by the shipped CLI as whole processes, and
 * analysed in-process as the renderer does. Goal: CLI check and export each < 2 s. The renderer
 * runs the same analysis on its UI thread (memoised per diagram, skipped for moves:
 * renderer/src/store/analysis.ts), so the in-process figure is how long an edit of such a diagram
 * blocks the UI; there is no worker yet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import { serializeDjstack } from '../../core/format/djstack';
import { buildCli } from '../build-cli.mjs';
import { hostileDiagram } from './synthetic';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(root, 'cli/bin/djstack.mjs');
const NODES = 5000;

/** Wall time of one process in milliseconds; throws when it fails, so a broken CLI is no figure. */
function timeProcess(args: string[], cwd: string, okCodes: number[]): { wall: number } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 28 });
  const wall = performance.now() - start;
  if (!okCodes.includes(result.status ?? -1))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr.toString().slice(0, 300)}`);
  return { wall };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

export async function run(): Promise<Record<string, unknown>> {
  await buildCli();
  const catalog = defaultCatalog();
  const diagram = hostileDiagram(catalog, NODES);
  const folder = mkdtempSync(join(tmpdir(), 'djstack-bench-large-'));
  try {
    const file = join(folder, 'large.djstack');
    writeFileSync(file, serializeDjstack(diagram));
    const runs = 5;
    const check: number[] = [];
    const exported: number[] = [];
    const requirements: number[] = [];
    for (let i = 0; i < runs; i++) {
      check.push(timeProcess([BIN, 'check', file], folder, [0, 1]).wall);
      requirements.push(timeProcess([BIN, 'export-requirements', file], folder, [0]).wall);
      const out = join(folder, `out${i}`);
      exported.push(timeProcess([BIN, 'export', file, '--out', out, '--name', 'large'], folder, [0, 1]).wall);
      rmSync(out, { recursive: true, force: true });
    }
    analyze(diagram, catalog);
    const inProcess: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      analyze({ ...diagram, nodes: [...diagram.nodes], edges: [...diagram.edges] }, catalog);
      inProcess.push(performance.now() - start);
    }
    const report = {
      nodes: diagram.nodes.length,
      edges: diagram.edges.length,
      runs,
      loadAverage1m: round(loadavg()[0]!, 2),
      cliCheckMedianMs: round(median(check)),
      cliExportRequirementsMedianMs: round(median(requirements)),
      cliExportMedianMs: round(median(exported)),
      analyzeMedianMs: round(median(inProcess)),
      goalMs: { cliCheck: 2000, cliExportRequirements: 2000, cliExport: 2000 },
    };
    console.log(
      `large: ${report.nodes} nodes, ${report.edges} edges: djstack check median ${report.cliCheckMedianMs} ms, djstack export-requirements median ${report.cliExportRequirementsMedianMs} ms, djstack export median ${report.cliExportMedianMs} ms (goal < 2000 ms each); analyze in process ${report.analyzeMedianMs} ms (load ${report.loadAverage1m} on ${cpus().length} cores)`,
    );
    return report;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
