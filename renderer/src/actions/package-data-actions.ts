/**
 * Package data commands: "Update package data…" (a refresh from PyPI or a mirror, with
 * progress and cancel; the result replaces the catalog, so every verdict is computed again) and
 * "Add package by name…" (any PyPI name becomes a node, checked on its metadata when known).
 * The dialogs only collect the value and dispatch these with it.
 */
import { normalizePackageName } from '../../../core/catalog/catalog';
import { packageDataNames } from '../../../core/refresh/package-data';
import { getHost } from '../host/host';
import { applyPackageData, catalog, ensureLibraryPackages } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { addPackage, freeSpot } from '../store/edits';
import { rememberIndexUrl, usePackageDataStore } from '../store/package-data-store';
import { viewCentre } from '../store/place';
import { useUiStore } from '../store/ui-store';
import type { Action } from './types';

declare module './diagram-actions' {
  interface DiagramActionArgs {
    /** `name`: a PyPI project name as the user typed it. */
    'diagram.addPackageByName': { name: string };
    /** Reads every package's release layer from the index at `indexUrl`. */
    'data.refreshPackageData': { indexUrl: string };
    /** Stops the running refresh (the dialog's Cancel). */
    'data.cancelPackageDataRefresh': Record<string, never>;
  }
}

/** A PEP 508 project name (letters, digits, ".", "_", "-"; starts and ends with a letter or digit). */
const PROJECT_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/i;

/** A typed name, checked and normalised (PEP 503) with core's normaliser, or why it is not a name. */
export function checkPackageName(typed: string): { ok: true; name: string } | { ok: false; error: string } {
  const trimmed = typed.trim();
  if (trimmed === '') return { ok: false, error: 'Type the name of a package on PyPI.' };
  if (!PROJECT_NAME.test(trimmed))
    return {
      ok: false,
      error:
        'A package name has letters, digits, “.”, “_” and “-” only, starts and ends with a letter or digit, and has at most 100 characters.',
    };
  return { ok: true, name: normalizePackageName(trimmed) };
}

function addPackageByName({ name: typed }: { name: string }): void {
  const checked = checkPackageName(typed);
  const ui = useUiStore.getState();
  if (!checked.ok) {
    ui.showStatus(checked.error, 'error');
    return;
  }
  const name = catalog.get(checked.name)?.name ?? checked.name;
  const known = ensureLibraryPackages([name]).has(name);
  let id = '';
  useDiagramStore.getState().setDiagram((diagram) => {
    const result = addPackage(diagram, name, freeSpot(diagram, name, viewCentre()));
    id = result.id;
    return result.diagram;
  });
  ui.select({ nodes: [id], edges: [] });
  ui.showStatus(
    known
      ? `Added ${catalog.get(name)?.title ?? name}.`
      : `Added ${name}. No metadata is known for it: it is kept as written, but not checked (Update package data… reads it).`,
    known ? 'success' : 'info',
  );
}

async function refreshPackageData({ indexUrl }: { indexUrl: string }): Promise<void> {
  const store = usePackageDataStore;
  if (store.getState().running) return;
  rememberIndexUrl(indexUrl);
  store.setState({ running: true, progress: null, error: null });
  const extra = useDiagramStore.getState().diagram.nodes.map((node) => node.package);
  try {
    const outcome = await getHost().refreshPackageData(
      { indexUrl, names: packageDataNames(catalog, extra) },
      (progress) => store.setState({ progress }),
    );
    if (!outcome.ok) {
      store.setState({ running: false, error: outcome.cancelled ? null : outcome.error });
      useUiStore.getState().showStatus(outcome.error, outcome.cancelled ? 'info' : 'error');
      return;
    }
    const applied = applyPackageData(outcome.cacheText);
    if (!applied.ok) {
      store.setState({ running: false, error: `The new package data cannot be used: ${applied.reason}.` });
      return;
    }
    store.setState({ running: false, dialog: 'none' });
    const failed = outcome.failures.length;
    useUiStore.getState().showStatus(
      `Package data updated: ${outcome.refreshed} package${outcome.refreshed === 1 ? '' : 's'} read${
        failed
          ? `, ${failed} not found or unreadable (${outcome.failures
              .slice(0, 3)
              .map((f) => f.name)
              .join(', ')}${failed > 3 ? ', …' : ''})`
          : ''
      }.`,
      'success',
    );
  } catch (error) {
    const message = `The package data could not be updated (${(error as Error).message}). It is unchanged.`;
    store.setState({ running: false, error: message });
    useUiStore.getState().showStatus(message, 'error');
  }
}

export const packageDataActions: Action[] = [
  {
    id: 'data.updatePackageData',
    label: 'Update package data…',
    group: 'File',
    undoable: false,
    perform: () => usePackageDataStore.setState({ dialog: 'update', error: null }),
  },
  {
    id: 'data.addPackageByName',
    label: 'Add package by name…',
    group: 'File',
    undoable: false,
    perform: () => usePackageDataStore.setState({ dialog: 'add-by-name' }),
  },
  {
    id: 'data.refreshPackageData',
    label: 'Refresh package data',
    group: 'File',
    undoable: false,
    takesArguments: true,
    enabled: () => !usePackageDataStore.getState().running,
    perform: refreshPackageData,
  },
  {
    id: 'data.cancelPackageDataRefresh',
    label: 'Cancel the package data update',
    group: 'File',
    undoable: false,
    takesArguments: true,
    enabled: () => usePackageDataStore.getState().running,
    perform: () => getHost().cancelPackageDataRefresh(),
  },
  {
    id: 'diagram.addPackageByName',
    label: 'Add package by name',
    group: 'Edit',
    undoable: true,
    takesArguments: true,
    perform: addPackageByName,
  },
];
