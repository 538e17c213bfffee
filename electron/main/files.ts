/**
 * The file operations behind the host API: open, save, save as, exports and re-reads. Paths
 * only come from dialogs or from handles issued for paths the user chose; the renderer's data
 * is written, never used to name a file. Saving over a file that changed on disk since we read
 * or wrote it asks first, so a teammate's `git pull` is never overwritten silently.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type {
  ExportProjectResult,
  OpenedDependencyFile,
  OpenedFile,
  ProjectFile,
  SavedFile,
} from '../../core/host/contract';
import { LIMITS } from '../../core/format/limits';
import { readBounded, ReadRefused } from './bounded-read';
import { readDependencyFile } from './dependency-file';
import type { HandleRegistry } from './handles';
import { describePath, displayLocation, withDiagramExtension } from './paths';
import { isGeneratedProjectPath, ProjectWriteRefused, writeProjectFiles } from './project-writer';

export interface FileDialogs {
  /** A `.djstack` file to open, or null when cancelled. */
  chooseDiagram(): Promise<string | null>;
  /** A requirements, pyproject or lock file to import, or null when cancelled. */
  chooseDependencyFile(): Promise<string | null>;
  /** Where to save; `kind` picks the filters. Null when cancelled. */
  chooseSavePath(kind: 'diagram' | 'export', suggestedName: string): Promise<string | null>;
  /** A folder for an exported project, or null when cancelled. */
  chooseFolder(suggestedName: string): Promise<string | null>;
  /** The file changed on disk since it was read: may we replace it? */
  confirmOverwriteChanged(name: string): Promise<boolean>;
  /** The folder already has files: may the export replace files of the same name? */
  confirmReplaceInFolder(folder: string): Promise<boolean>;
}

export interface FilesOptions {
  handles: HandleRegistry;
  dialogs: FileDialogs;
  home: string;
  write(path: string, data: string | Uint8Array): Promise<void>;
  /** Writes an exported project into a folder; default: project-writer.ts. */
  writeProject?(folder: string, files: readonly ProjectFile[]): Promise<void>;
  /** A diagram was opened or saved at `path` (for the recent list and the file watcher). */
  onDiagramUsed(path: string): void;
}

/** A failure with a message fit to show the user. */
export class FileProblem extends Error {}

export function hashText(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

export class DocumentFiles {
  /** The content hash of each diagram as we last read or wrote it. */
  private readonly known = new Map<string, string>();
  /**
   * Paths the user chose as a diagram (opened or saved as one). Save writes only to these without
   * a dialog: a handle issued for an export (requirements.txt) or any other file is not one.
   */
  private readonly diagrams = new Set<string>();

  constructor(private readonly options: FilesOptions) {}

  /** Reads a diagram the user chose, checking size and encoding before the renderer sees it. */
  async readDiagram(path: string): Promise<OpenedFile> {
    const { name, location } = describePath(path, this.options.home);
    let bytes: Uint8Array;
    try {
      // Counted while read: a device says its size is 0, and a FIFO would block the open.
      bytes = await readBounded(path, LIMITS.fileBytes);
    } catch (error) {
      if (error instanceof ReadRefused && error.reason === 'not-a-file')
        throw new FileProblem(`"${name}" in ${location} is ${error.message}, so it cannot be opened.`);
      if (error instanceof ReadRefused && error.reason === 'too-large') {
        const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
        throw new FileProblem(
          `"${name}" is larger than ${mb(LIMITS.fileBytes)} MB, the most a .djstack diagram may be.`,
        );
      }
      const code = error instanceof ReadRefused ? error.code : errorCode(error);
      if (code === 'ENOENT') throw new FileProblem(`"${name}" is no longer in ${location}.`);
      if (code === 'EACCES' || code === 'EPERM')
        throw new FileProblem(`"${name}" in ${location} cannot be read: permission denied.`);
      throw new FileProblem(`"${name}" in ${location} cannot be read (${code ?? (error as Error).message}).`);
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FileProblem(`"${name}" is not UTF-8 text, so it cannot be a .djstack diagram.`);
    }
    this.known.set(path, hashText(bytes));
    this.diagrams.add(path);
    this.options.onDiagramUsed(path);
    return { handle: this.options.handles.issue(path), name, text };
  }

  /** File > Import…: the file the user chose with its includes; a file that cannot be read is one message. */
  async openDependencyFile(): Promise<OpenedDependencyFile | null> {
    const path = await this.options.dialogs.chooseDependencyFile();
    if (!path) return null;
    const { name, location } = describePath(path, this.options.home);
    try {
      return readDependencyFile(path);
    } catch (error) {
      if (error instanceof ReadRefused && error.reason === 'not-a-file')
        throw new FileProblem(`"${name}" in ${location} is ${error.message}, so it cannot be imported.`);
      if (error instanceof ReadRefused && error.reason === 'too-large')
        throw new FileProblem(`"${name}" is larger than ${LIMITS.fileBytes / 1024 / 1024} MB; it cannot be imported.`);
      if (error instanceof TypeError) throw new FileProblem(`"${name}" is not UTF-8 text, so it cannot be imported.`);
      const code = error instanceof ReadRefused ? error.code : errorCode(error);
      throw new FileProblem(`"${name}" in ${location} cannot be read (${code ?? (error as Error).message}).`);
    }
  }

  async openDiagram(): Promise<OpenedFile | null> {
    const path = await this.options.dialogs.chooseDiagram();
    return path ? this.readDiagram(path) : null;
  }

  /** Re-reads a file named by a handle (Open Recent, reload after an outside change). */
  async readHandle(handle: string): Promise<OpenedFile | { error: string }> {
    const path = this.options.handles.pathOf(handle);
    if (!path) return { error: 'This file is not known to the app any more; open it again from File > Open.' };
    try {
      return await this.readDiagram(path);
    } catch (error) {
      if (error instanceof FileProblem) return { error: error.message };
      throw error;
    }
  }

  async saveDiagram(request: {
    handle: string | null;
    suggestedName: string;
    text: string;
  }): Promise<SavedFile | null> {
    const path = request.handle ? this.options.handles.pathOf(request.handle) : undefined;
    if (!path || !this.diagrams.has(path)) return this.saveDiagramAs(request);
    if (await this.changedOnDisk(path)) {
      const { name } = describePath(path, this.options.home);
      if (!(await this.options.dialogs.confirmOverwriteChanged(name))) return null;
    }
    return this.writeDiagram(path, request.text);
  }

  async saveDiagramAs(request: { suggestedName: string; text: string }): Promise<SavedFile | null> {
    const chosen = await this.options.dialogs.chooseSavePath('diagram', withDiagramExtension(request.suggestedName));
    if (!chosen) return null;
    return this.writeDiagram(withDiagramExtension(chosen), request.text);
  }

  /**
   * True when the file on disk is not what we last read or wrote (an outside change). A file
   * we never read, or one that is gone, has nothing of anyone's to lose.
   */
  async changedOnDisk(path: string): Promise<boolean> {
    const state = await this.outsideChange(path);
    return state !== null && state !== 'missing';
  }

  /**
   * What changed on disk since we last read or wrote `path`: the new content's hash, 'missing'
   * when the file is gone, or null when it is as we left it (including our own saves).
   */
  async outsideChange(path: string): Promise<string | null> {
    const known = this.known.get(path);
    if (known === undefined) return null;
    let current: string;
    try {
      // Bounded like an open: a diagram swapped for a FIFO or a device must not hang the watcher.
      current = hashText(await readBounded(path, LIMITS.fileBytes));
    } catch {
      return 'missing';
    }
    return current === known ? null : current;
  }

  private async writeDiagram(path: string, text: string): Promise<SavedFile> {
    // Known before the rename lands, so the file watcher sees our own write as no change.
    const previous = this.known.get(path);
    this.known.set(path, hashText(text));
    try {
      await this.writeOrExplain(path, text);
    } catch (error) {
      if (previous === undefined) this.known.delete(path);
      else this.known.set(path, previous);
      throw error;
    }
    this.diagrams.add(path);
    this.options.onDiagramUsed(path);
    return { handle: this.options.handles.issue(path), name: describePath(path, this.options.home).name };
  }

  private async writeOrExplain(path: string, data: string | Uint8Array): Promise<void> {
    try {
      await this.options.write(path, data);
    } catch (error) {
      const { name, location } = describePath(path, this.options.home);
      const code = errorCode(error);
      const why =
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : code === 'EROFS'
              ? 'the disk is read-only'
              : (code ?? (error as Error).message);
      throw new FileProblem(`"${name}" could not be saved in ${location} (${why}); the file on disk was not changed.`);
    }
  }

  async exportText(request: { suggestedName: string; text: string }): Promise<SavedFile | null> {
    return this.exportData(request.suggestedName, request.text);
  }

  async exportBinary(request: { suggestedName: string; data: Uint8Array }): Promise<SavedFile | null> {
    return this.exportData(request.suggestedName, request.data);
  }

  private async exportData(suggestedName: string, data: string | Uint8Array): Promise<SavedFile | null> {
    const path = await this.options.dialogs.chooseSavePath('export', suggestedName);
    if (!path) return null;
    await this.writeOrExplain(path, data);
    return { handle: this.options.handles.issue(path), name: describePath(path, this.options.home).name };
  }

  /**
   * Writes a project skeleton into a folder the user picks. A non-empty folder is only written
   * after the user says yes to main's own question; the renderer has no say (its request has no
   * such field, and the IPC schema refuses one).
   * Only generated file names, under a size cap, never through a symbolic link (project-writer.ts).
   */
  async exportProject(request: { suggestedName: string; files: ProjectFile[] }): Promise<ExportProjectResult | null> {
    const refused = request.files.find((file) => !isGeneratedProjectPath(file.path));
    if (refused)
      return { ok: false, error: `"${refused.path}" is not a file the export generates; nothing was written.` };
    const folder = await this.options.dialogs.chooseFolder(request.suggestedName);
    if (!folder) return null;
    const shown = displayLocation(folder, this.options.home);
    let existing: string[] = [];
    try {
      existing = await readdir(folder);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT')
        return { ok: false, error: `The folder ${shown} cannot be read; nothing was written.` };
    }
    if (existing.length > 0 && !(await this.options.dialogs.confirmReplaceInFolder(folder))) {
      return { ok: false, folderNotEmpty: true, error: `The folder ${shown} is not empty; nothing was written.` };
    }
    try {
      await (this.options.writeProject ?? writeProjectFiles)(folder, request.files);
    } catch (error) {
      if (error instanceof ProjectWriteRefused) return { ok: false, error: error.message };
      const code = errorCode(error);
      return {
        ok: false,
        error: `The project could not be written in ${shown} (${code === 'ENOSPC' ? 'the disk is full' : (code ?? (error as Error).message)}).`,
      };
    }
    return { ok: true, folder: shown };
  }
}
