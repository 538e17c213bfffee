/**
 * A Store read from catalog/recorded/: one folder per package, holding `releases.json`
 * ({"<version>": {"date": "YYYY-MM[-DD]", "yanked": "<reason>"}}) and one `<version>.METADATA`
 * per release whose metadata was read (core-metadata headers, first line `# source: <url> …`).
 * A release listed without a METADATA file is served without a core-metadata file (PEP 658),
 * so a refresh reports it unread, exactly as a real index would for such a release.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../core/zod';
import { normalizePackageName } from '../../core/catalog/catalog';
import { parseCoreMetadata } from '../../core/refresh/core-metadata';
import { compareVersions, isVersion } from '../../core/util/pep440';
import type { Store, StoredPackage, StoredRelease } from './store';

const ReleasesFile = z.record(
  z.string().refine(isVersion, 'a key of releases.json is a PEP 440 version'),
  z.strictObject({
    date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, 'a date is YYYY-MM or YYYY-MM-DD'),
    yanked: z.string().optional(),
  }),
);

const SOURCE = /^# source: (\S+)/;

/** The URL on a recorded METADATA file's first line, or a clear error naming the file. */
function sourceOf(text: string, file: string): string {
  const match = SOURCE.exec(text.split('\n', 1)[0] ?? '');
  if (!match || !URL.canParse(match[1]!)) throw new Error(`${file}: the first line must be "# source: <url> …"`);
  return match[1]!;
}

function readPackage(folder: string, name: string): StoredPackage {
  const dir = join(folder, name);
  const releasesPath = join(dir, 'releases.json');
  if (!existsSync(releasesPath)) throw new Error(`${releasesPath}: missing (every recorded release needs its date)`);
  const parsed = ReleasesFile.safeParse(JSON.parse(readFileSync(releasesPath, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${releasesPath}: ${issue.path.join('.') || 'file'}: ${issue.message}`);
  }
  const listed = parsed.data;
  for (const file of readdirSync(dir)) {
    if (file === 'releases.json') continue;
    const version = file.replace(/\.METADATA$/, '');
    if (version === file) throw new Error(`${join(dir, file)}: only releases.json and <version>.METADATA belong here`);
    if (!listed[version]) throw new Error(`${join(dir, file)}: releases.json does not list ${version}`);
  }
  const releases: StoredRelease[] = Object.entries(listed).map(([version, facts]) => {
    const file = join(dir, `${version}.METADATA`);
    const uploaded = `${facts.date.length === 7 ? `${facts.date}-01` : facts.date}T00:00:00.000000Z`;
    const base = {
      version,
      uploaded,
      date: facts.date,
      ...(facts.yanked !== undefined ? { yanked: facts.yanked } : {}),
    };
    if (!existsSync(file)) {
      // Unread: the index lists the release but offers no metadata file for it.
      return { ...base, metadata: `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`, hasMetadata: false };
    }
    const text = readFileSync(file, 'utf8');
    const source = sourceOf(text, file);
    const metadata = text
      .split('\n')
      .filter((line) => !line.startsWith('# '))
      .join('\n');
    const meta = parseCoreMetadata(metadata);
    if (!meta.name || normalizePackageName(meta.name) !== name)
      throw new Error(`${file}: its Name (${meta.name ?? 'none'}) is not ${name}`);
    if (meta.version !== version) throw new Error(`${file}: its Version (${meta.version ?? 'none'}) is not ${version}`);
    return { ...base, metadata, hasMetadata: true, source };
  });
  releases.sort((a, b) => compareVersions(b.version, a.version));
  const newest = releases.find((r) => r.hasMetadata);
  return { name, summary: newest ? (/^Summary: (.*)$/m.exec(newest.metadata)?.[1] ?? '') : '', releases };
}

/** The packages recorded under `folder` (only `names` when given), for the loopback index. */
export function recordedFolderStore(folder: string, names?: readonly string[]): Store {
  const store: Store = new Map();
  if (!existsSync(folder)) return store;
  for (const name of readdirSync(folder).sort()) {
    if (!statSync(join(folder, name)).isDirectory()) continue;
    if (names && !names.includes(name)) continue;
    if (normalizePackageName(name) !== name) throw new Error(`${join(folder, name)}: not a normalised package name`);
    store.set(name, readPackage(folder, name));
  }
  return store;
}
