/**
 * Document commands: New, Open, Save, Save As, recovery and reload, through the host. A file
 * that does not parse shows its message and leaves the open diagram untouched.
 */
import type { Diagram } from '../../../core/diagram/model';
import { emptyDiagram } from '../../../core/diagram/model';
import { autosaveSoon, documentText, documentTextSoon, parseDiagramSoon } from './document-text';
import { saveSizeProblem, sizeProblem } from '../../../core/format/size';
import type { OpenedFile } from '../../../core/host/contract';
import { getHost } from '../host/host';
import { importFileText, isDependencyFileName } from '../import/import-file';
import { ask } from '../store/confirm';
import { fitViewSoon } from '../store/flow-api';
import { isDirty, UNTITLED, useDiagramStore } from '../store/diagram-store';
import { EMPTY_SELECTION, useUiStore } from '../store/ui-store';

export { documentText } from './document-text';

/** Asks what to do with unsaved changes; true when the caller may go on. */
export async function confirmDiscard(doing: string): Promise<boolean> {
  const state = useDiagramStore.getState();
  if (!isDirty(state)) return true;
  const answer = await ask(
    'Unsaved changes',
    `${state.document.name} has changes that are not saved. Save them before you ${doing}?`,
    [
      { value: 'save', label: 'Save', primary: true },
      { value: 'discard', label: "Don't save" },
      { value: 'cancel', label: 'Cancel' },
    ],
    'cancel',
  );
  if (answer === 'cancel') return false;
  if (answer === 'save') return saveDocument();
  return true;
}

function afterLoad(): void {
  fitViewSoon();
  useUiStore.getState().select(EMPTY_SELECTION);
  useUiStore.getState().setOpenError(null);
  void getHost().clearAutosave();
}

/** Starts a new document: `diagram`, or an empty one with the default target (not the previous document's). */
export async function newDocument(diagram: Diagram = emptyDiagram()): Promise<void> {
  if (!(await confirmDiscard('start a new diagram'))) return;
  useDiagramStore.getState().load(diagram, { handle: null, name: UNTITLED }, { dirty: diagram.nodes.length > 0 });
  afterLoad();
}

/** Loads an opened file (a large one is read in a worker); on a parse error shows it and changes nothing. */
export async function loadOpenedFile(file: OpenedFile): Promise<boolean> {
  const result = await parseDiagramSoon(file.text);
  if (!result.ok && isDependencyFileName(file.name)) {
    // A requirements or lock file opened by mistake: offer the import instead of a JSON error.
    void ask(
      'Import this file?',
      `${file.name} is not a diagram. Import it as a new diagram?`,
      [
        { value: 'import', label: 'Import', primary: true },
        { value: 'cancel', label: 'Cancel' },
      ],
      'cancel',
    ).then((answer) => answer === 'import' && importFileText(file.name, file.text));
    return false;
  }
  if (!result.ok) {
    useUiStore.getState().setOpenError(`${file.name} could not be opened. ${result.error}`);
    useUiStore.getState().showStatus(`${file.name} could not be opened.`, 'error');
    return false;
  }
  useDiagramStore.getState().load(result.diagram, { handle: file.handle, name: file.name });
  afterLoad();
  useUiStore.getState().showStatus(`Opened ${file.name}.`, 'success');
  return true;
}

export async function openDocument(): Promise<void> {
  if (!(await confirmDiscard('open another diagram'))) return;
  const file = await getHost().openDiagram();
  if (file) await loadOpenedFile(file);
}

/**
 * Runs a save and records its outcome. A save that fails (a full disk: main says why and leaves
 * the file as it was) is shown in the status bar, and the document stays dirty with its autosave.
 */
async function finishSave(
  save: () => Promise<{ handle: string; name: string } | null>,
  diagram: Diagram,
): Promise<boolean> {
  let saved: { handle: string; name: string } | null;
  try {
    saved = await save();
  } catch (error) {
    useUiStore.getState().showStatus(`Not saved: ${(error as Error).message}`, 'error');
    return false;
  }
  if (!saved) return false;
  const store = useDiagramStore.getState();
  // Keep later edits dirty: only the diagram that was written counts as saved.
  if (store.diagram === diagram) store.markSaved({ handle: saved.handle, name: saved.name });
  else useDiagramStore.setState({ document: { handle: saved.handle, name: saved.name }, saved: diagram });
  await getHost().clearAutosave();
  useUiStore.getState().showStatus(`Saved ${saved.name}.`, 'success');
  return true;
}

/** The text to save, or null (said in the status bar) when the file would be too large to open. */
function savableText(diagram: Diagram): string | null {
  const text = documentText(diagram);
  const problem = saveSizeProblem(text);
  if (problem) useUiStore.getState().showStatus(problem, 'error');
  return problem ? null : text;
}

export async function saveDocument(): Promise<boolean> {
  const { diagram, document } = useDiagramStore.getState();
  const text = savableText(diagram);
  if (text === null) return false;
  return finishSave(
    () => getHost().saveDiagram({ handle: document.handle, suggestedName: document.name, text }),
    diagram,
  );
}

export async function saveDocumentAs(): Promise<boolean> {
  const { diagram, document } = useDiagramStore.getState();
  const text = savableText(diagram);
  if (text === null) return false;
  return finishSave(() => getHost().saveDiagramAs({ suggestedName: document.name, text }), diagram);
}

/** The file changed on disk: offer to reload it (keeping local changes is the default). */
export async function offerReload(handle: string): Promise<void> {
  const { document } = useDiagramStore.getState();
  if (document.handle !== handle) return;
  const dirty = isDirty(useDiagramStore.getState());
  const answer = await ask(
    'File changed on disk',
    dirty
      ? `${document.name} changed on disk, and you have unsaved changes. Reload it and lose your changes?`
      : `${document.name} changed on disk. Reload it?`,
    [
      { value: 'reload', label: 'Reload', primary: !dirty },
      { value: 'keep', label: 'Keep mine', primary: dirty },
    ],
    'keep',
  );
  if (answer !== 'reload') return;
  const file = await getHost().reload(handle);
  if ('error' in file) useUiStore.getState().showStatus(file.error, 'error');
  else await loadOpenedFile(file);
}

/** The host wants to close the window: ask about unsaved changes, then answer it. */
export async function answerCloseRequest(): Promise<void> {
  getHost().confirmClose(await confirmDiscard('close the window'));
}

/** Offers unsaved changes from an earlier session, if the host kept any. */
export async function offerRecovery(): Promise<void> {
  const recovery = await getHost().readRecovery();
  if (!recovery) return;
  const parsed = await parseDiagramSoon(recovery.text);
  if (!parsed.ok || parsed.diagram.nodes.length === 0) {
    await getHost().clearAutosave();
    return;
  }
  const when = new Date(recovery.savedAt).toLocaleString();
  const answer = await ask(
    'Recover unsaved changes?',
    `Django Stack Builder found unsaved changes to ${recovery.name ?? 'an untitled diagram'} from ${when}.`,
    [
      { value: 'restore', label: 'Restore', primary: true },
      { value: 'discard', label: 'Discard' },
    ],
    'discard',
  );
  if (answer === 'restore') {
    useDiagramStore.getState().load(parsed.diagram, { handle: null, name: recovery.name ?? UNTITLED }, { dirty: true });
    fitViewSoon();
    useUiStore.getState().showStatus('Restored the unsaved changes.', 'success');
  } else {
    await getHost().clearAutosave();
  }
}

/**
 * Writes the document to the host's autosave every few seconds while it has unsaved changes. A
 * large diagram's text is written in a worker (document-text.ts), which in the web build also
 * stores it; one autosave at a time.
 */
export function startAutosave(intervalMs = 3000): () => void {
  let written: Diagram | null = null;
  let writing = false;
  let stopped = false;
  const timer = setInterval(() => {
    const state = useDiagramStore.getState();
    if (writing || !isDirty(state) || state.diagram === written) return;
    written = state.diagram;
    writing = true;
    const name = state.document.handle ? state.document.name : null;
    const host = getHost();
    const job = host.recoveryInWorker
      ? autosaveSoon(state.diagram, name, new Date().toISOString())
      : documentTextSoon(state.diagram);
    void job
      .then(async (result) => {
        if ('autosaved' in result) {
          // Saved or discarded while the worker stored it: the clear came first, so clear again.
          if (result.autosaved === 'stored' && !isDirty(useDiagramStore.getState())) await host.clearAutosave();
          return;
        }
        // A text past the file limit would be refused by the host; the save itself says why.
        // Saved or discarded meanwhile: nothing to recover.
        if (stopped || sizeProblem(result.bytes) || !isDirty(useDiagramStore.getState())) return;
        await host.writeAutosave(result.text, name);
      })
      .finally(() => {
        writing = false;
      });
  }, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
