/**
 * The project skeleton as one ZIP, for hosts that cannot write a folder (the browser): the same
 * files with the same bytes (UTF-8) as the desktop's folder export, under one top folder named
 * after the project so that unpacking does not spill files into the downloads folder.
 */
import { zipSync, type Zippable } from 'fflate';
import type { ProjectFile } from '../../../core/host/contract';

/** Unix modes kept in the archive, as the CLI sets them: the secret is private, manage.py runs. */
const MODES: Record<string, number> = { '.env': 0o600, 'manage.py': 0o755 };
const DEFAULT_MODE = 0o644;
/** Made-by "Unix" in the ZIP header, so that unzip applies the modes. */
const UNIX = 3;

/** A ZIP of `files` under `folder/`; throws when a path could escape the folder. */
export function projectZip(folder: string, files: readonly ProjectFile[], modified = new Date()): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Zippable = {};
  for (const file of files) {
    const parts = file.path.split('/');
    if (file.path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..'))
      throw new Error(`"${file.path}" is not a path inside the project folder`);
    const mode = MODES[file.path] ?? DEFAULT_MODE;
    // 0o100000: a regular file, in the high half of the external attributes.
    entries[`${folder}/${file.path}`] = [
      encoder.encode(file.content),
      { os: UNIX, attrs: ((0o100000 | mode) << 16) >>> 0, mtime: modified },
    ];
  }
  return zipSync(entries, { level: 6 });
}
