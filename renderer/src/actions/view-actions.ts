/** Canvas and window commands: fit view, zoom, auto-wire, auto-layout, theme, dialogs. */
import { SHORTCUTS } from '../../../core/host/shortcuts';
import { autoWire } from '../../../core/diagram/auto-wire';
import type { NodeSize } from '../../../core/layout/auto-layout';
import { catalog } from '../store/catalog';
import { useDiagramStore } from '../store/diagram-store';
import { fitPackages, flowApi } from '../store/flow-api';
import { useUiStore } from '../store/ui-store';
import type { Action } from './types';

const hasNodes = () => useDiagramStore.getState().diagram.nodes.length > 0;

/** Node sizes as React Flow measured them (nodes not measured yet are left out). */
export function measuredSizes(): Record<string, NodeSize> {
  const sizes: Record<string, NodeSize> = {};
  for (const node of flowApi()?.getNodes() ?? []) {
    if (node.measured?.width && node.measured.height)
      sizes[node.id] = { width: node.measured.width, height: node.measured.height };
  }
  return sizes;
}

export function fitView(): void {
  fitPackages({ padding: 0.2, duration: 200, maxZoom: 1.25 });
}

export const viewActions: Action[] = [
  {
    id: 'view.fitView',
    label: 'Fit view',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.fitView']!],
    undoable: false,
    perform: fitView,
  },
  {
    id: 'view.zoomIn',
    label: 'Zoom in',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.zoomIn']!],
    undoable: false,
    perform: () => void flowApi()?.zoomIn({ duration: 150 }),
  },
  {
    id: 'view.zoomOut',
    label: 'Zoom out',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.zoomOut']!],
    undoable: false,
    perform: () => void flowApi()?.zoomOut({ duration: 150 }),
  },
  {
    id: 'view.autoWire',
    label: 'Auto-wire',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.autoWire']!],
    undoable: true,
    enabled: hasNodes,
    perform: () => {
      const before = useDiagramStore.getState().diagram;
      const after = autoWire(before, catalog);
      const added = after.edges.length - before.edges.length;
      useDiagramStore.getState().setDiagram(after);
      useUiStore
        .getState()
        .showStatus(
          added > 0
            ? `Auto-wire added ${added} connection${added === 1 ? '' : 's'}.`
            : 'Nothing to wire: no unambiguous connection is left.',
        );
    },
  },
  {
    id: 'view.autoLayout',
    label: 'Auto-layout',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.autoLayout']!],
    undoable: true,
    enabled: hasNodes,
    perform: async () => {
      const before = useDiagramStore.getState().diagram;
      // ELK is large: load it on first use rather than with the app.
      const { autoLayout } = await import('../../../core/layout/auto-layout');
      const after = await autoLayout(before, catalog, measuredSizes());
      // Edits made while ELK ran win: a stale layout is dropped rather than undoing them.
      if (useDiagramStore.getState().diagram !== before) return;
      useDiagramStore.getState().setDiagram(after);
      requestAnimationFrame(fitView);
    },
  },
  {
    id: 'view.toggleTheme',
    label: 'Toggle light/dark theme',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.toggleTheme']!],
    undoable: false,
    perform: () => {
      const { theme, setTheme } = useUiStore.getState();
      const dark =
        theme === 'dark' || (theme === 'system' && window.matchMedia?.('(prefers-color-scheme: dark)').matches);
      setTheme(dark ? 'light' : 'dark');
    },
  },
  {
    id: 'view.commandPalette',
    label: 'Command palette…',
    group: 'View',
    shortcuts: [...SHORTCUTS['view.commandPalette']!],
    undoable: false,
    perform: () => useUiStore.getState().openDialog({ kind: 'command-palette' }),
  },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: [...SHORTCUTS['help.shortcuts']!],
    undoable: false,
    perform: () => useUiStore.getState().openDialog({ kind: 'shortcuts' }),
  },
  {
    id: 'help.about',
    label: 'About Django Stack Builder',
    group: 'Help',
    undoable: false,
    perform: () => useUiStore.getState().openDialog({ kind: 'about' }),
  },
];
