/**
 * At start: the package data an earlier refresh kept is laid over the bundled catalog (where
 * newer), and nodes on packages known only by their metadata become library packages. A kept
 * cache that cannot be used is ignored with one message; the bundled data still works.
 */
import { applyPackageData, watchLibraryPackages } from '../store/catalog';
import { useUiStore } from '../store/ui-store';
import { getHost } from './host';

/** Starts both; returns the function that stops watching. */
export function startPackageData(): () => void {
  const stop = watchLibraryPackages();
  void getHost()
    .readPackageData()
    .then((text) => {
      if (text === null) return;
      const applied = applyPackageData(text);
      if (!applied.ok)
        useUiStore
          .getState()
          .showStatus(`The kept package data is ignored (${applied.reason}); using the bundled data.`, 'error');
    })
    .catch(() => {
      // No readable package data: the bundled snapshot is the default.
    });
  return stop;
}
