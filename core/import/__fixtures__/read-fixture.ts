/** Test helpers: the fixtures of this folder, read as the CLI reads them. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncludeReader } from '../requirements-file';

const HERE = dirname(fileURLToPath(import.meta.url));

/** A fixture's text. */
export function fixture(path: string): string {
  return readFileSync(join(HERE, path), 'utf8');
}

/** An include reader rooted at a fixture folder, as the CLI passes one. */
export function readerAt(folder: string): IncludeReader {
  return (path) => {
    try {
      return { text: readFileSync(join(HERE, folder, path), 'utf8') };
    } catch {
      return { error: 'no such file' };
    }
  };
}
