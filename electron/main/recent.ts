/**
 * The recent files list: most recent first, at most ten, kept in the app's data folder and
 * mirrored to the OS (Windows jump list, macOS Dock menu) through app.addRecentDocument.
 */
import { isAbsolute, resolve } from 'node:path';
import type { RecentFile } from '../../core/host/contract';
import { z } from '../../core/zod';
import type { HandleRegistry } from './handles';
import { readJson, writeJson } from './json-store';
import { describePath } from './paths';

export const MAX_RECENT = 10;

const RecentFileSchema = z.object({ version: z.literal(1), paths: z.array(z.string().max(4096)).max(100) });

export interface RecentOptions {
  file: string;
  /** The OS's recent documents (app.addRecentDocument / app.clearRecentDocuments). */
  os: { add(path: string): void; clear(): void };
  /** The list changed (the Open Recent menu is rebuilt). */
  onChange(): void;
  write?: (path: string, value: unknown) => Promise<void>;
}

export class RecentFiles {
  private paths: string[] = [];
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly options: RecentOptions) {}

  async load(): Promise<void> {
    const stored = await readJson(this.options.file, RecentFileSchema);
    this.paths = (stored?.paths ?? []).filter((path) => isAbsolute(path)).slice(0, MAX_RECENT);
  }

  list(): readonly string[] {
    return this.paths;
  }

  add(path: string): void {
    const absolute = resolve(path);
    this.paths = [absolute, ...this.paths.filter((p) => p !== absolute)].slice(0, MAX_RECENT);
    this.options.os.add(absolute);
    this.changed();
  }

  remove(path: string): void {
    const before = this.paths.length;
    this.paths = this.paths.filter((p) => p !== path);
    if (this.paths.length !== before) this.changed();
  }

  clear(): void {
    this.paths = [];
    this.options.os.clear();
    this.changed();
  }

  /** Resolves once every change so far is on disk. */
  flushed(): Promise<void> {
    return this.saving;
  }

  private changed(): void {
    const snapshot = { version: 1, paths: [...this.paths] };
    const write = this.options.write ?? writeJson;
    // Writes are chained so that an older list never lands after a newer one.
    this.saving = this.saving.then(() => write(this.options.file, snapshot)).catch(() => undefined);
    this.options.onChange();
  }
}

/** The recent list as the renderer sees it: handles and display names, never paths. */
export function recentForRenderer(paths: readonly string[], handles: HandleRegistry, home: string): RecentFile[] {
  return paths.map((path) => ({ handle: handles.issue(path), ...describePath(path, home) }));
}
