/**
 * "Update package data…" in a browser: the refresh runs in the page with core's reader against
 * the index URL the user gave (the page's CSP allows only its own origin, so a browser build
 * reads an index served or proxied there), and the new cache is kept in localStorage. Storage
 * that is full or disabled keeps the data for this session only and says so.
 */
import type { HostApi } from '../../../core/host/contract';
import { refreshPackageData } from '../../../core/refresh/package-data';

export const PACKAGE_DATA_KEY = 'django-stack-builder.package-data';

type PackageDataHost = Pick<HostApi, 'readPackageData' | 'refreshPackageData' | 'cancelPackageDataRefresh'>;

/** The package data half of the browser host, kept in `storage`. */
export function browserPackageData(storage: Storage | null, fetchImpl: typeof fetch = fetch): PackageDataHost {
  let running: AbortController | null = null;
  let session: string | null = null;
  const read = (): string | null => {
    try {
      return storage?.getItem(PACKAGE_DATA_KEY) ?? session;
    } catch {
      return session;
    }
  };
  return {
    readPackageData: async () => read(),
    refreshPackageData: async ({ indexUrl, names }, onProgress) => {
      if (running) return { ok: false, error: 'An update of the package data is already running.', cancelled: false };
      const controller = new AbortController();
      running = controller;
      try {
        const outcome = await refreshPackageData({
          indexUrl,
          names,
          fetch: (url, init) => fetchImpl(url, init),
          previousText: read(),
          onProgress,
          signal: controller.signal,
        });
        if (outcome.ok) {
          session = outcome.cacheText;
          try {
            storage?.setItem(PACKAGE_DATA_KEY, outcome.cacheText);
          } catch {
            // Full or disabled storage: the data serves this session and is read again next time.
          }
        }
        return outcome;
      } finally {
        running = null;
      }
    },
    cancelPackageDataRefresh: () => running?.abort(new Error('cancelled')),
  };
}
