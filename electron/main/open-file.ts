/**
 * Files the OS asks us to open: a double-click (macOS `open-file`), the command line on a cold
 * start (Windows and Linux pass the file in argv), or a second instance's argv. They can arrive
 * before the window or the renderer exist, so they wait in a queue until the renderer says it
 * listens for opened files.
 */
import { resolve } from 'node:path';
import { DIAGRAM_EXTENSION } from './paths';

/** The `.djstack` files named on a command line, resolved against the folder it ran in. */
export function diagramPathsFromArgv(argv: readonly string[], cwd: string): string[] {
  const paths: string[] = [];
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith(DIAGRAM_EXTENSION)) continue;
    let path = arg;
    if (arg.startsWith('file://')) {
      try {
        path = decodeURIComponent(new URL(arg).pathname);
      } catch {
        continue;
      }
    }
    const absolute = resolve(cwd, path);
    if (!paths.includes(absolute)) paths.push(absolute);
  }
  return paths;
}

export class OpenFileQueue {
  private readonly pending: string[] = [];
  private deliver: ((path: string) => void) | null = null;

  /** Opens `path` now when the renderer listens, otherwise once it does. */
  push(path: string): void {
    if (this.deliver) {
      this.deliver(path);
      return;
    }
    if (!this.pending.includes(path)) this.pending.push(path);
  }

  /** The renderer listens: deliver what waited, in the order it came. */
  ready(deliver: (path: string) => void): void {
    this.deliver = deliver;
    for (const path of this.pending.splice(0)) deliver(path);
  }

  /** The renderer went away (reload, crash): queue again until it is back. */
  notReady(): void {
    this.deliver = null;
  }

  get waiting(): readonly string[] {
    return this.pending;
  }
}
