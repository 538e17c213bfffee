/**
 * Writes an exported project into the folder the user chose, and nowhere else (the desktop's
 * File > Export > New Django project and `djstack export`). Every check runs before the first
 * byte is written: only the generated file names, a total-size cap, the folder's real path, no
 * symbolic link on the way (a `manage.py` or `shop/` linked outside is refused, not followed).
 * Files are replaced by the durable writer's rename, which swaps the folder entry: a hard link to
 * a file outside keeps its old content.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { writeAtomic } from './atomic-write';

/** The most an export may write in total (a generated project is a few tens of KB). */
export const PROJECT_MAX_BYTES = 8 * 1024 * 1024;

const TOP_FILES = new Set([
  'manage.py',
  'requirements.txt',
  '.env',
  '.env.example',
  '.gitignore',
  'docker-compose.yml',
  'README.md',
]);
const PACKAGE_FILES = new Set([
  '__init__.py',
  'settings.py',
  'stack_settings.py',
  'urls.py',
  'wsgi.py',
  'asgi.py',
  'celery.py',
]);
const PACKAGE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;

/** Why a project cannot be written; the message names the file and says nothing was written. */
export class ProjectWriteRefused extends Error {}

export interface ProjectFileToWrite {
  path: string;
  content: string;
}

/** True for a path the exporter generates: a top-level file, or one file of the project package. */
export function isGeneratedProjectPath(path: string): boolean {
  const parts = path.split('/');
  if (parts.length === 1) return TOP_FILES.has(parts[0]!);
  return parts.length === 2 && PACKAGE_NAME.test(parts[0]!) && PACKAGE_FILES.has(parts[1]!);
}

function modeOf(path: string): number | undefined {
  // The .env holds the secret key: readable by its owner only; manage.py runs as a script.
  if (path === '.env') return 0o600;
  if (path === 'manage.py') return 0o755;
  return undefined;
}

/** lstat, or null when nothing is there. */
async function entryAt(path: string): Promise<Awaited<ReturnType<typeof lstat>> | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
}

/**
 * Writes `files` under `folder` (created when missing). Throws ProjectWriteRefused, before
 * writing anything, for a name the exporter does not generate, a project over the size cap, or a
 * symbolic link where a file or the package folder goes; file-system errors are thrown as they are.
 */
export async function writeProjectFiles(folder: string, files: readonly ProjectFileToWrite[]): Promise<void> {
  let total = 0;
  const seen = new Set<string>();
  for (const file of files) {
    if (!isGeneratedProjectPath(file.path))
      throw new ProjectWriteRefused(
        `"${file.path.slice(0, 80)}" is not a file the export generates; nothing was written.`,
      );
    if (seen.has(file.path)) throw new ProjectWriteRefused(`"${file.path}" is listed twice; nothing was written.`);
    seen.add(file.path);
    total += new TextEncoder().encode(file.content).byteLength;
  }
  if (total > PROJECT_MAX_BYTES)
    throw new ProjectWriteRefused(
      `The project is ${total} bytes, over the ${PROJECT_MAX_BYTES}-byte cap; nothing was written.`,
    );

  await mkdir(folder, { recursive: true });
  const root = await realpath(folder);
  const targets: { path: string; file: ProjectFileToWrite }[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    if (parts.length === 2) {
      const dir = await entryAt(join(root, parts[0]!));
      if (dir && (dir.isSymbolicLink() || !dir.isDirectory()))
        throw new ProjectWriteRefused(
          `"${parts[0]}" in the folder is ${dir.isSymbolicLink() ? 'a symbolic link' : 'not a folder'}; nothing was written.`,
        );
    }
    const path = join(root, ...parts);
    const entry = await entryAt(path);
    if (entry && (entry.isSymbolicLink() || !entry.isFile()))
      throw new ProjectWriteRefused(
        `"${file.path}" in the folder is ${entry.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; nothing was written.`,
      );
    targets.push({ path, file });
  }
  for (const { path, file } of targets) {
    await mkdir(dirname(path), { recursive: true });
    // The folder may have changed since the checks: its real path must still be inside.
    if (!inside(root, await realpath(dirname(path))))
      throw new ProjectWriteRefused(`"${file.path}" would leave the chosen folder; the export stopped there.`);
    const mode = modeOf(file.path);
    await writeAtomic(path, file.content, mode === undefined ? {} : { mode });
  }
}
