/**
 * Bounded reads for every file the app and the CLI read from a user (diagrams, requirements files
 * and their `-r` includes). `stat().size` says 0 for /dev/zero and a FIFO blocks forever, so the
 * size is not trusted: only regular files are read, the file is opened non-blocking (a FIFO swapped
 * in after the check does not hang the open), and bytes are counted as they arrive.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Why a bounded read was refused; `code` is Node's errno code for other failures. */
export class ReadRefused extends Error {
  constructor(
    readonly reason: 'not-a-file' | 'too-large' | 'unreadable',
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 64 * 1024;

function kindOf(info: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function refuseNonFile(info: Parameters<typeof kindOf>[0] & { isFile(): boolean }): void {
  if (!info.isFile()) throw new ReadRefused('not-a-file', `${kindOf(info)}, not a regular file`);
}

function wrap(error: unknown): never {
  if (error instanceof ReadRefused) throw error;
  const code = (error as NodeJS.ErrnoException).code;
  throw new ReadRefused('unreadable', `cannot read the file (${code ?? 'error'})`, code);
}

function tooLarge(maxBytes: number): ReadRefused {
  return new ReadRefused('too-large', `larger than ${maxBytes} bytes`);
}

/** Joins chunks read so far into one array. */
function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/** The bytes of the regular file at `path`, at most `maxBytes` of them; throws ReadRefused otherwise. */
export function readBoundedSync(path: string, maxBytes: number): Uint8Array {
  try {
    refuseNonFile(statSync(path));
    const fd = openSync(path, FLAGS);
    try {
      refuseNonFile(fstatSync(fd));
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
        const got = readSync(fd, chunk, 0, chunk.byteLength, null);
        if (got === 0) break;
        total += got;
        if (total > maxBytes) throw tooLarge(maxBytes);
        chunks.push(chunk.subarray(0, got));
      }
      return concat(chunks, total);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return wrap(error);
  }
}

/** The async twin of readBoundedSync, for the main process. */
export async function readBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    refuseNonFile(await stat(path));
    const handle = await open(path, FLAGS);
    try {
      refuseNonFile(await handle.stat());
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const chunk = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) throw tooLarge(maxBytes);
        chunks.push(chunk.subarray(0, bytesRead));
      }
      return concat(chunks, total);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return wrap(error);
  }
}
