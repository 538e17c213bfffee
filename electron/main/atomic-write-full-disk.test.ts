import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeWriterFs, writeAtomic, type WriterFs } from './atomic-write';

const OLD = '{"old": "diagram"}\n';
const NEW = `${JSON.stringify({ nodes: Array.from({ length: 2000 }, (_, i) => ({ id: `node-${i}` })) })}\n`;

async function folderWithOld(): Promise<{ folder: string; file: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'djstack-full-'));
  const file = join(folder, 'stack.djstack');
  await writeFile(file, OLD);
  return { folder, file };
}

/** Node's file system, but each write takes at most `chunk` bytes and the disk holds `capacity`. */
function smallDisk(capacity: number, chunk: number): WriterFs {
  let used = 0;
  return {
    ...nodeWriterFs,
    write: async (fd, buffer, offset, length) => {
      const room = Math.min(chunk, length, capacity - used);
      if (room <= 0) {
        const error: NodeJS.ErrnoException = new Error('ENOSPC: no space left on device');
        error.code = 'ENOSPC';
        throw error;
      }
      used += room;
      return nodeWriterFs.write(fd, buffer, offset, room);
    },
  };
}

describe('saving on a nearly full disk', () => {
  it('loops over short writes until every byte is on disk', async () => {
    const { folder, file } = await folderWithOld();
    await writeAtomic(file, NEW, { fs: smallDisk(Infinity, 4096) });
    expect(await readFile(file, 'utf8')).toBe(NEW);
    expect(await readdir(folder)).toEqual(['stack.djstack']);
  });

  it('fails with ENOSPC, keeps the old file whole and leaves no temporary file', async () => {
    const { folder, file } = await folderWithOld();
    await expect(writeAtomic(file, NEW, { fs: smallDisk(12_288, 4096) })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe(OLD);
    expect(await readdir(folder)).toEqual(['stack.djstack']);
  });

  it('treats a write that makes no progress as a full disk instead of looping forever', async () => {
    const { folder, file } = await folderWithOld();
    const stuck: WriterFs = { ...nodeWriterFs, write: async () => 0 };
    await expect(writeAtomic(file, NEW, { fs: stuck })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe(OLD);
    expect(await readdir(folder)).toEqual(['stack.djstack']);
  });

  it('keeps the old file when the fsync or the rename fails', async () => {
    for (const broken of ['fsync', 'rename'] as const) {
      const { folder, file } = await folderWithOld();
      const failing: WriterFs = {
        ...nodeWriterFs,
        [broken]: async () => {
          throw Object.assign(new Error(`${broken} failed`), { code: 'EIO' });
        },
      };
      await expect(writeAtomic(file, NEW, { fs: failing })).rejects.toMatchObject({ code: 'EIO' });
      expect(await readFile(file, 'utf8')).toBe(OLD);
      expect(await readdir(folder)).toEqual(['stack.djstack']);
    }
  });
});

/** A real 64 KB tmpfs when this process may mount one (root on Linux); otherwise null. */
function mountSmallTmpfs(folder: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Without a mountable tmpfs (not root, not Linux) the injected disk above covers the same case
// and this test is reported as skipped; as root on Linux (CI here) it runs on a real kernel.
const folder = mkdtempSync(join(tmpdir(), 'djstack-tmpfs-'));
const mounted = mountSmallTmpfs(folder);

describe('saving on a real 64 KB disk', () => {
  afterAll(async () => {
    if (mounted) execFileSync('umount', [folder]);
    await rm(folder, { recursive: true, force: true });
  });

  it.runIf(mounted)('a save larger than the free space fails and the saved diagram stays whole', async () => {
    const file = join(folder, 'stack.djstack');
    const old = `${JSON.stringify({ filler: 'x'.repeat(18_000) })}\n`;
    await writeAtomic(file, old);
    const big = `${JSON.stringify({ filler: 'y'.repeat(60_000) })}\n`;
    await expect(writeAtomic(file, big)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(file, 'utf8')).toBe(old);
    expect(await readdir(folder)).toEqual(['stack.djstack']);
  });
});
