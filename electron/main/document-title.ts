/**
 * Control characters (C0, C1, DEL, line separators) and bidirectional controls a document name
 * must not carry into the title bar and native dialogs: a name with U+202E shows reversed text
 * ("exe.kcatsdj" read as something else), a newline splits a dialog's message.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this pattern is about
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** The document name as the window shows it: without control and bidi characters; "Untitled" when nothing is left. */
export function shownDocumentName(name: string): string {
  const shown = name.replace(UNSHOWN, '').trim();
  return shown === '' ? 'Untitled' : shown;
}

/** The window title for the open document. */
export function windowTitle(name: string, dirty: boolean, appName: string, platform: NodeJS.Platform): string {
  // macOS shows unsaved changes as a dot in the close button (setDocumentEdited) instead.
  const mark = dirty && platform !== 'darwin' ? '• ' : '';
  return `${mark}${name} — ${appName}`;
}
