/**
 * `npm run catalog:current`: writes catalog/pypi-current.tsv, the newest version on PyPI (with its
 * month and download rank) of every Python package in catalog/packages and every dependency record
 * in catalog/deps, extracted from the workplace's PyPI listing (PYPI_TSV, default
 * /work/.library/env/packages/pypi.tsv: name, version, month, rank, summary; November 2026).
 * That file defines "current" for catalog/current.test.ts. It also writes
 * catalog/pypi-top-ecosystem.tsv, the ECOSYSTEM_TOP most-downloaded Django-ecosystem names (by
 * rank), which the catalog must cover. Without the listing it says so and changes nothing.
 */
import { createReadStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../electron/main/atomic-write';

export const DEFAULT_PYPI_TSV = '/work/.library/env/packages/pypi.tsv';

export const HEADER = 'name\tversion\tmonth\trank';

export interface CurrentRow {
  name: string;
  version: string;
  month: string;
  /** Rank among the 15,000 most downloaded PyPI packages; "" when outside them. */
  rank: string;
}

/** The PyPI names the catalog bundles: its Python packages (not services) and its dependency records. */
export function bundledNames(catalogFolder: string): string[] {
  const names = new Set<string>();
  for (const folder of ['packages', 'deps']) {
    const dir = join(catalogFolder, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { name: string; kind?: string };
      if (folder === 'packages' && data.kind !== 'python') continue;
      names.add(data.name);
    }
  }
  return [...names].sort();
}

/** How many of the most-downloaded Django-ecosystem packages the catalog must cover. */
export const ECOSYSTEM_TOP = 150;

/**
 * Whether a PyPI name belongs to the Django ecosystem for the coverage list: django* (django,
 * django-*, djangorestframework*, djangosaml2), drf-*, dj-*, channels*, wagtail*, celery* and
 * Celery's monitor flower. Celery's own libraries (kombu, amqp, billiard, vine) are dependency
 * records, not catalog packages.
 */
export function isEcosystemName(name: string): boolean {
  return /^(django|drf-|dj-|channels|wagtail|celery)/.test(name) || name === 'flower';
}

/** The `count` best-ranked Django-ecosystem rows of the listing, best first (a streaming read). */
export async function readEcosystemTop(listing: string, count: number): Promise<CurrentRow[]> {
  const rows: CurrentRow[] = [];
  const lines = createInterface({ input: createReadStream(listing, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const [name, version, month, rank] = line.split('\t');
    if (!name || !rank || !/^\d+$/.test(rank) || !isEcosystemName(name)) continue;
    rows.push({ name, version: version!, month: month!, rank });
  }
  return rows.sort((a, b) => Number(a.rank) - Number(b.rank)).slice(0, count);
}

/** The text of catalog/pypi-top-ecosystem.tsv: rows in the order given (best rank first). */
export function topText(rows: readonly CurrentRow[]): string {
  return `${[HEADER, ...rows.map((r) => [r.name, r.version, r.month, r.rank].join('\t'))].join('\n')}\n`;
}

/** The listing's rows for `names` (a streaming read: the listing is ~75 MB). */
export async function readCurrent(listing: string, names: readonly string[]): Promise<Map<string, CurrentRow>> {
  const wanted = new Set(names);
  const rows = new Map<string, CurrentRow>();
  const lines = createInterface({ input: createReadStream(listing, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const tab = line.indexOf('\t');
    if (tab < 0 || !wanted.has(line.slice(0, tab))) continue;
    const [name, version, month, rank] = line.split('\t');
    rows.set(name!, { name: name!, version: version!, month: month!, rank: rank ?? '' });
  }
  return rows;
}

/** The text of catalog/pypi-current.tsv for `rows` (sorted by name, one trailing newline). */
export function currentText(rows: Iterable<CurrentRow>): string {
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name));
  return `${[HEADER, ...sorted.map((r) => [r.name, r.version, r.month, r.rank].join('\t'))].join('\n')}\n`;
}

/** Parses catalog/pypi-current.tsv; throws on a malformed line, naming it. */
export function parseCurrent(text: string): Map<string, CurrentRow> {
  const lines = text.split('\n').filter((line) => line !== '');
  if (lines[0] !== HEADER) throw new Error(`pypi-current.tsv: the first line must be "${HEADER}"`);
  const rows = new Map<string, CurrentRow>();
  lines.slice(1).forEach((line, i) => {
    const [name, version, month, rank, extra] = line.split('\t');
    if (!name || !version || !month || rank === undefined || extra !== undefined)
      throw new Error(`pypi-current.tsv line ${i + 2}: expected name, version, month and rank separated by tabs`);
    rows.set(name, { name, version, month, rank });
  });
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const listing = process.env.PYPI_TSV ?? DEFAULT_PYPI_TSV;
  const catalog = join(fileURLToPath(new URL('..', import.meta.url)), 'catalog');
  if (!existsSync(listing)) {
    process.stdout.write(
      `catalog:current: skipped: the PyPI listing ${listing} is absent (set PYPI_TSV); catalog/pypi-current.tsv is unchanged.\n`,
    );
  } else {
    const names = bundledNames(catalog);
    const rows = await readCurrent(listing, names);
    await writeAtomic(join(catalog, 'pypi-current.tsv'), currentText(rows.values()));
    const missing = names.filter((name) => !rows.has(name));
    process.stdout.write(`Wrote catalog/pypi-current.tsv: ${rows.size} of ${names.length} bundled names.\n`);
    if (missing.length > 0) process.stderr.write(`not in the PyPI listing: ${missing.join(', ')}\n`);
    const top = await readEcosystemTop(listing, ECOSYSTEM_TOP);
    await writeAtomic(join(catalog, 'pypi-top-ecosystem.tsv'), topText(top));
    const bundled = new Set(names);
    const uncovered = top.filter((row) => !bundled.has(row.name)).map((row) => row.name);
    process.stdout.write(
      `Wrote catalog/pypi-top-ecosystem.tsv: the ${top.length} most-downloaded Django-ecosystem packages, ${uncovered.length} not in the catalog${uncovered.length > 0 ? `: ${uncovered.join(', ')}` : ''}.\n`,
    );
  }
}
