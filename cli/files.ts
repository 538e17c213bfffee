import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagram } from '../core/diagram/model';
import { parseDjstack } from '../core/format/djstack';
import { LIMITS } from '../core/format/limits';
import { UsageError } from './io';

/** Reads and validates a `.djstack` file named on the command line, or throws a UsageError. */
export function readDiagramFile(cwd: string, file: string | undefined): Diagram {
  if (!file) throw new UsageError('missing the .djstack file to read');
  const path = resolve(cwd, file);
  let bytes: Uint8Array;
  try {
    if (statSync(path).size > LIMITS.fileBytes) {
      throw new UsageError(`${file}: larger than ${LIMITS.fileBytes / 1024 / 1024} MB, not a .djstack diagram`);
    }
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const result = parseDjstack(bytes);
  if (!result.ok) throw new UsageError(`${file}: ${result.error}`);
  return result.diagram;
}
