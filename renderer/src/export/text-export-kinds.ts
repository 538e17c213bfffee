/**
 * The text exports the menus offer, without what produces them: the menus are built at start,
 * while the exporters (core/export, with YAML and TOML writers) load with the preview that
 * uses them (text-exports.ts).
 */
export interface TextExportKind {
  id: string;
  menuLabel: string;
  /** Whether the preview asks for a project name. */
  usesProjectName: boolean;
  /** `text`: one file through exportText; `project`: every file through exportProject. */
  write: 'text' | 'project';
}

export const TEXT_EXPORT_KINDS = [
  { id: 'export.requirements', menuLabel: 'requirements.txt', usesProjectName: false, write: 'text' },
  { id: 'export.settings', menuLabel: 'settings (stack_settings.py)', usesProjectName: true, write: 'text' },
  { id: 'export.project', menuLabel: 'new Django project', usesProjectName: true, write: 'project' },
  { id: 'export.mermaid', menuLabel: 'Mermaid flowchart', usesProjectName: false, write: 'text' },
] as const satisfies readonly TextExportKind[];

export type TextExportId = (typeof TEXT_EXPORT_KINDS)[number]['id'];
