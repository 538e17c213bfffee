/**
 * The one durable writer for every file the app and the CLI write (diagrams, autosave, recent
 * list, window state, exports, `import -o`). The data goes to a temporary file in the same
 * folder; every byte is checked written (a write may be short on a nearly full disk), the file is
 * fsynced, renamed over the target, and the folder is fsynced so that the rename itself survives a
 * power cut. On any error the temporary file is removed, the original is left as it was and the
 * error is thrown: callers report it and keep the document dirty.
 *
 * write-file-atomic 7 did one `fs.write` without looking at the count it returned, so a full disk
 * turned a save into a truncated file that was reported as saved; this file replaces it.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';

/** The file-system calls the writer makes, injectable so a test can return short writes or ENOSPC. */
export interface WriterFs {
  open(path: string, flags: string, mode: number): Promise<number>;
  /** Writes from `buffer[offset, offset+length)`; resolves with how many bytes were written. */
  write(fd: number, buffer: Uint8Array, offset: number, length: number): Promise<number>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** What is at `path` now (its mode bits are kept on replace), or null when nothing is. */
  existing(path: string): Promise<{ mode: number; regular: boolean } | null>;
}

const fsOpen = promisify(fs.open);
const fsWrite = promisify(fs.write);
const fsFsync = promisify(fs.fsync);
const fsClose = promisify(fs.close);

/** Node's own file system. */
export const nodeWriterFs: WriterFs = {
  open: (path, flags, mode) => fsOpen(path, flags, mode),
  write: async (fd, buffer, offset, length) => (await fsWrite(fd, buffer, offset, length, null)).bytesWritten,
  fsync: (fd) => fsFsync(fd),
  close: (fd) => fsClose(fd),
  rename: (from, to) => fs.promises.rename(from, to),
  unlink: (path) => fs.promises.unlink(path),
  existing: async (path) => {
    try {
      const found = await fs.promises.stat(path);
      return { mode: found.mode & 0o7777, regular: found.isFile() };
    } catch {
      return null;
    }
  },
};

export interface WriteOptions {
  /** Mode bits of the written file; default: the replaced file's, else 0o666 less the umask. */
  mode?: number;
  fs?: WriterFs;
}

/** Temporary files are named `.<target>.djstack-tmp-<pid>-<random>`, so a later start can find them. */
const TEMP_PATTERN = /^\.(.+)\.djstack-tmp-(\d+)-[0-9a-f]{12}$/;

/** The temporary file name for `target`, in the same folder (a rename across disks is not atomic). */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.djstack-tmp-${process.pid}-${randomBytes(6).toString('hex')}`);
}

/** An error a writer made up (a write that made no progress), shaped like Node's. */
function noProgress(): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error('the disk accepted no more bytes');
  error.code = 'ENOSPC';
  return error;
}

/** Writes all of `bytes`, looping on short writes; a write of zero bytes is a full disk. */
async function writeAll(io: WriterFs, fd: number, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const written = await io.write(fd, bytes, offset, bytes.byteLength - offset);
    if (!Number.isInteger(written) || written <= 0) throw noProgress();
    offset += written;
  }
}

/** Makes the rename durable; folders cannot be opened for fsync on Windows, where NTFS journals it. */
async function fsyncFolder(io: WriterFs, folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const fd = await io.open(folder, 'r', 0);
  try {
    await io.fsync(fd);
  } finally {
    await io.close(fd);
  }
}

/** Replaces `path` with `data` durably (temp file, full write, fsync, rename, folder fsync), or throws leaving `path` untouched. */
export async function writeAtomic(path: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const io = options.fs ?? nodeWriterFs;
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const existing = await io.existing(path);
  // The rename would put a file where a device, FIFO, socket or folder is (`-o /dev/full`).
  if (existing && !existing.regular)
    throw Object.assign(new Error(`${path} is not a regular file; it was not replaced`), {
      code: 'ENOTREG',
      syscall: 'stat',
    });
  const mode = options.mode ?? existing?.mode ?? 0o666;
  const temp = tempPathFor(path);
  // 'wx': the temporary name is new; never open (and truncate) something already there.
  const fd = await io.open(temp, 'wx', mode);
  let open = true;
  try {
    await writeAll(io, fd, bytes);
    await io.fsync(fd);
    open = false;
    await io.close(fd);
    await io.rename(temp, path);
  } catch (error) {
    if (open) await io.close(fd).catch(() => undefined);
    await io.unlink(temp).catch(() => undefined);
    throw error;
  }
  await fsyncFolder(io, dirname(path));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temporary files a killed writer left in `folder` (its process is gone). Run on start
 * for the app's data folder and the folders of recent diagrams, and before a write to a folder.
 * Returns the names removed.
 */
export async function removeStaleTemps(
  folder: string,
  alive: (pid: number) => boolean = processAlive,
): Promise<string[]> {
  let names: string[];
  try {
    names = await fs.promises.readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid === process.pid || alive(pid)) continue;
    try {
      const info = await fs.promises.lstat(join(folder, name));
      if (!info.isFile()) continue;
      await fs.promises.unlink(join(folder, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: nothing to clean.
    }
  }
  return removed;
}
