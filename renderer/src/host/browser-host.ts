/**
 * HostApi for a plain browser (`npm run web`, the e2e tests): downloads for save and export
 * (Save As asks for the name first; a project is one ZIP), a file input for open, localStorage
 * for autosave. There is no native menu, so commands come
 * from the in-page menu bar; `emitCommand` lets it reach the same `onCommand` listeners.
 */
import { indexedDbRecovery, localStorageRecovery, type RecoveryStore } from './recovery-store';
export { AUTOSAVE_KEY } from './recovery-store';
import type { DocumentState, HostApi, MenuCommand, OpenedFile, Recovery, SavedFile } from '../../../core/host/contract';
import { browserPackageData } from './browser-package-data';
import { askFileName } from './name-dialog';

const APP_NAME = 'Django Stack Builder';

export interface BrowserHost extends HostApi {
  /** Delivers a command to the `onCommand` listeners (the in-page menu bar, tests). */
  emitCommand(command: MenuCommand): void;
}

type Listener<T> = (value: T) => void;

function listeners<T>() {
  const set = new Set<Listener<T>>();
  return {
    add(listener: Listener<T>): () => void {
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(value: T): void {
      for (const listener of set) listener(value);
    },
  };
}

/** Only https links from the catalog may leave the app. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A file name without path separators or control characters, with the wanted extension. */
export function safeFileName(name: string, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim();
  return cleaned.length > 0 ? cleaned.slice(0, 200) : fallback;
}

export interface BrowserHostEnvironment {
  document: Document;
  window: Window;
  storage: Storage | null;
  /** Where the recovery copy goes; default: IndexedDB where there is one, else `storage`. */
  recovery?: RecoveryStore;
  /** `recovery` is the IndexedDB store the text worker writes too (recovery-store.ts). */
  recoveryInWorker?: boolean;
}

function defaultEnvironment(): BrowserHostEnvironment {
  let storage: Storage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const fallback = localStorageRecovery(storage);
  const inWorker = typeof indexedDB !== 'undefined' && typeof Worker !== 'undefined';
  const recovery = typeof indexedDB === 'undefined' ? fallback : indexedDbRecovery(indexedDB, fallback);
  return { document, window, storage, recovery, recoveryInWorker: inWorker };
}

export function createBrowserHost(env: BrowserHostEnvironment = defaultEnvironment()): BrowserHost {
  const recovery = env.recovery ?? localStorageRecovery(env.storage);
  const commands = listeners<MenuCommand>();
  const openFiles = listeners<OpenedFile>();
  const fileChanges = listeners<string>();
  const closeRequests = listeners<void>();
  let dirty = false;

  env.window.addEventListener('beforeunload', (event) => {
    // The browser's own prompt is the only confirm a page may show while unloading.
    if (dirty) event.preventDefault();
  });

  function download(name: string, blob: Blob): SavedFile {
    const url = URL.createObjectURL(blob);
    const link = env.document.createElement('a');
    link.href = url;
    link.download = name;
    link.rel = 'noopener';
    link.style.display = 'none';
    env.document.body.append(link);
    link.click();
    link.remove();
    // The download has started once click() returns; revoke later so slow browsers still read it.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return { handle: `web:${name}`, name };
  }

  function saveText(suggestedName: string, text: string, fallback: string, type: string): Promise<SavedFile> {
    return Promise.resolve(download(safeFileName(suggestedName, fallback), new Blob([text], { type })));
  }

  function pickFile(accept = '.djstack,application/json,.json'): Promise<OpenedFile | null> {
    return new Promise((resolve) => {
      const input = env.document.createElement('input');
      input.type = 'file';
      input.accept = accept;
      input.style.display = 'none';
      env.document.body.append(input);
      const finish = (file: OpenedFile | null) => {
        input.remove();
        resolve(file);
      };
      input.addEventListener('cancel', () => finish(null));
      input.addEventListener('change', () => {
        const file = input.files?.[0];
        if (!file) return finish(null);
        file.text().then(
          (text) => finish({ handle: `web:${file.name}`, name: file.name, text }),
          () => finish(null),
        );
      });
      input.click();
    });
  }

  return {
    kind: 'web',
    openDiagram: () => pickFile(),
    // A page cannot read the files next to the one picked: includes are reported, not followed.
    openDependencyFile: async () => {
      const file = await pickFile('.txt,.in,.toml,.lock,Pipfile');
      return file ? { name: file.name, text: file.text, includes: {} } : null;
    },
    saveDiagram: ({ suggestedName, text }) => saveText(suggestedName, text, 'stack.djstack', 'application/json'),
    saveDiagramAs: async ({ suggestedName, text }) => {
      const name = await askFileName(env.document, {
        title: 'Save As',
        label: 'File name',
        suggested: suggestedName,
        action: 'Save',
      });
      if (name === null) return null;
      return saveText(/\.djstack$/i.test(name) ? name : `${name}.djstack`, text, 'stack.djstack', 'application/json');
    },
    exportText: ({ suggestedName, text }) => saveText(suggestedName, text, 'export.txt', 'text/plain'),
    exportBinary: ({ suggestedName, data }) =>
      Promise.resolve(download(safeFileName(suggestedName, 'export.png'), new Blob([data as Uint8Array<ArrayBuffer>]))),
    exportProject: async ({ suggestedName, files }) => {
      // A browser cannot write a folder: the same files, with the same bytes, in one ZIP.
      const folder = safeFileName(suggestedName, 'project');
      try {
        const { projectZip } = await import('../export/project-zip');
        const zip = projectZip(folder, files);
        const saved = download(
          `${folder}.zip`,
          new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
        );
        return { ok: true, folder: saved.name };
      } catch (error) {
        return { ok: false, error: `${(error as Error).message}; nothing was downloaded.` };
      }
    },
    openRecent: async () => ({ error: 'A browser cannot reopen a file by itself: use File > Open.' }),
    listRecent: async () => [],
    reload: async () => ({ error: 'A browser cannot re-read a file: use File > Open.' }),
    setDocumentState: (state: DocumentState) => {
      dirty = state.dirty;
      env.document.title = `${state.dirty ? '• ' : ''}${state.name} — ${APP_NAME}`;
    },
    writeAutosave: async (text, name) => {
      await recovery.write({ text, name, savedAt: new Date().toISOString() });
    },
    recoveryInWorker: env.recoveryInWorker === true,
    readRecovery: async () => {
      const value = (await recovery.read()) as Partial<Recovery> | null;
      if (!value || typeof value !== 'object') return null;
      if (typeof value.text !== 'string' || typeof value.savedAt !== 'string') return null;
      return { text: value.text, savedAt: value.savedAt, name: typeof value.name === 'string' ? value.name : null };
    },
    clearAutosave: () => recovery.clear(),
    openExternal: (url) => {
      if (isSafeExternalUrl(url)) env.window.open(url, '_blank', 'noopener,noreferrer');
    },
    onCommand: commands.add,
    onOpenFile: openFiles.add,
    onFileChanged: fileChanges.add,
    onCloseRequest: closeRequests.add,
    confirmClose: () => {
      // A page cannot close its own tab; the beforeunload prompt covers unsaved changes.
    },
    ...browserPackageData(env.storage),
    emitCommand: commands.emit,
  };
}
