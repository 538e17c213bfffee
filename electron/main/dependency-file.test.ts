import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { importDependencyFile } from '../../core/import/dependency-file';
import { defaultCatalog } from '../../core/catalog/catalog';
import { readDependencyFile } from './dependency-file';
import { DocumentFiles, FileProblem, type FileDialogs } from './files';
import { HandleRegistry } from './handles';

async function project() {
  const root = await mkdtemp(join(tmpdir(), 'djstack-import-'));
  const folder = join(root, 'shop');
  await mkdir(join(folder, 'requirements'), { recursive: true });
  await writeFile(join(root, 'secret.txt'), 'root:x:0:0\n');
  await writeFile(join(folder, 'requirements', 'base.txt'), 'Django>=4.2,<5.0\n-r common.txt\n');
  await writeFile(join(folder, 'requirements', 'common.txt'), 'celery[redis]==5.3.6\n');
  await symlink(join(root, 'secret.txt'), join(folder, 'requirements', 'linked.txt'));
  const top = join(folder, 'requirements', 'production.txt');
  await writeFile(
    top,
    ['-r base.txt', '-c constraints.txt', '-r linked.txt', '-r ../../secret.txt', 'gunicorn==23.0.0', ''].join('\n'),
  );
  return { root, folder, top };
}

describe('File > Import… on the desktop', () => {
  it('reads the chosen file and the includes core asks for; refuses a missing one, a symlink out, a path out', async () => {
    const { top } = await project();
    const opened = readDependencyFile(top);
    expect(opened.name).toBe('production.txt');
    expect(opened.includes).toEqual({
      'base.txt': { text: 'Django>=4.2,<5.0\n-r common.txt\n' },
      'common.txt': { text: 'celery[redis]==5.3.6\n' },
      'constraints.txt': { error: 'no such file' },
      'linked.txt': { error: 'its real path leaves the folder of production.txt' },
    });
    // ../../secret.txt is never asked for: core refuses includes outside the folder before reading.
    expect(JSON.stringify(opened)).not.toContain('root:x');
  });

  it('the renderer imports with those includes as `djstack import` does: base.txt followed, the rest reported', async () => {
    const { top } = await project();
    const opened = readDependencyFile(top);
    const result = importDependencyFile(opened.text, defaultCatalog(), {
      file: opened.name,
      readInclude: (path) => opened.includes[path] ?? { error: 'not read by the app' },
    });
    if (!result.ok) throw new Error(result.error);
    expect(result.diagram.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['django', 'celery', 'gunicorn']));
    expect(result.missingIncludes).toEqual([
      'constraints.txt (no such file)',
      'linked.txt (its real path leaves the folder of production.txt)',
      expect.stringContaining('../../secret.txt (outside the folder'),
    ]);
  });

  it('pyproject.toml and lock files name no includes; a FIFO chosen as the file is one message', async () => {
    const { folder } = await project();
    await writeFile(join(folder, 'pyproject.toml'), '[project]\ndependencies = ["-r x.txt"]\n');
    expect(readDependencyFile(join(folder, 'pyproject.toml')).includes).toEqual({});
    const fifo = join(folder, 'requirements.txt');
    execFileSync('mkfifo', [fifo]);
    const dialogs = { chooseDependencyFile: vi.fn(async () => fifo) } as unknown as FileDialogs;
    const files = new DocumentFiles({
      handles: new HandleRegistry(),
      dialogs,
      home: folder,
      write: vi.fn(),
      onDiagramUsed: vi.fn(),
    });
    const opening = files.openDependencyFile();
    await expect(opening).rejects.toBeInstanceOf(FileProblem);
    await expect(opening).rejects.toThrow(/is a pipe \(FIFO\), not a regular file, so it cannot be imported/);
  });
});
