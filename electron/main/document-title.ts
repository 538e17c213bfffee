/** The window title for the open document. */
export function windowTitle(name: string, dirty: boolean, appName: string, platform: NodeJS.Platform): string {
  // macOS shows unsaved changes as a dot in the close button (setDocumentEdited) instead.
  const mark = dirty && platform !== 'darwin' ? '• ' : '';
  return `${mark}${name} — ${appName}`;
}
