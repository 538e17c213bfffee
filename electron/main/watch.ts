/**
 * Watches the open diagram for changes made outside the app (a `git pull`, another editor) and
 * tells the renderer once per change. It watches the folder, not the file: git and atomic
 * savers replace files by renaming, which ends a watch on the old file. Events are debounced
 * because one save produces several; our own saves are recognised by content and ignored.
 */
import { basename, dirname } from 'node:path';

export interface Watcher {
  close(): void;
}

export interface FileWatcherOptions {
  /** fs.watch on a folder; `filename` may be null on some platforms. */
  watch(folder: string, listener: (eventType: string, filename: string | null) => void): Watcher;
  /** The new content's hash (or 'missing') when the file differs from what we read or wrote, else null. */
  outsideChange(path: string): Promise<string | null>;
  notify(path: string): void;
  debounceMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export class FileWatcher {
  private path: string | null = null;
  private watcher: Watcher | null = null;
  private timer: unknown = null;
  private lastNotified: string | null = null;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: FileWatcherOptions) {
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as NodeJS.Timeout));
  }

  /** Watches `path` instead of the previous file (null stops watching). */
  follow(path: string | null): void {
    if (path === this.path) return;
    this.close();
    this.path = path;
    this.lastNotified = null;
    if (!path) return;
    const name = basename(path);
    try {
      this.watcher = this.options.watch(dirname(path), (_event, filename) => {
        if (filename === null || filename === name) this.schedule();
      });
    } catch {
      // A folder that cannot be watched (removed, network share) only loses the notification.
      this.watcher = null;
    }
  }

  close(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    this.watcher?.close();
    this.watcher = null;
    this.path = null;
  }

  private schedule(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.check();
    }, this.options.debounceMs ?? 300);
  }

  private async check(): Promise<void> {
    const path = this.path;
    if (!path) return;
    const change = await this.options.outsideChange(path);
    if (path !== this.path) return;
    if (change === null) {
      this.lastNotified = null;
      return;
    }
    if (change === this.lastNotified) return;
    this.lastNotified = change;
    this.options.notify(path);
  }
}
