/**
 * File > Import… on the desktop: the chosen requirements, pyproject or lock file, and the
 * `-r`/`-c` files it names, read here so the renderer can follow includes as `djstack import`
 * does. Which includes to read is core's decision (its reader asks for each, refuses those that
 * leave the folder and counts files and bytes); this side only reads, and refuses an include
 * whose real path (a symlink) leaves the chosen file's folder, or that is not a regular file.
 */
import { realpathSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { OpenedDependencyFile } from '../../core/host/contract';
import { LIMITS } from '../../core/format/limits';
import { dependencyFileKind } from '../../core/import/pyproject';
import { readRequirementsFile } from '../../core/import/requirements-file';
import { readBoundedSync, ReadRefused } from './bounded-read';

function decode(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Why an include could not be read, in the words of the import warnings. */
function reason(error: unknown): string {
  if (error instanceof ReadRefused) {
    if (error.reason === 'not-a-file') return error.message;
    if (error.reason === 'too-large') return 'too large';
    if (error.code === 'ENOENT') return 'no such file';
    if (error.code === 'EACCES' || error.code === 'EPERM') return 'permission denied';
    return error.code ?? error.message;
  }
  if (error instanceof TypeError) return 'not UTF-8 text';
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code === 'ENOENT' ? 'no such file' : code || String(error);
}

/** Reads the file at `path` (which the user chose) and every include core's reader asks for. */
export function readDependencyFile(path: string): OpenedDependencyFile {
  const name = basename(path);
  const text = decode(readBoundedSync(path, LIMITS.fileBytes));
  const includes: OpenedDependencyFile['includes'] = {};
  // pyproject.toml and the lock files name no other files.
  if (dependencyFileKind(name)) return { name, text, includes };
  const folder = realpathSync(dirname(path));
  readRequirementsFile(text, {
    file: name,
    readInclude: (included) => {
      let answer: { text: string } | { error: string };
      try {
        const real = realpathSync(resolve(folder, included));
        const inside = relative(folder, real);
        if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || resolve(folder, inside) !== real)
          answer = { error: `its real path leaves the folder of ${name}` };
        else answer = { text: decode(readBoundedSync(real, LIMITS.fileBytes)) };
      } catch (error) {
        answer = { error: reason(error) };
      }
      includes[included] = answer;
      return answer;
    },
  });
  return { name, text, includes };
}
