import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SNAPSHOT_COVERS, snapshotCatalog } from './catalog-snapshot';
import { recordedFolderStore } from './index-server/recorded-folder';

const repoCatalog = join(import.meta.dirname, '..', 'catalog');
const recordedNames = [...recordedFolderStore(join(repoCatalog, 'recorded')).keys()].sort();

function copyOfCatalog(): string {
  const folder = mkdtempSync(join(tmpdir(), 'djstack-snapshot-'));
  cpSync(repoCatalog, folder, { recursive: true });
  return folder;
}

const read = (folder: string, name: string) => readFileSync(join(folder, 'packages', `${name}.json`), 'utf8');

describe('npm run catalog:snapshot', () => {
  it('regenerates every recorded package byte for byte as committed (recorded metadata and catalog cannot drift)', async () => {
    expect(recordedNames.length).toBeGreaterThan(0);
    const folder = copyOfCatalog();
    const result = await snapshotCatalog({ folder });
    expect(result.failures).toEqual([]);
    expect(result.packages.map((p) => p.name).sort()).toEqual(recordedNames);
    for (const name of recordedNames) expect(read(folder, name), name).toBe(read(repoCatalog, name));
    expect(readFileSync(join(folder, 'meta.json'), 'utf8')).toBe(readFileSync(join(repoCatalog, 'meta.json'), 'utf8'));
  }, 60_000);

  it('puts a hand-edited release fact back to what the recorded METADATA says, and names the real source', async () => {
    const name = recordedNames[0]!;
    const folder = copyOfCatalog();
    const file = join(folder, 'packages', `${name}.json`);
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    const store = recordedFolderStore(join(folder, 'recorded'), [name]);
    const readRelease = store.get(name)!.releases.find((r) => r.hasMetadata)!;
    const target = pkg.releases.find((r: { version: string }) => r.version === readRelease.version);
    target.requiresDist = ['made-up-requirement>=1'];
    target.python = '>=2.0';
    target.metadataSource = 'https://example.com/not-the-source';
    writeFileSync(file, JSON.stringify(pkg));
    await snapshotCatalog({ folder, names: [name] });
    const after = JSON.parse(readFileSync(file, 'utf8'));
    const regenerated = after.releases.find((r: { version: string }) => r.version === readRelease.version);
    expect(regenerated.requiresDist).not.toContain('made-up-requirement>=1');
    expect(regenerated.metadataSource).toBe(readRelease.source);
    expect(regenerated.sha256).toBeUndefined();
    expect(after.sources.filter((s: { covers: string }) => s.covers.startsWith(SNAPSHOT_COVERS))).toHaveLength(1);
    expect(after.sources.some((s: { url: string }) => s.url.startsWith('http://127.0.0.1'))).toBe(false);
    expect(read(folder, name)).toBe(read(repoCatalog, name));
  }, 60_000);

  it('refuses a recorded folder whose METADATA names no source, changing nothing', async () => {
    const folder = copyOfCatalog();
    const dir = join(folder, 'recorded', 'example-nosource');
    mkdirSync(dir);
    writeFileSync(join(dir, 'releases.json'), JSON.stringify({ '1.0': { date: '2026-01' } }));
    writeFileSync(join(dir, '1.0.METADATA'), 'Metadata-Version: 2.1\nName: example-nosource\nVersion: 1.0\n');
    const before = Object.fromEntries(recordedNames.map((n) => [n, read(folder, n)]));
    await expect(snapshotCatalog({ folder })).rejects.toThrow(/first line must be "# source: <url>/);
    for (const n of recordedNames) expect(read(folder, n)).toBe(before[n]);
  });

  it('refuses a METADATA file whose Version is not its file name, and an unknown --package', async () => {
    const folder = copyOfCatalog();
    const dir = join(folder, 'recorded', 'example-wrong');
    mkdirSync(dir);
    writeFileSync(join(dir, 'releases.json'), JSON.stringify({ '1.0': { date: '2026-01' } }));
    writeFileSync(
      join(dir, '1.0.METADATA'),
      '# source: https://example.com/x\nMetadata-Version: 2.1\nName: example-wrong\nVersion: 1.1\n',
    );
    await expect(snapshotCatalog({ folder, names: ['example-wrong'] })).rejects.toThrow(/Version \(1\.1\) is not 1\.0/);
    await expect(snapshotCatalog({ folder: repoCatalog, names: ['no-such-package'] })).rejects.toThrow(
      /not recorded under catalog\/recorded\/: no-such-package/,
    );
  });
});
