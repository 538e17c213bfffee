/**
 * Opening a share link: the diagram in the page's fragment becomes a new unsaved document. A
 * damaged or hostile link is bad input like a bad file: its message is shown and the open
 * diagram stays as it was.
 */
import { confirmDiscard } from '../document/document';
import { fitViewSoon } from '../store/flow-api';
import { UNTITLED, useDiagramStore } from '../store/diagram-store';
import { EMPTY_SELECTION, useUiStore } from '../store/ui-store';

/** The fragment is read once: a reload then shows the autosave of any edits, not the link again. */
function forgetFragment(): void {
  history.replaceState(history.state, '', window.location.href.split('#')[0]);
}

/** Opens the diagram of a share link in `hash`; true when the hash was a share link (opened or not). */
export async function openShareLink(hash: string, askFirst: boolean): Promise<boolean> {
  // The decoder (and its inflate) loads only for a page opened with a fragment.
  if (hash === '' || hash === '#') return false;
  const { decodeShareFragment, isShareFragment } = await import('../../../core/share/share-link');
  if (!isShareFragment(hash)) return false;
  const result = decodeShareFragment(hash);
  forgetFragment();
  const ui = useUiStore.getState();
  if (!result.ok) {
    ui.setOpenError(`The share link could not be opened. ${result.error}`);
    ui.showStatus('The share link could not be opened.', 'error');
    return true;
  }
  if (askFirst && !(await confirmDiscard('open the shared diagram'))) return true;
  useDiagramStore.getState().load(result.diagram, { handle: null, name: UNTITLED }, { dirty: true });
  fitViewSoon();
  ui.select(EMPTY_SELECTION);
  ui.setOpenError(null);
  ui.showStatus('Opened the shared diagram as a new document: save it to keep it.', 'success');
  return true;
}
