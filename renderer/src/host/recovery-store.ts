/**
 * Where the web build keeps its recovery copy (the desktop app writes a file). IndexedDB writes
 * asynchronously, off the UI thread: localStorage.setItem of a 5,000-node diagram's text held
 * the UI thread for 70–130 ms on every autosave. localStorage stays the fallback where there is
 * no IndexedDB (and is read once, for a copy an older version left there). The text worker
 * writes a large diagram's copy itself, so its text never crosses to the UI thread.
 */
import type { Recovery } from '../../../core/host/contract';

export interface RecoveryStore {
  /** Whether the copy was stored (storage full, disabled or gone: not). */
  write(recovery: Recovery): Promise<boolean>;
  /** What is stored, unchecked (the host checks its shape), or null. */
  read(): Promise<unknown>;
  clear(): Promise<void>;
}

export const AUTOSAVE_KEY = 'django-stack-builder.autosave';
const DATABASE = 'django-stack-builder';
const STORE = 'recovery';

export function localStorageRecovery(storage: Storage | null): RecoveryStore {
  return {
    write: async (recovery) => {
      if (!storage) return false;
      try {
        storage.setItem(AUTOSAVE_KEY, JSON.stringify(recovery));
        return true;
      } catch {
        // Storage full or disabled: the document itself is still in memory.
        return false;
      }
    },
    read: async () => {
      const raw = storage?.getItem(AUTOSAVE_KEY);
      if (!raw) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return null;
      }
    },
    clear: async () => storage?.removeItem(AUTOSAVE_KEY),
  };
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB failed'));
  });
}

/** Nowhere: the fallback of the text worker, which has no localStorage (the UI thread then writes). */
export const NO_RECOVERY_STORE: RecoveryStore = {
  write: async () => false,
  read: async () => null,
  clear: async () => undefined,
};

/**
 * The copy in IndexedDB; a database that cannot open falls back to `fallback` for good. The
 * web build's text worker writes here too (text.worker.ts): workers share the page's databases.
 */
export function indexedDbRecovery(factory: IDBFactory, fallback: RecoveryStore): RecoveryStore {
  let database: Promise<IDBDatabase | null> | null = null;
  const open = () => {
    database ??= new Promise<IDBDatabase | null>((resolve) => {
      try {
        const request = factory.open(DATABASE, 1);
        request.onupgradeneeded = () => request.result.createObjectStore(STORE);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => resolve(null);
        request.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    return database;
  };
  const inStore = async <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) => {
    const db = await open();
    if (!db) return null;
    return done(act(db.transaction(STORE, mode).objectStore(STORE)));
  };
  return {
    write: async (recovery) => {
      try {
        if ((await open()) === null) return await fallback.write(recovery);
        await inStore('readwrite', (store) => store.put(recovery, AUTOSAVE_KEY));
        return true;
      } catch {
        // Quota or a closed database: the document itself is still in memory.
        return false;
      }
    },
    read: async () => {
      try {
        const stored = (await open()) === null ? null : await inStore('readonly', (store) => store.get(AUTOSAVE_KEY));
        return stored ?? (await fallback.read());
      } catch {
        return fallback.read();
      }
    },
    clear: async () => {
      await fallback.clear();
      try {
        await inStore('readwrite', (store) => store.delete(AUTOSAVE_KEY));
      } catch {
        // Nothing to clear.
      }
    },
  };
}
