/** The window: top bar, palette | canvas | inspector, problems below, dialogs on top. */
import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useShortcuts } from './actions/use-shortcuts';
import { Canvas } from './canvas/canvas';
import { CommandPalette } from './command-palette/command-palette';
import { AboutDialog, ShortcutsDialog } from './command-palette/help-dialogs';
import { PackageDataDialogs } from './command-palette/package-data-dialogs';
import { ExportPreview } from './export/export-preview';
import { ShareDialog } from './export/share-dialog';
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
import { UpgradeView } from './upgrade/upgrade-view';
import { useViewPrefs } from './ui/view-prefs';

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
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useShortcuts();
  useHostBridge();
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
        <Dialogs />
        <PackageDataDialogs />
        <ConfirmDialog />
      </div>
    </ReactFlowProvider>
  );
}
