/**
 * The releases the loopback index serves: real METADATA files recorded from Debian's packaged
 * builds (metadata/*.METADATA, provenance on each file's first line), each published as one
 * wheel whose sha256 is that of its METADATA (the files themselves are never downloaded, so the
 * digest only has to be consistent), plus made-up example-* packages for the fault cases.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCoreMetadata } from '../../core/refresh/core-metadata';

export interface StoredRelease {
  version: string;
  /** ISO 8601 upload time. */
  uploaded: string;
  metadata: string;
  /** false: the file offers no core-metadata file (PEP 658). */
  hasMetadata: boolean;
  /** A string: yanked with that reason. */
  yanked?: string;
  /** Where the METADATA was recorded from (a recorded folder's `# source:` line). */
  source?: string;
  /** The date as recorded (YYYY-MM or YYYY-MM-DD), when `uploaded` had to pad a month. */
  date?: string;
}

export interface StoredPackage {
  name: string;
  summary: string;
  /** Newest first. */
  releases: StoredRelease[];
}

export type Store = Map<string, StoredPackage>;

const here = import.meta.dirname;

function withoutComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('# '))
    .join('\n');
}

function metadataText(file: string): string {
  return withoutComments(readFileSync(join(here, 'metadata', file), 'utf8'));
}

/** The wheel file name a release is published under. */
export function wheelName(name: string, version: string): string {
  return `${name.replace(/-/g, '_')}-${version}-py3-none-any.whl`;
}

/** sha256 hex of a text. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The recorded packages, plus example-yanked and example-nometa (copies of django-redis's data). */
export function recordedStore(): Store {
  const dates = (
    JSON.parse(readFileSync(join(here, 'recorded.json'), 'utf8')) as { dates: Record<string, Record<string, string>> }
  ).dates;
  const store: Store = new Map();
  for (const file of readdirSync(join(here, 'metadata')).sort()) {
    const metadata = metadataText(file);
    const parsed = parseCoreMetadata(metadata);
    const name = parsed.name!.toLowerCase().replace(/[-_.]+/g, '-');
    const version = parsed.version!;
    const pkg = store.get(name) ?? { name, summary: '', releases: [] };
    const day = dates[name]?.[version];
    if (!day) throw new Error(`recorded.json has no date for ${name} ${version}`);
    pkg.releases.push({ version, uploaded: `${day}T00:00:00.000000Z`, metadata, hasMetadata: true });
    store.set(name, pkg);
  }
  for (const pkg of store.values()) {
    pkg.releases.sort((a, b) => (a.uploaded < b.uploaded ? 1 : -1));
    pkg.summary = parseSummary(pkg.releases[0]!.metadata);
  }
  const redis = store.get('django-redis')!;
  const copy = (
    name: string,
    change: (release: StoredRelease, i: number) => Partial<StoredRelease>,
  ): StoredPackage => ({
    name,
    summary: `Made up for a test: django-redis's data under another name (${name}).`,
    releases: redis.releases.map((release, i) => ({
      ...release,
      metadata: release.metadata.replace(/^Name: .*$/m, `Name: ${name}`),
      ...change(release, i),
    })),
  });
  store.set(
    'example-yanked',
    copy('example-yanked', (_r, i) => (i === 0 ? { yanked: 'Broken wheel, use 5.4.0' } : {})),
  );
  store.set(
    'example-nometa',
    copy('example-nometa', (_r, i) => (i === 0 ? { hasMetadata: false } : {})),
  );
  return store;
}

function parseSummary(metadata: string): string {
  return /^Summary: (.*)$/m.exec(metadata)?.[1] ?? '';
}
