import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeAtomic } from './atomic-write';
import { DocumentFiles, type FileDialogs } from './files';
import { HandleRegistry } from './handles';

async function setup(
  answers: Partial<{
    open: string | null;
    save: string | null;
    folder: string | null;
    overwrite: boolean;
    replace: boolean;
  }> = {},
) {
  const home = await mkdtemp(join(tmpdir(), 'djstack-files-'));
  const dialogs = {
    chooseDiagram: vi.fn(async () => answers.open ?? null),
    chooseDependencyFile: vi.fn(async () => answers.open ?? null),
    chooseSavePath: vi.fn(async () => answers.save ?? null),
    chooseFolder: vi.fn(async () => answers.folder ?? null),
    confirmOverwriteChanged: vi.fn(async () => answers.overwrite ?? false),
    confirmReplaceInFolder: vi.fn(async () => answers.replace ?? false),
  } satisfies FileDialogs;
  const used = vi.fn();
  const handles = new HandleRegistry();
  const write = vi.fn(writeAtomic);
  const files = new DocumentFiles({ handles, dialogs, home, write, onDiagramUsed: used });
  return { home, dialogs, used, handles, files, write };
}

describe('opening diagrams', () => {
  it('reads the file the dialog chose and hands out a handle, never the path', async () => {
    const { home, files, used, handles } = await setup();
    const path = join(home, 'shop.djstack');
    await writeFile(path, '{"format":"djstack"}');
    const opened = await files.readDiagram(path);
    expect(opened).toEqual({
      handle: expect.stringMatching(/^h_[0-9a-f]{32}$/),
      name: 'shop.djstack',
      text: '{"format":"djstack"}',
    });
    expect(JSON.stringify(opened)).not.toContain(home);
    expect(handles.pathOf(opened.handle)).toBe(path);
    expect(used).toHaveBeenCalledWith(path);
  });

  it('a cancelled open dialog opens nothing', async () => {
    const { files } = await setup({ open: null });
    expect(await files.openDiagram()).toBeNull();
  });

  it.each([
    [
      'a file over the size limit',
      Buffer.alloc(6 * 1024 * 1024, 32),
      'is larger than 5.0 MB, the most a .djstack diagram may be.',
    ],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'is not UTF-8 text'],
  ])('refuses %s with a message naming the file', async (_label, bytes, message) => {
    const { home, files, used } = await setup();
    const path = join(home, 'bad.djstack');
    await writeFile(path, bytes);
    await expect(files.readDiagram(path)).rejects.toThrow(`"bad.djstack" ${message}`);
    expect(used).not.toHaveBeenCalled();
  });

  it('a recent file that is gone gives a message with where it was', async () => {
    const { home, files, handles } = await setup();
    const handle = handles.issue(join(home, 'code', 'gone.djstack'));
    expect(await files.readHandle(handle)).toEqual({ error: '"gone.djstack" is no longer in ~/code.' });
  });

  it('a handle this session never issued names no file', async () => {
    const { files } = await setup();
    expect(await files.readHandle(`h_${'0'.repeat(32)}`)).toEqual({ error: expect.stringContaining('not known') });
  });
});

describe('saving diagrams', () => {
  it('Save writes to the handle’s file atomically and keeps the handle', async () => {
    const { home, files, handles, write } = await setup();
    const path = join(home, 'shop.djstack');
    await writeFile(path, 'v1');
    const { handle } = await files.readDiagram(path);
    expect(await files.saveDiagram({ handle, suggestedName: 'ignored.djstack', text: 'v2' })).toEqual({
      handle,
      name: 'shop.djstack',
    });
    expect(await readFile(path, 'utf8')).toBe('v2');
    expect(write).toHaveBeenCalledWith(path, 'v2');
    expect(handles.pathOf(handle)).toBe(path);
  });

  it('Save of a new diagram asks where, and adds .djstack when the dialog did not', async () => {
    const { home, files, dialogs } = await setup();
    const chosen = join(home, 'new-stack');
    dialogs.chooseSavePath.mockResolvedValueOnce(chosen);
    const saved = await files.saveDiagram({ handle: null, suggestedName: 'Untitled', text: 'x' });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('diagram', 'Untitled.djstack');
    expect(saved?.name).toBe('new-stack.djstack');
    expect(await readFile(`${chosen}.djstack`, 'utf8')).toBe('x');
  });

  it('a cancelled Save As writes nothing', async () => {
    const { files, write } = await setup({ save: null });
    expect(await files.saveDiagramAs({ suggestedName: 'a.djstack', text: 'x' })).toBeNull();
    expect(write).not.toHaveBeenCalled();
  });

  it('saving over a file that changed on disk asks first, and No keeps the teammate’s version', async () => {
    const { home, files, dialogs } = await setup({ overwrite: false });
    const path = join(home, 'shop.djstack');
    await writeFile(path, 'mine');
    const { handle } = await files.readDiagram(path);
    await writeFile(path, 'after git pull');
    expect(await files.saveDiagram({ handle, suggestedName: 'shop.djstack', text: 'my edit' })).toBeNull();
    expect(dialogs.confirmOverwriteChanged).toHaveBeenCalledWith('shop.djstack');
    expect(await readFile(path, 'utf8')).toBe('after git pull');
  });

  it('saving over a changed file after Yes replaces it, and the next save does not ask again', async () => {
    const { home, files, dialogs } = await setup({ overwrite: true });
    const path = join(home, 'shop.djstack');
    await writeFile(path, 'mine');
    const { handle } = await files.readDiagram(path);
    await writeFile(path, 'theirs');
    await files.saveDiagram({ handle, suggestedName: 'shop.djstack', text: 'mine again' });
    await files.saveDiagram({ handle, suggestedName: 'shop.djstack', text: 'and again' });
    expect(dialogs.confirmOverwriteChanged).toHaveBeenCalledOnce();
    expect(await readFile(path, 'utf8')).toBe('and again');
  });

  it('our own saves are not outside changes', async () => {
    const { home, files } = await setup();
    const path = join(home, 'shop.djstack');
    await writeFile(path, 'v1');
    const { handle } = await files.readDiagram(path);
    await files.saveDiagram({ handle, suggestedName: 'shop.djstack', text: 'v2' });
    expect(await files.outsideChange(path)).toBeNull();
    await writeFile(path, 'v3');
    expect(await files.outsideChange(path)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a save that fails says why and leaves the file on disk as it was', async () => {
    const { home } = await setup();
    const folder = join(home, 'locked');
    await mkdir(folder);
    const path = join(folder, 'shop.djstack');
    await writeFile(path, 'v1');
    const failing = new DocumentFiles({
      handles: new HandleRegistry(),
      dialogs: {} as FileDialogs,
      home,
      write: async () => {
        throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
      },
      onDiagramUsed: () => undefined,
    });
    const { handle } = await failing.readDiagram(path);
    await expect(failing.saveDiagram({ handle, suggestedName: 'x', text: 'v2' })).rejects.toThrow(
      '"shop.djstack" could not be saved in ~/locked (the disk is full); the file on disk was not changed.',
    );
    expect(await readFile(path, 'utf8')).toBe('v1');
  });

  it('exports write text and bytes where the user chose', async () => {
    const { home, files, dialogs } = await setup();
    dialogs.chooseSavePath
      .mockResolvedValueOnce(join(home, 'requirements.txt'))
      .mockResolvedValueOnce(join(home, 'stack.png'));
    await files.exportText({ suggestedName: 'requirements.txt', text: 'Django==5.2\n' });
    await files.exportBinary({ suggestedName: 'stack.png', data: new Uint8Array([137, 80, 78, 71]) });
    expect(dialogs.chooseSavePath).toHaveBeenCalledWith('export', 'requirements.txt');
    expect(await readFile(join(home, 'requirements.txt'), 'utf8')).toBe('Django==5.2\n');
    expect([...(await readFile(join(home, 'stack.png')))]).toEqual([137, 80, 78, 71]);
  });

  it('Save with the handle of an export asks where to save instead of writing over the export', async () => {
    const { home, files, dialogs } = await setup();
    dialogs.chooseSavePath.mockResolvedValueOnce(join(home, 'requirements.txt'));
    const exported = await files.exportText({ suggestedName: 'requirements.txt', text: 'Django==5.2\n' });
    const saved = await files.saveDiagram({ handle: exported!.handle, suggestedName: 'x', text: '{}' });
    expect(saved).toBeNull();
    expect(dialogs.chooseSavePath).toHaveBeenLastCalledWith('diagram', 'x.djstack');
    expect(await readFile(join(home, 'requirements.txt'), 'utf8')).toBe('Django==5.2\n');
  });
});

describe('exporting a project skeleton', () => {
  const project = [
    { path: 'manage.py', content: 'print()\n' },
    { path: 'shop/settings.py', content: 'DEBUG = False\n' },
  ];

  it('writes every file into the chosen folder, creating sub-folders', async () => {
    const { home } = await setup();
    const folder = join(home, 'shop-project');
    const result = await (await setup({ folder })).files.exportProject({ suggestedName: 'shop', files: project });
    expect(result).toEqual({ ok: true, folder: expect.stringContaining('shop-project') });
    expect(await readFile(join(folder, 'shop', 'settings.py'), 'utf8')).toBe('DEBUG = False\n');
  });

  it('a folder with files in it is only written after the user agrees', async () => {
    const { home } = await setup();
    const folder = join(home, 'busy');
    await mkdir(folder);
    await writeFile(join(folder, 'notes.txt'), 'keep');
    const declined = await setup({ folder, replace: false });
    expect(await declined.files.exportProject({ suggestedName: 'shop', files: project })).toMatchObject({
      ok: false,
      folderNotEmpty: true,
    });
    expect(await readdir(folder)).toEqual(['notes.txt']);
    const agreed = await setup({ folder, replace: true });
    expect(await agreed.files.exportProject({ suggestedName: 'shop', files: project })).toMatchObject({ ok: true });
    expect((await readdir(folder)).sort()).toEqual(['manage.py', 'notes.txt', 'shop']);
  });

  it('declining main’s own "folder not empty" question writes nothing, and it is asked once', async () => {
    const { home } = await setup();
    const folder = join(home, 'again');
    await mkdir(folder);
    await writeFile(join(folder, 'manage.py'), 'old');
    const { files, dialogs } = await setup({ folder });
    dialogs.confirmReplaceInFolder.mockResolvedValueOnce(false);
    expect(await files.exportProject({ suggestedName: 'shop', files: project })).toMatchObject({
      ok: false,
      folderNotEmpty: true,
    });
    expect(dialogs.confirmReplaceInFolder).toHaveBeenCalledTimes(1);
    expect(await readFile(join(folder, 'manage.py'), 'utf8')).toBe('old');
  });

  it('a path escaping the folder writes nothing at all', async () => {
    const { home } = await setup();
    const folder = join(home, 'safe');
    const { files } = await setup({ folder });
    const result = await files.exportProject({
      suggestedName: 'shop',
      files: [...project, { path: '../escape.py', content: 'x' }],
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('../escape.py') });
    await expect(readdir(folder)).rejects.toThrow();
  });
});
