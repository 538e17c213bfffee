import { link, mkdir, mkdtemp, readFile, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_MAX_BYTES, ProjectWriteRefused, writeProjectFiles } from './project-writer';

const PROJECT = [
  { path: 'manage.py', content: 'print()\n' },
  { path: 'shop/settings.py', content: 'DEBUG = True\n' },
  { path: '.env', content: 'DJANGO_SECRET_KEY=x\n' },
];

async function places(): Promise<{ folder: string; outside: string }> {
  const base = await mkdtemp(join(tmpdir(), 'djstack-project-'));
  const folder = join(base, 'project');
  const outside = join(base, 'outside');
  await mkdir(folder);
  await mkdir(outside);
  return { folder, outside };
}

describe('writing an exported project', () => {
  it('writes the generated files with their modes', async () => {
    const { folder } = await places();
    await writeProjectFiles(folder, PROJECT);
    expect(await readFile(join(folder, 'shop/settings.py'), 'utf8')).toBe('DEBUG = True\n');
    expect((await stat(join(folder, '.env'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(folder, 'manage.py'))).mode & 0o100).toBe(0o100);
  });

  it('refuses a manage.py that is a symbolic link to a file outside, and writes nothing', async () => {
    const { folder, outside } = await places();
    await writeFile(join(outside, 'victim'), 'keep');
    await symlink(join(outside, 'victim'), join(folder, 'manage.py'));
    await expect(writeProjectFiles(folder, PROJECT)).rejects.toThrow(ProjectWriteRefused);
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('keep');
    expect((await stat(join(outside, 'victim'))).mode & 0o111).toBe(0);
    expect((await readdir(folder)).sort()).toEqual(['manage.py']);
  });

  it('refuses a project package folder that is a symbolic link to a folder outside', async () => {
    const { folder, outside } = await places();
    await symlink(outside, join(folder, 'shop'));
    await expect(writeProjectFiles(folder, PROJECT)).rejects.toThrow(/"shop" in the folder is a symbolic link/);
    expect(await readdir(outside)).toEqual([]);
  });

  it('a hard link to a file outside keeps its content: the new file replaces the folder entry', async () => {
    const { folder, outside } = await places();
    await writeFile(join(outside, 'victim'), 'keep');
    await link(join(outside, 'victim'), join(folder, 'manage.py'));
    await writeProjectFiles(folder, PROJECT);
    expect(await readFile(join(outside, 'victim'), 'utf8')).toBe('keep');
    expect(await readFile(join(folder, 'manage.py'), 'utf8')).toBe('print()\n');
  });

  it('only generated names: .git/config, ../x and a second package are refused before writing', async () => {
    for (const path of ['.git/config', '../x.py', 'shop/../../x.py', 'a/b/settings.py', 'shop/evil.py', 'x.sh']) {
      const { folder } = await places();
      await expect(writeProjectFiles(folder, [...PROJECT, { path, content: '' }])).rejects.toThrow(
        /not a file the export generates/,
      );
      expect(await readdir(folder)).toEqual([]);
    }
  });

  it('a project over the size cap writes nothing', async () => {
    const { folder } = await places();
    const big = [{ path: 'README.md', content: 'x'.repeat(PROJECT_MAX_BYTES + 1) }];
    await expect(writeProjectFiles(folder, big)).rejects.toThrow(/cap/);
    expect(await readdir(folder)).toEqual([]);
  });
});
