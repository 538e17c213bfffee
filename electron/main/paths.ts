/** Small pure helpers for showing and naming paths. */
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export const DIAGRAM_EXTENSION = '.djstack';

/** "~/code/shop" for a folder under the home folder, the absolute path otherwise. */
export function displayLocation(folder: string, home: string): string {
  const rel = relative(home, folder);
  if (rel === '') return '~';
  if (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel)) return `~${sep}${rel}`;
  return folder;
}

/** The name and location of a file, for messages and the recent list. */
export function describePath(path: string, home: string): { name: string; location: string } {
  return { name: basename(path), location: displayLocation(dirname(path), home) };
}

/** Adds `.djstack` when a save dialog returned a name without it (GTK dialogs do not add it). */
export function withDiagramExtension(path: string): string {
  return path.toLowerCase().endsWith(DIAGRAM_EXTENSION) ? path : `${path}${DIAGRAM_EXTENSION}`;
}

/**
 * Joins a validated relative project path onto `folder` and proves the result stays inside it;
 * null when it would escape (a defence in depth behind the IPC schema).
 */
export function resolveInside(folder: string, relativePath: string): string | null {
  const root = resolve(folder);
  const target = resolve(join(root, ...relativePath.split('/')));
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || resolve(root, rel) !== target) return null;
  return target;
}
