/**
 * Engine benchmark (issue 3): median and p95 of a full `analyze` (resolve + every check) for
 * (a) a realistic stack of about 25 packages from the catalog and (b) a synthetic 500-node
 * diagram built from the catalog. Each analysis gets a fresh diagram object, as after an edit;
 * the catalog index is warm, as it is in the app after the first check.
 */
import { cpus, loadavg } from 'node:os';
import { defaultCatalog, type Catalog } from '../../core/catalog/catalog';
import { analyze } from '../../core/check/analyze';
import { autoWire } from '../../core/diagram/auto-wire';
import { emptyDiagram, type Diagram } from '../../core/diagram/model';
import { syntheticDiagram } from './synthetic';

/** Packages a real Django API project tends to use; those missing from the catalog are skipped. */
const REALISTIC = [
  'django',
  'djangorestframework',
  'django-rest-knox',
  'djangorestframework-simplejwt',
  'drf-spectacular',
  'django-filter',
  'django-cors-headers',
  'django-allauth',
  'celery',
  'django-celery-beat',
  'django-celery-results',
  'redis-server',
  'django-redis',
  'redis',
  'psycopg',
  'postgresql',
  'django-environ',
  'django-extensions',
  'django-debug-toolbar',
  'whitenoise',
  'django-storages',
  'sentry-sdk',
  'gunicorn',
  'django-simple-history',
  'django-health-check',
  'django-import-export',
  'django-model-utils',
  'django-taggit',
  'django-guardian',
  'channels',
  'channels-redis',
];

function realisticStack(catalog: Catalog): Diagram {
  const diagram = emptyDiagram();
  for (const name of REALISTIC) {
    if (diagram.nodes.length >= 25 || !catalog.get(name)) continue;
    const i = diagram.nodes.length;
    diagram.nodes.push({ id: `${name}-1`, package: name, position: { x: (i % 5) * 280, y: Math.floor(i / 5) * 180 } });
  }
  return autoWire(diagram, catalog);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Wall-clock time is what a user feels, but on a shared machine it also counts time spent
 * waiting for a core, so the CPU time of the process is reported beside it.
 */
function measure(diagram: Diagram, catalog: Catalog, runs: number) {
  for (let i = 0; i < 20; i++) analyze({ ...diagram }, catalog);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const fresh = { ...diagram, nodes: [...diagram.nodes], edges: [...diagram.edges] };
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    analyze(fresh, catalog);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const analysis = analyze(diagram, catalog);
  const ms = (n: number) => Number(n.toFixed(3));
  return {
    nodes: diagram.nodes.length,
    edges: diagram.edges.length,
    packages: new Set(diagram.nodes.map((n) => n.package)).size,
    problems: analysis.problems.length,
    resolved: Object.keys(analysis.resolution.packages).length,
    runs,
    medianMs: ms(percentile(wall, 50)),
    p95Ms: ms(percentile(wall, 95)),
    minMs: ms(wall[0]!),
    cpuMedianMs: ms(percentile(cpu, 50)),
    cpuP95Ms: ms(percentile(cpu, 95)),
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const catalog = defaultCatalog();
  const coldStart = performance.now();
  analyze(realisticStack(catalog), catalog);
  const firstCheckMs = Number((performance.now() - coldStart).toFixed(1));
  const realistic = measure(realisticStack(catalog), catalog, 1000);
  const synthetic = measure(syntheticDiagram(catalog, 500), catalog, 200);
  const report = {
    catalogPackages: catalog.packages.length,
    loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
    firstCheckMs,
    realistic,
    synthetic500: synthetic,
    targetsMs: { realistic: 2, synthetic500: 16 },
  };
  console.log(
    `core: load average ${report.loadAverage1m} on ${cpus().length} cores (wall times include waiting for a core; CPU times do not)`,
  );
  console.log(`core: first check (cold catalog index) ${firstCheckMs} ms`);
  console.log(
    `core: realistic stack (${realistic.nodes} nodes, ${realistic.edges} edges): median ${realistic.medianMs} ms, p95 ${realistic.p95Ms} ms; CPU median ${realistic.cpuMedianMs} ms (target < 2 ms median)`,
  );
  console.log(
    `core: synthetic ${synthetic.nodes} nodes (${synthetic.edges} edges, ${synthetic.packages} packages, ${synthetic.problems} problems): median ${synthetic.medianMs} ms, p95 ${synthetic.p95Ms} ms; CPU median ${synthetic.cpuMedianMs} ms (target < 16 ms median)`,
  );
  return report;
}
