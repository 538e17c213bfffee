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
import { isDirty, useDiagramStore } from '../store/diagram-store';
import { getHost } from './host';

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
    void offerRecovery();
    return () => {
      for (const off of offs) off();
      unsubscribe();
      stopAutosave();
    };
  }, []);
}
