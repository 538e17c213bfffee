/**
 * "Update package data…" in the desktop app: the refresh runs here, in main (the renderer's
 * session may not reach the network), reading with Node's fetch; progress goes to the window;
 * Cancel aborts it; the new cache is written with the durable atomic writer to
 * `package-data.json` in the data folder (the file the CLI reads too), or nothing is written.
 * Electron itself is injected, so all of this is tested in Node.
 */
import { join } from 'node:path';
import type { PackageDataProgress, PackageDataRefreshOutcome } from '../../core/host/contract';
import type { FetchLike, HttpPolicy } from '../../core/refresh/http';
import { refreshPackageData } from '../../core/refresh/package-data';
import { ReadRefused, readBounded } from './bounded-read';

/** The file name the CLI uses too (cli/data-folder.ts), so a refresh in one serves the other. */
export const PACKAGE_DATA_FILE = 'package-data.json';
/** A cache of 2,000 packages with their releases stays well below this. */
export const MAX_PACKAGE_DATA_BYTES = 64 * 1024 * 1024;

export interface PackageDataDeps {
  /** The data folder (Electron's userData). */
  folder: string;
  fetch: FetchLike;
  /** The durable atomic writer (atomic-write.ts). */
  write: (path: string, text: string) => Promise<void>;
  read?: (path: string, maxBytes: number) => Promise<Uint8Array>;
  /** Sends progress to the window. */
  progress: (progress: PackageDataProgress) => void;
  policy?: Partial<HttpPolicy>;
  now?: () => Date;
}

export interface PackageDataService {
  read(): Promise<string | null>;
  refresh(request: { indexUrl: string; names: string[] }): Promise<PackageDataRefreshOutcome>;
  cancel(): void;
}

/** The handlers behind the package data channels. */
export function packageDataService(deps: PackageDataDeps): PackageDataService {
  const path = join(deps.folder, PACKAGE_DATA_FILE);
  const read = deps.read ?? readBounded;
  let running: AbortController | null = null;

  const readText = async (): Promise<string | null> => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(await read(path, MAX_PACKAGE_DATA_BYTES));
    } catch (error) {
      // Absent, unreadable or not text: the bundled data is the default, and a refresh starts afresh.
      if (error instanceof ReadRefused || (error as NodeJS.ErrnoException).code || error instanceof TypeError)
        return null;
      throw error;
    }
  };

  return {
    read: readText,
    async refresh({ indexUrl, names }) {
      if (running) return { ok: false, error: 'An update of the package data is already running.', cancelled: false };
      const controller = new AbortController();
      running = controller;
      try {
        const outcome = await refreshPackageData({
          indexUrl,
          names,
          fetch: deps.fetch,
          previousText: await readText(),
          onProgress: deps.progress,
          signal: controller.signal,
          policy: deps.policy,
          now: deps.now,
        });
        if (!outcome.ok) return outcome;
        if (controller.signal.aborted)
          return { ok: false, error: 'The update was cancelled. The package data is unchanged.', cancelled: true };
        try {
          await deps.write(path, outcome.cacheText);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
          return {
            ok: false,
            error: `The package data could not be saved in ${deps.folder} (${code}). It is unchanged.`,
            cancelled: false,
          };
        }
        return outcome;
      } finally {
        running = null;
      }
    },
    cancel() {
      running?.abort(new Error('cancelled'));
    },
  };
}
