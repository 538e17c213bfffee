/** The window: top bar, palette | canvas | inspector, problems below, dialogs on top. */
import { ReactFlowProvider } from '@xyflow/react';
import { Suspense, useEffect, useLayoutEffect } from 'react';
import { useShortcuts } from './actions/use-shortcuts';
import { Canvas } from './canvas/canvas';
import { CommandPalette } from './command-palette/command-palette';
import { AboutDialog, ShortcutsDialog } from './command-palette/help-dialogs';
import { PackageDataDialogs } from './command-palette/package-data-dialogs';
import { TemplateDialog } from './gallery/template-dialog';
import { useHostBridge } from './host/use-host-bridge';
import { Inspector } from './inspector/inspector';
import { Palette } from './palette/palette';
import { ProblemsList } from './problems/problems-list';
import { useUiStore } from './store/ui-store';
import { TopBar } from './topbar/top-bar';
import { ConfirmDialog } from './ui/confirm-dialog';
import { PanelToggle } from './ui/panel-toggle';
import { OpenErrorBanner, StatusMessageView } from './ui/status-bar';
import { useResolvedTheme } from './ui/use-theme';
import { lazyView, preloadLazyViews } from './ui/lazy-view';
import { useViewPrefs } from './ui/view-prefs';

// Not needed for the first interactive canvas: the exporters, the share link's deflate, the
// upgrade report load in chunks of their own once the window is idle.
const ExportPreview = lazyView(() => import('./export/export-preview').then((m) => m.ExportPreview));
const ShareDialog = lazyView(() => import('./export/share-dialog').then((m) => m.ShareDialog));
const UpgradeView = lazyView(() => import('./upgrade/upgrade-view').then((m) => m.UpgradeView));

function Dialogs() {
  const dialog = useUiStore((state) => state.dialog);
  switch (dialog.kind) {
    case 'command-palette':
      return <CommandPalette />;
    case 'shortcuts':
      return <ShortcutsDialog />;
    case 'about':
      return <AboutDialog />;
    case 'templates':
      return <TemplateDialog />;
    case 'export-preview':
      return <ExportPreview exportId={dialog.exportId} />;
    case 'share':
      return <ShareDialog />;
    case 'upgrade':
      return <UpgradeView />;
    default:
      return null;
  }
}

export function App() {
  const theme = useResolvedTheme();
  // A layout effect: it runs before every view's effects, which read the theme's colours (the
  // minimap's and the overview's canvases); as an effect it ran after theirs, which drew in the
  // previous theme.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useShortcuts();
  useHostBridge();
  useEffect(() => preloadLazyViews(), []);
  const collapsed = useViewPrefs((state) => state.collapsed);
  const workspaceClass = `workspace${collapsed.palette ? ' no-palette' : ''}${collapsed.inspector ? ' no-inspector' : ''}`;
  return (
    <ReactFlowProvider>
      <div className="app">
        <TopBar />
        <OpenErrorBanner />
        <main className={workspaceClass}>
          {collapsed.palette ? null : <Palette />}
          <section className="canvas-column" aria-label="Canvas">
            <div className="canvas-area">
              <Canvas />
              <PanelToggle panel="palette" />
              <PanelToggle panel="inspector" />
              {/* Messages show over the canvas, never over the panels' buttons (a problem's fix). */}
              <StatusMessageView />
            </div>
            <ProblemsList />
          </section>
          {collapsed.inspector ? null : <Inspector />}
        </main>
        <Suspense fallback={null}>
          <Dialogs />
        </Suspense>
        <PackageDataDialogs />
        <ConfirmDialog />
      </div>
    </ReactFlowProvider>
  );
}
