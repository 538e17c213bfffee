import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagram } from '../core/diagram/model';
import { parseDjstack } from '../core/format/djstack';
import { LIMITS } from '../core/format/limits';
import { UsageError } from './io';

/**
 * A file's bytes, or a one-line UsageError naming it as `shown`: `tooLarge` when it is over the
 * file-size limit, else why it cannot be read.
 */
function readBytes(path: string, shown: string, tooLarge: string): Uint8Array {
  try {
    if (statSync(path).size > LIMITS.fileBytes) throw new UsageError(`${shown}: ${tooLarge}`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${shown}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
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
