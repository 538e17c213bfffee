/**
 * The only bridge between the renderer and the main process. It runs sandboxed with context
 * isolation and exposes named functions only: the renderer can never reach ipcRenderer, pick a
 * channel, or see an event object. The object `satisfies HostApi`, so drift from the contract
 * fails the typecheck.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_COMMANDS,
  type HostApi,
  type MenuCommand,
  type OpenedFile,
  type PackageDataProgress,
} from '../../core/host/contract';
import {
  BRIDGE_NAME,
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  SEND_CHANNELS,
  type EventChannel,
  type InvokeChannel,
} from '../shared/ipc-channels';

/** Electron prefixes rejections with "Error invoking remote method '…': Error: "; the user needs only the reason. */
async function invoke<T>(channel: InvokeChannel, payload?: unknown): Promise<T> {
  try {
    return (await ipcRenderer.invoke(channel, payload)) as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, ''), { cause: error });
  }
}

function subscribe<T>(
  channel: EventChannel,
  accept: (value: unknown) => value is T,
  listener: (value: T) => void,
): () => void {
  const wrapped = (_event: IpcRendererEvent, value: unknown) => {
    if (accept(value)) listener(value);
  };
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isNothing = (value: unknown): value is undefined => value === undefined;
const isOpenedFile = (value: unknown): value is OpenedFile =>
  typeof value === 'object' &&
  value !== null &&
  isString((value as OpenedFile).handle) &&
  isString((value as OpenedFile).name) &&
  isString((value as OpenedFile).text);

const isProgress = (value: unknown): value is PackageDataProgress =>
  typeof value === 'object' &&
  value !== null &&
  Number.isInteger((value as PackageDataProgress).done) &&
  Number.isInteger((value as PackageDataProgress).total);

const host = {
  kind: 'electron',
  openDiagram: () => invoke(INVOKE_CHANNELS.openDiagram),
  openDependencyFile: () => invoke(INVOKE_CHANNELS.openDependencyFile),
  saveDiagram: (request) =>
    invoke(INVOKE_CHANNELS.saveDiagram, {
      handle: request.handle,
      suggestedName: request.suggestedName,
      text: request.text,
    }),
  saveDiagramAs: (request) =>
    invoke(INVOKE_CHANNELS.saveDiagramAs, { suggestedName: request.suggestedName, text: request.text }),
  exportText: (request) =>
    invoke(INVOKE_CHANNELS.exportText, { suggestedName: request.suggestedName, text: request.text }),
  exportBinary: (request) =>
    invoke(INVOKE_CHANNELS.exportBinary, { suggestedName: request.suggestedName, data: request.data }),
  exportProject: (request) =>
    invoke(INVOKE_CHANNELS.exportProject, {
      suggestedName: request.suggestedName,
      files: request.files.map((file) => ({ path: file.path, content: file.content })),
    }),
  openRecent: (handle) => invoke(INVOKE_CHANNELS.openRecent, handle),
  listRecent: () => invoke(INVOKE_CHANNELS.listRecent),
  reload: (handle) => invoke(INVOKE_CHANNELS.reload, handle),
  setDocumentState: (state) =>
    ipcRenderer.send(SEND_CHANNELS.setDocumentState, { name: state.name, dirty: state.dirty, handle: state.handle }),
  writeAutosave: (text, name) => invoke(INVOKE_CHANNELS.writeAutosave, { text, name }),
  readRecovery: () => invoke(INVOKE_CHANNELS.readRecovery),
  clearAutosave: () => invoke(INVOKE_CHANNELS.clearAutosave),
  openExternal: (url) => ipcRenderer.send(SEND_CHANNELS.openExternal, url),
  onCommand: (listener) => subscribe(EVENT_CHANNELS.command, isMenuCommand, listener),
  onOpenFile: (listener) => {
    const unsubscribe = subscribe(EVENT_CHANNELS.openFile, isOpenedFile, listener);
    // Files the OS handed over before the page was ready (a double-click on a cold start) wait in main until now.
    ipcRenderer.send(SEND_CHANNELS.rendererReady);
    return unsubscribe;
  },
  onFileChanged: (listener) => subscribe(EVENT_CHANNELS.fileChanged, isString, listener),
  onCloseRequest: (listener) => subscribe(EVENT_CHANNELS.closeRequest, isNothing, () => listener()),
  confirmClose: (allow) => ipcRenderer.send(SEND_CHANNELS.confirmClose, allow === true),
  readPackageData: () => invoke(INVOKE_CHANNELS.readPackageData),
  refreshPackageData: async (request, onProgress) => {
    // Progress events only for the time of this refresh; the renderer never sees the channel.
    const unsubscribe = subscribe(EVENT_CHANNELS.packageDataProgress, isProgress, (progress) =>
      onProgress({ done: progress.done, total: progress.total }),
    );
    try {
      return await invoke(INVOKE_CHANNELS.refreshPackageData, {
        indexUrl: String(request.indexUrl),
        names: request.names.map(String),
      });
    } finally {
      unsubscribe();
    }
  },
  cancelPackageDataRefresh: () => ipcRenderer.send(SEND_CHANNELS.cancelPackageDataRefresh),
} satisfies HostApi;

contextBridge.exposeInMainWorld(BRIDGE_NAME, host);
