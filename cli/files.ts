import { resolve } from 'node:path';
import type { Diagram } from '../core/diagram/model';
import { parseDjstack } from '../core/format/djstack';
import { LIMITS } from '../core/format/limits';
import { readBoundedSync, ReadRefused } from '../electron/main/bounded-read';
import { writeAtomic } from '../electron/main/atomic-write';
import { fileSystemMessage, UsageError } from './io';

/**
 * A file's bytes, or a one-line UsageError naming it as `shown`: `tooLarge` when it is over the
 * file-size limit (counted while reading: devices report a size of 0), that it is not a regular
 * file (a device, FIFO or socket is never read), else why it cannot be read.
 */
function readBytes(path: string, shown: string, tooLarge: string): Uint8Array {
  try {
    return readBoundedSync(path, LIMITS.fileBytes);
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    if (error.reason === 'too-large') throw new UsageError(`${shown}: ${tooLarge}`);
    if (error.reason === 'not-a-file') throw new UsageError(`${shown}: ${error.message}; only files are read`);
    throw new UsageError(`${shown}: cannot read the file (${fileSystemMessage(error.code)})`);
  }
}

/**
 * Writes `data` to `path` with the durable writer (the old file stays whole on any failure), or
 * throws a one-line UsageError naming it as `shown`.
 */
export async function writeOutputFile(path: string, data: string, shown: string, mode?: number): Promise<void> {
  try {
    await writeAtomic(path, data, mode === undefined ? {} : { mode });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${shown}: not written (${fileSystemMessage(code)}); the file on disk was not changed`);
  }
}

/** A UTF-8 text file (a requirements file), or a one-line UsageError naming it (see readBytes). */
export function readTextFile(path: string, shown: string, tooLarge: string): string {
  const bytes = readBytes(path, shown, tooLarge);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${shown}: not UTF-8 text`);
  }
}

/** Reads and validates a `.djstack` file named on the command line, or throws a UsageError. */
export function readDiagramFile(cwd: string, file: string | undefined): Diagram {
  if (!file) throw new UsageError('missing the .djstack file to read');
  const bytes = readBytes(
    resolve(cwd, file),
    file,
    `larger than ${LIMITS.fileBytes / 1024 / 1024} MB, not a .djstack diagram`,
  );
  const result = parseDjstack(bytes);
  if (!result.ok) throw new UsageError(`${file}: ${result.error}`);
  return result.diagram;
}
