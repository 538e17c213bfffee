/**
 * The files the app can export, each previewed (with highlighting) before it is written.
 * Every one is produced by a core exporter from the diagram; nothing here builds file text.
 */
import type { Diagram } from '../../../core/diagram/model';
import { platformRandom } from '../../../core/export/dotenv';
import { exportProjectFiles, exportStackSettings, type FileLanguage } from '../../../core/export/project';
import { suggestProjectName } from '../../../core/export/python/identifier';
import { exportRequirements } from '../../../core/export/requirements';
import { exportMermaid } from '../../../core/share/mermaid';
import { analysisOf } from '../store/analysis';
import { catalog } from '../store/catalog';
import { TEXT_EXPORT_KINDS, type TextExportId, type TextExportKind } from './text-export-kinds';

export type PreviewLanguage = 'python' | 'yaml' | 'ini' | 'markdown' | 'plaintext';

export interface PreviewFile {
  path: string;
  language: PreviewLanguage;
  content: string;
}

export interface ExportInput {
  diagram: Diagram;
  /** The Python package name of the project (settings and project exports). */
  projectName: string;
  /** The document's file name, for headers. */
  source: string;
}

export interface TextExport extends TextExportKind {
  /** The files to preview; throws (with a message for the user) when it cannot export. */
  produce: (input: ExportInput) => PreviewFile[];
}

const LANGUAGES: Record<FileLanguage, PreviewLanguage> = {
  python: 'python',
  text: 'plaintext',
  yaml: 'yaml',
  markdown: 'markdown',
  ini: 'ini',
};

export function projectNameFor(documentName: string): string {
  return suggestProjectName(documentName.replace(/\.djstack$/i, '').replace(/^untitled$/i, 'mysite'));
}

const PRODUCERS: Record<TextExportId, TextExport['produce']> = {
  'export.requirements': ({ diagram, source }) => [
    {
      path: 'requirements.txt',
      language: 'plaintext',
      content: exportRequirements(diagram, catalog, { source, resolution: analysisOf(diagram).resolution }),
    },
  ],
  'export.settings': ({ diagram, projectName }) => {
    const file = exportStackSettings(diagram, catalog, { projectName, resolution: analysisOf(diagram).resolution });
    return [{ path: file.path, content: file.content, language: LANGUAGES[file.language] }];
  },
  'export.project': ({ diagram, projectName, source }) =>
    exportProjectFiles(diagram, catalog, {
      projectName,
      source,
      random: platformRandom,
      resolution: analysisOf(diagram).resolution,
    }).map((file) => ({
      path: file.path,
      content: file.content,
      language: LANGUAGES[file.language],
    })),
  // Named after the document, like the pictures (Untitled.png, Untitled.mmd).
  'export.mermaid': ({ diagram, source }) => [
    {
      path: `${source.replace(/\.djstack$/i, '') || 'stack'}.mmd`,
      language: 'plaintext',
      content: exportMermaid(diagram, catalog),
    },
  ],
};

export function textExport(id: string): TextExport | undefined {
  const kind = TEXT_EXPORT_KINDS.find((item) => item.id === id);
  return kind && { ...kind, produce: PRODUCERS[kind.id] };
}
