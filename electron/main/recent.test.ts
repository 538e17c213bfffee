import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HandleRegistry } from './handles';
import { MAX_RECENT, RecentFiles, recentForRenderer } from './recent';

async function recentList() {
  const file = join(await mkdtemp(join(tmpdir(), 'djstack-recent-')), 'recent-files.json');
  const os = { add: vi.fn(), clear: vi.fn() };
  const onChange = vi.fn();
  return { file, os, onChange, recent: new RecentFiles({ file, os, onChange }) };
}

describe('recent files', () => {
  it('most recent first, no duplicates, mirrored to the OS, and the menu is rebuilt', async () => {
    const { recent, os, onChange } = await recentList();
    recent.add('/code/a.djstack');
    recent.add('/code/b.djstack');
    recent.add('/code/a.djstack');
    expect(recent.list()).toEqual(['/code/a.djstack', '/code/b.djstack']);
    expect(os.add).toHaveBeenLastCalledWith('/code/a.djstack');
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it(`keeps at most ${MAX_RECENT}`, async () => {
    const { recent } = await recentList();
    for (let i = 0; i < MAX_RECENT + 5; i++) recent.add(`/code/${i}.djstack`);
    expect(recent.list()).toHaveLength(MAX_RECENT);
    expect(recent.list()[0]).toBe(`/code/${MAX_RECENT + 4}.djstack`);
  });

  it('survives a restart through the data folder', async () => {
    const { recent, file, os, onChange } = await recentList();
    recent.add('/code/a.djstack');
    recent.add('/code/b.djstack');
    recent.remove('/code/a.djstack');
    await recent.flushed();
    const restarted = new RecentFiles({ file, os, onChange });
    await restarted.load();
    expect(restarted.list()).toEqual(['/code/b.djstack']);
  });

  it('Clear Menu empties the list and the OS list', async () => {
    const { recent, os, file } = await recentList();
    recent.add('/code/a.djstack');
    recent.clear();
    await recent.flushed();
    expect(recent.list()).toEqual([]);
    expect(os.clear).toHaveBeenCalledOnce();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, paths: [] });
  });

  it('a damaged or hand-edited list is ignored, relative paths are dropped', async () => {
    const { recent, file } = await recentList();
    await writeFile(file, JSON.stringify({ version: 1, paths: ['relative.djstack', '/abs/ok.djstack'] }));
    await recent.load();
    expect(recent.list()).toEqual(['/abs/ok.djstack']);
    await writeFile(file, '{ not json');
    await recent.load();
    expect(recent.list()).toEqual([]);
  });

  it('the renderer gets handles, names and a display location, never the path', () => {
    const handles = new HandleRegistry();
    const list = recentForRenderer(['/home/ada/code/shop/shop.djstack'], handles, '/home/ada');
    expect(list).toEqual([{ handle: expect.stringMatching(/^h_/), name: 'shop.djstack', location: '~/code/shop' }]);
    expect(handles.pathOf(list[0]!.handle)).toBe('/home/ada/code/shop/shop.djstack');
  });
});
