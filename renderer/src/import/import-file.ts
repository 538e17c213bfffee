/**
 * Importing a dependency file in the app (File > Import…, a file dropped on the canvas, File >
 * Open of a file that is not a diagram): the same core import as `djstack import`, with its
 * warnings (credentials replaced, includes not followed, lines kept as written) shown.
 */
import type { OpenedDependencyFile } from '../../../core/host/contract';
import { getHost } from '../host/host';
import { confirmDiscard } from '../document/document';
import { catalog } from '../store/catalog';
import { fitViewSoon } from '../store/flow-api';
import { UNTITLED, useDiagramStore } from '../store/diagram-store';
import { EMPTY_SELECTION, useUiStore } from '../store/ui-store';

const DEPENDENCY_FILE = /(\.txt|\.in|^pyproject\.toml|^pipfile|^pipfile\.lock|^poetry\.lock|^uv\.lock)$/i;

/** Whether a file's name says it is a requirements, pyproject or lock file rather than a diagram. */
export function isDependencyFileName(name: string): boolean {
  return DEPENDENCY_FILE.test(name.split(/[\\/]/).pop() ?? name);
}

/**
 * Imports a dependency file's text as a new, unsaved diagram; shows the warnings. `includes` are
 * the `-r`/`-c` files the host read next to it (desktop); without them includes are reported.
 */
export async function importFileText(
  name: string,
  text: string,
  includes?: OpenedDependencyFile['includes'],
): Promise<boolean> {
  if (!(await confirmDiscard('import another file'))) return false;
  // The readers of requirements, pyproject and lock files load with the first import, not at start.
  const { importDependencyFile } = await import('../../../core/import/dependency-file');
  const result = importDependencyFile(text, catalog, {
    file: name,
    // The host read exactly what core's reader asks for; an empty map (a browser) reads none.
    ...(includes && Object.keys(includes).length > 0
      ? { readInclude: (path: string) => includes[path] ?? { error: 'not read by the app' } }
      : {}),
  });
  const ui = useUiStore.getState();
  if (!result.ok) {
    ui.setOpenError(`${name} could not be imported. ${result.error}`);
    ui.showStatus(`${name} could not be imported.`, 'error');
    return false;
  }
  useDiagramStore.getState().load(result.diagram, { handle: null, name: UNTITLED }, { dirty: true });
  fitViewSoon();
  ui.select(EMPTY_SELECTION);
  const warnings = [
    ...(result.redacted.length > 0
      ? [`credentials in URLs were not stored: set ${result.redacted.join(', ')} before pip install`]
      : []),
    ...result.missingIncludes.map((missing) => `include not read: ${missing}`),
    ...result.notes,
  ];
  ui.setOpenError(warnings.length > 0 ? `Imported ${name}. ${warnings.join(' · ')}` : null);
  ui.showStatus(`Imported ${name}: ${result.diagram.nodes.length} nodes.`, 'success');
  return true;
}

/** File > Import…: the host asks for a file (the desktop reads its includes too) and it is imported. */
export async function pickAndImport(): Promise<boolean> {
  let file: OpenedDependencyFile | null;
  try {
    file = await getHost().openDependencyFile();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    useUiStore.getState().setOpenError(message);
    useUiStore.getState().showStatus('The file could not be imported.', 'error');
    return false;
  }
  return file ? importFileText(file.name, file.text, file.includes) : false;
}
