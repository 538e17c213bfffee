/**
 * Wires the host to the app: its menu commands run actions, opened files load, the document's
 * name and dirty state go back to it, autosave runs, and recovery is offered at start.
 */
import { useEffect } from 'react';
import { MENU_COMMANDS } from '../../../core/host/contract';
import { runAction } from '../actions/registry';
import {
  answerCloseRequest,
  confirmDiscard,
  loadOpenedFile,
  offerRecovery,
  offerReload,
  startAutosave,
} from '../document/document';
import { openShareLink } from '../export/open-share-link';
import { isDirty, useDiagramStore } from '../store/diagram-store';
import { getHost } from './host';
import { startPackageData } from './package-data-start';

export function useHostBridge(): void {
  useEffect(() => {
    const host = getHost();
    const known = new Set<string>(MENU_COMMANDS);
    const offs = [
      host.onCommand((command) => {
        if (known.has(command)) void runAction(command);
      }),
      host.onOpenFile((file) => {
        void confirmDiscard('open another diagram').then((go) => go && loadOpenedFile(file));
      }),
      host.onFileChanged((handle) => void offerReload(handle)),
      host.onCloseRequest(() => void answerCloseRequest()),
    ];
    const report = () => {
      const state = useDiagramStore.getState();
      host.setDocumentState({ name: state.document.name, dirty: isDirty(state), handle: state.document.handle });
    };
    report();
    const unsubscribe = useDiagramStore.subscribe((state, previous) => {
      if (state.document !== previous.document || isDirty(state) !== isDirty(previous)) report();
    });
    const stopAutosave = startAutosave();
    const stopPackageData = startPackageData();
    // A share link opens its diagram instead of offering to recover the last session's.
    void openShareLink(window.location.hash, false).then((shared) => {
      if (!shared) void offerRecovery();
    });
    // A share link pasted into the address bar of an open app changes only the fragment.
    const onHashChange = () => void openShareLink(window.location.hash, true);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      for (const off of offs) off();
      unsubscribe();
      stopAutosave();
      stopPackageData();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
}
