import { watch } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeAtomic } from './atomic-write';
import { DocumentFiles, type FileDialogs } from './files';
import { HandleRegistry } from './handles';
import { FileWatcher } from './watch';

function fakeFolderWatch() {
  const listeners = new Map<string, (event: string, filename: string | null) => void>();
  const closed: string[] = [];
  return {
    watch: (folder: string, listener: (event: string, filename: string | null) => void) => {
      listeners.set(folder, listener);
      return { close: () => closed.push(folder) };
    },
    emit: (folder: string, filename: string | null) => listeners.get(folder)?.('change', filename),
    closed,
  };
}

describe('watching the open file (fake clock)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a burst of events becomes one check and one notification, after the debounce', async () => {
    const folder = fakeFolderWatch();
    const outsideChange = vi.fn(async () => 'hash-2');
    const notify = vi.fn();
    const watcher = new FileWatcher({ watch: folder.watch, outsideChange, notify, debounceMs: 300 });
    watcher.follow('/code/shop.djstack');
    for (let i = 0; i < 5; i++) {
      folder.emit('/code', 'shop.djstack');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(outsideChange).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(outsideChange).toHaveBeenCalledOnce();
    expect(notify).toHaveBeenCalledWith('/code/shop.djstack');
  });

  it('events for other files in the folder are ignored', async () => {
    const folder = fakeFolderWatch();
    const outsideChange = vi.fn(async () => 'x');
    const watcher = new FileWatcher({ watch: folder.watch, outsideChange, notify: vi.fn() });
    watcher.follow('/code/shop.djstack');
    folder.emit('/code', 'shop.djstack.1a2b3c');
    folder.emit('/code', 'README.md');
    await vi.advanceTimersByTimeAsync(1000);
    expect(outsideChange).not.toHaveBeenCalled();
  });

  it('our own saves (no outside change) do not notify, and one change notifies once', async () => {
    const folder = fakeFolderWatch();
    const states: (string | null)[] = [null, 'h2', 'h2', null, 'h3'];
    const notify = vi.fn();
    const watcher = new FileWatcher({ watch: folder.watch, outsideChange: async () => states.shift() ?? null, notify });
    watcher.follow('/code/shop.djstack');
    for (let i = 0; i < 5; i++) {
      folder.emit('/code', null);
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('following another file closes the old watch; null stops watching', () => {
    const folder = fakeFolderWatch();
    const watcher = new FileWatcher({ watch: folder.watch, outsideChange: async () => null, notify: vi.fn() });
    watcher.follow('/a/x.djstack');
    watcher.follow('/a/x.djstack');
    watcher.follow('/b/y.djstack');
    watcher.follow(null);
    expect(folder.closed).toEqual(['/a', '/b']);
  });
});

describe('watching the open file (real disk)', () => {
  it('notices a git-pull-style replacement but not our own save', async () => {
    const home = await mkdtemp(join(tmpdir(), 'djstack-watch-'));
    const path = join(home, 'shop.djstack');
    await writeFile(path, 'v1');
    const files = new DocumentFiles({
      handles: new HandleRegistry(),
      dialogs: {} as FileDialogs,
      home,
      write: writeAtomic,
      onDiagramUsed: () => undefined,
    });
    const { handle } = await files.readDiagram(path);
    const notified: string[] = [];
    const watcher = new FileWatcher({
      watch: (dir, listener) => watch(dir, (event, filename) => listener(event, filename)),
      outsideChange: (p) => files.outsideChange(p),
      notify: (p) => notified.push(p),
      debounceMs: 50,
    });
    watcher.follow(path);
    try {
      await files.saveDiagram({ handle, suggestedName: 'shop.djstack', text: 'v2 (ours)' });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(notified).toEqual([]);
      await writeAtomic(path, 'v3 (theirs)');
      await vi.waitFor(() => expect(notified).toEqual([path]), { timeout: 5000, interval: 50 });
    } finally {
      watcher.close();
    }
  });
});
