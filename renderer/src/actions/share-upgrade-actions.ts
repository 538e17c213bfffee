/** Sharing a diagram as a link (web build only) and the upgrade view. */
import { getHost } from '../host/host';
import { useDiagramStore } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import type { Action } from './types';

const hasNodes = () => useDiagramStore.getState().diagram.nodes.length > 0;

export const shareUpgradeActions: Action[] = [
  {
    id: 'export.shareLink',
    label: 'Share link…',
    group: 'Export',
    undoable: false,
    // A link needs the app's web address; the desktop app has none to give.
    enabled: () => getHost().kind === 'web' && hasNodes(),
    perform: () => useUiStore.getState().openDialog({ kind: 'share' }),
  },
  {
    id: 'view.upgrade',
    label: 'Upgrade Django…',
    group: 'View',
    undoable: false,
    enabled: hasNodes,
    perform: () => useUiStore.getState().openDialog({ kind: 'upgrade' }),
  },
];
