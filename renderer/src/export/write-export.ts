/**
 * Hands an export's files to the host and says what happened. Whether to write into a folder
 * that is not empty is the host's own question (main asks it, before writing): the renderer
 * never asks again and cannot answer it, so the user sees that question once.
 */
import type { HostApi } from '../../../core/host/contract';
import type { PreviewFile } from './text-exports';

/** The status line to show after an export, or null when the user cancelled a dialog. */
export interface ExportStatus {
  text: string;
  tone: 'info' | 'error' | 'success';
}

/** Writes one text file, or every file of a project into the folder the user picks. */
export async function writeExport(
  host: Pick<HostApi, 'exportText' | 'exportProject'>,
  write: 'text' | 'project',
  files: readonly PreviewFile[],
  projectName: string,
): Promise<ExportStatus | null> {
  if (write === 'text') {
    const file = files[0]!;
    const saved = await host.exportText({ suggestedName: file.path.split('/').pop()!, text: file.content });
    return saved ? { text: `Exported ${saved.name}.`, tone: 'success' } : null;
  }
  const result = await host.exportProject({
    suggestedName: projectName,
    files: files.map((f) => ({ path: f.path, content: f.content })),
  });
  if (!result) return null;
  if (result.ok) return { text: `Exported the project to ${result.folder}.`, tone: 'success' };
  // The user answered main's "folder not empty" question with Cancel: nothing to repair.
  return { text: result.error, tone: result.folderNotEmpty ? 'info' : 'error' };
}
