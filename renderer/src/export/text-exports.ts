/**
 * The files the app can export, each previewed (with highlighting) before it is written.
 * Every one is produced by a core exporter from the diagram; nothing here builds file text.
 */
import type { Diagram } from '../../../core/diagram/model';
import { exportRequirements } from '../../../core/export/requirements';
import { catalog } from '../store/catalog';

export type PreviewLanguage = 'python' | 'yaml' | 'ini' | 'markdown' | 'plaintext';

export interface PreviewFile {
  path: string;
  language: PreviewLanguage;
  content: string;
}

export interface TextExport {
  id: string;
  menuLabel: string;
  /** The files to preview; a single-file export has one. */
  produce: (diagram: Diagram) => PreviewFile[];
  /** What the Save button of the preview does. */
  write: 'text' | 'project';
}

export function languageOf(path: string): PreviewLanguage {
  if (path.endsWith('.py')) return 'python';
  if (path.endsWith('.yml') || path.endsWith('.yaml')) return 'yaml';
  if (path.endsWith('.md')) return 'markdown';
  if (path.endsWith('.ini') || path.endsWith('.cfg') || path.endsWith('.toml') || path.endsWith('.env') || path.startsWith('.env')) return 'ini';
  return 'plaintext';
}

export const TEXT_EXPORTS: TextExport[] = [
  {
    id: 'export.requirements',
    menuLabel: 'requirements.txt',
    write: 'text',
    produce: (diagram) => [{ path: 'requirements.txt', language: 'plaintext', content: exportRequirements(diagram, catalog) }],
  },
];

export function textExport(id: string): TextExport | undefined {
  return TEXT_EXPORTS.find((item) => item.id === id);
}
