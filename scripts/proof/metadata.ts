/**
 * Metadata verification (in the spirit of Spring Initializr's MetadataVerificationTests): for each
 * catalog release an environment packages, the catalog's `python` (Requires-Python) and
 * `requiresDist` must say what that release's dist-info METADATA says. Both sides are normalised by
 * the `packaging` library that the environment's pip vendors, so only meaning is compared. Debian's
 * own patches are listed in metadata-exceptions.json with the reason.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../../core/catalog/catalog';
import { sameVersion } from '../../core/resolve/problem';
import { remove, run, scratch, type ProofEnvironment } from './environment';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Exception {
  environment: string;
  package: string;
  version: string;
  field: 'python' | 'requiresDist';
  reason: string;
}

const EXCEPTIONS = (
  JSON.parse(readFileSync(fileURLToPath(new URL('metadata-exceptions.json', import.meta.url)), 'utf8')) as {
    exceptions: Exception[];
  }
).exceptions;

export interface MetadataReport {
  /** Releases whose catalog metadata agrees with METADATA. */
  verified: string[];
  /** Releases without catalog requiresDist, or absent from the catalog: reported, not failed. */
  unverified: string[];
  /** Disagreements Debian's patches explain (metadata-exceptions.json). */
  patched: string[];
  /** Disagreements: each names the release, the field, and both sides. */
  disagreements: string[];
}

const NORMALISE = String.raw`
import json, sys
try:
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.utils import canonicalize_name
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
    from pip._vendor.packaging.specifiers import SpecifierSet
    from pip._vendor.packaging.utils import canonicalize_name

def req(text):
    r = Requirement(text)
    extras = "[" + ",".join(sorted(r.extras)) + "]" if r.extras else ""
    marker = "; " + str(r.marker) if r.marker else ""
    url = " @ " + r.url if r.url else ""
    return canonicalize_name(r.name) + extras + str(r.specifier) + url + marker

out = []
for item in json.load(open(sys.argv[1])):
    row = {}
    for side in ("catalog", "metadata"):
        python = item[side]["python"]
        row[side] = {
            "python": str(SpecifierSet(python)) if python is not None else None,
            "requiresDist": sorted(set(req(t) for t in item[side]["requiresDist"])) if item[side]["requiresDist"] is not None else None,
        }
    out.append(row)
print(json.dumps(out))
`;

/** Requires-Python and Requires-Dist lines of a METADATA text (RFC 822 headers, before the body). */
function headers(metadata: string): { python: string; requiresDist: string[] } {
  const head = metadata.split(/\r?\n\r?\n/)[0] ?? '';
  const lines = head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const values = (name: string) =>
    lines
      .filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      .map((l) => l.slice(name.length + 1).trim());
  return { python: values('Requires-Python')[0] ?? '', requiresDist: values('Requires-Dist') };
}

/**
 * Compares every catalog release the environment has installed with its METADATA. `catalogNames`
 * are the catalog packages with a Debian package (the others cannot be in a suite).
 */
export async function verifyMetadata(
  environment: ProofEnvironment,
  catalog: Catalog,
  installed: { versions: Record<string, string>; metadata: Record<string, string> },
  catalogNames: string[],
): Promise<MetadataReport> {
  const report: MetadataReport = { verified: [], unverified: [], patched: [], disagreements: [] };
  const compared: { name: string; version: string }[] = [];
  const items: unknown[] = [];
  for (const name of catalogNames) {
    const version = installed.versions[name];
    const pkg = catalog.get(name);
    if (!version || !pkg || pkg.kind !== 'python') continue;
    const release = pkg.releases.find((r) => sameVersion(r.version, version));
    if (!release) {
      report.unverified.push(`${name} ${version} (not in the catalog)`);
      continue;
    }
    if (!release.requiresDist) {
      report.unverified.push(`${name} ${version} (no requiresDist in the catalog)`);
      continue;
    }
    const metadata = headers(installed.metadata[name] ?? '');
    compared.push({ name, version });
    items.push({
      catalog: { python: release.python, requiresDist: release.requiresDist },
      metadata: { python: metadata.python, requiresDist: metadata.requiresDist },
    });
  }
  if (items.length === 0) return report;
  const folder = scratch(environment, 'metadata');
  try {
    writeFileSync(join(folder.host, 'items.json'), JSON.stringify(items));
    writeFileSync(join(folder.host, 'normalise.py'), NORMALISE);
    const result = await run(environment, folder.inside, {}, ['python3', 'normalise.py', 'items.json']);
    if (result.code !== 0) throw new Error(`[${environment.id}] normalising metadata failed:\n${result.stderr}`);
    const rows = JSON.parse(result.stdout) as Record<
      'catalog' | 'metadata',
      { python: string; requiresDist: string[] }
    >[];
    rows.forEach((row, i) => {
      const { name, version } = compared[i]!;
      // Debian 12 builds often carry no base requirements (an egg-info whose requires.txt keeps
      // only the extras, or none): nothing to compare them with, which is not agreement either.
      const isExtra = (r: string) => /\bextra\s*==/.test(r);
      if (row.metadata.requiresDist.every(isExtra) && row.catalog.requiresDist.some((r) => !isExtra(r))) {
        report.unverified.push(`${name} ${version} (Debian's build declares no base Requires-Dist; extras compared)`);
        row.catalog.requiresDist = row.catalog.requiresDist.filter(isExtra);
        if (row.metadata.requiresDist.length === 0) row.catalog.requiresDist = [];
      }
      const differences: { field: Exception['field']; text: string }[] = [];
      if (row.catalog.python !== row.metadata.python)
        differences.push({
          field: 'python',
          text: `python: catalog "${row.catalog.python}", METADATA "${row.metadata.python}"`,
        });
      const onlyCatalog = row.catalog.requiresDist.filter((r) => !row.metadata.requiresDist.includes(r));
      const onlyMetadata = row.metadata.requiresDist.filter((r) => !row.catalog.requiresDist.includes(r));
      if (onlyCatalog.length + onlyMetadata.length > 0)
        differences.push({
          field: 'requiresDist',
          text: `requiresDist: only in the catalog [${onlyCatalog.join(' | ')}], only in METADATA [${onlyMetadata.join(' | ')}]`,
        });
      if (differences.length === 0) report.verified.push(`${name} ${version}`);
      for (const difference of differences) {
        const exception = EXCEPTIONS.find(
          (e) =>
            e.environment === environment.id &&
            e.package === name &&
            sameVersion(e.version, version) &&
            e.field === difference.field,
        );
        const line = `${name} ${version}: ${difference.text}`;
        if (exception) report.patched.push(`${line} (Debian: ${exception.reason})`);
        else report.disagreements.push(line);
      }
    });
    return report;
  } finally {
    remove(folder.host);
  }
}
