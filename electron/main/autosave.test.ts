import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Autosave } from './autosave';

async function autosaveIn() {
  const folder = join(await mkdtemp(join(tmpdir(), 'djstack-userdata-')), 'autosave');
  return { folder, autosave: new Autosave(folder, () => new Date('2026-11-23T10:00:00.000Z')) };
}

describe('autosave and recovery', () => {
  it('nothing to recover on a first start', async () => {
    const { autosave } = await autosaveIn();
    expect(await autosave.read()).toBeNull();
  });

  it('after a crash the next start gets the unsaved changes back with their time and file name', async () => {
    const { folder } = await autosaveIn();
    await new Autosave(folder, () => new Date('2026-11-23T10:00:00.000Z')).write(
      '{"format":"djstack"}',
      'shop.djstack',
    );
    // A new process: nothing shared but the data folder.
    const nextStart = new Autosave(folder);
    expect(await nextStart.read()).toEqual({
      text: '{"format":"djstack"}',
      savedAt: '2026-11-23T10:00:00.000Z',
      name: 'shop.djstack',
    });
  });

  it('the latest autosave wins and clearing it (after a save or a discard) leaves nothing to recover', async () => {
    const { autosave } = await autosaveIn();
    await autosave.write('first', null);
    await autosave.write('second', null);
    expect((await autosave.read())?.text).toBe('second');
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
    await autosave.clear();
  });

  it('a damaged autosave is moved aside, not deleted, and not offered', async () => {
    const { folder, autosave } = await autosaveIn();
    await autosave.write('ok', null);
    await writeFile(join(folder, 'unsaved-changes.json'), '{"version":1,"text":"trunc');
    expect(await autosave.read()).toBeNull();
    expect(await readdir(folder)).toEqual([
      `unsaved-changes.damaged-${new Date('2026-11-23T10:00:00.000Z').getTime()}.json`,
    ]);
  });
});
