/**
 * The one registry of IPC channel names, shared by the main process and the preload. Nothing
 * else names a channel: a typo is a type error, not a message that silently goes nowhere.
 */

/** Renderer → main requests that answer (ipcRenderer.invoke / ipcMain.handle). */
export const INVOKE_CHANNELS = {
  openDiagram: 'file:open',
  openDependencyFile: 'file:open-dependency-file',
  saveDiagram: 'file:save',
  saveDiagramAs: 'file:save-as',
  exportText: 'export:text',
  exportBinary: 'export:binary',
  exportProject: 'export:project',
  openRecent: 'recent:open',
  listRecent: 'recent:list',
  reload: 'file:reload',
  writeAutosave: 'autosave:write',
  readRecovery: 'autosave:read',
  clearAutosave: 'autosave:clear',
  readPackageData: 'package-data:read',
  refreshPackageData: 'package-data:refresh',
} as const;

/** Renderer → main notifications without an answer (ipcRenderer.send / ipcMain.on). */
export const SEND_CHANNELS = {
  setDocumentState: 'document:state',
  openExternal: 'shell:open-external',
  confirmClose: 'window:confirm-close',
  /** The renderer subscribed to opened files: files queued before that (a cold start) can go now. */
  rendererReady: 'renderer:ready',
  cancelPackageDataRefresh: 'package-data:cancel',
} as const;

/** Main → renderer events (webContents.send / ipcRenderer.on). */
export const EVENT_CHANNELS = {
  command: 'menu:command',
  openFile: 'file:opened',
  fileChanged: 'file:changed',
  closeRequest: 'window:close-request',
  packageDataProgress: 'package-data:progress',
} as const;

export type InvokeName = keyof typeof INVOKE_CHANNELS;
export type SendName = keyof typeof SEND_CHANNELS;
export type EventName = keyof typeof EVENT_CHANNELS;
export type InvokeChannel = (typeof INVOKE_CHANNELS)[InvokeName];
export type SendChannel = (typeof SEND_CHANNELS)[SendName];
export type EventChannel = (typeof EVENT_CHANNELS)[EventName];

/** The global name under which the preload exposes the host API to the renderer. */
export const BRIDGE_NAME = 'stackBuilder';
