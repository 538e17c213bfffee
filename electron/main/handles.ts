/**
 * Opaque handles for files. The renderer names a file only by a handle that this registry
 * issued for a path the user chose (dialog, OS open-file event, argv, recent list); it can
 * never make the main process touch a path of its own choosing.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export class HandleRegistry {
  private readonly pathByHandle = new Map<string, string>();
  private readonly handleByPath = new Map<string, string>();

  constructor(private readonly newToken: () => string = () => randomBytes(16).toString('hex')) {}

  /** The handle of `path`; the same path always gets the same handle in one session. */
  issue(path: string): string {
    const absolute = resolve(path);
    const existing = this.handleByPath.get(absolute);
    if (existing) return existing;
    const handle = `h_${this.newToken()}`;
    this.pathByHandle.set(handle, absolute);
    this.handleByPath.set(absolute, handle);
    return handle;
  }

  /** The path behind a handle, or undefined for a handle this registry never issued. */
  pathOf(handle: string): string | undefined {
    return this.pathByHandle.get(handle);
  }
}
