import { ACTIONS } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import type { ActionGroup } from '../actions/types';
import { catalog } from '../store/catalog';
import { useUiStore } from '../store/ui-store';
import { Modal } from '../ui/modal';

const GROUPS: ActionGroup[] = ['File', 'Export', 'Edit', 'View', 'Arrange', 'Help'];
const CANVAS_KEYS: [string, string][] = [
  ['Tab / Shift+Tab', 'Move between packages, ports and panels'],
  ['Enter or Space', 'Select the focused package'],
  ['Enter on a port', 'Start a connection from it'],
  ['Tab / arrows while connecting', 'Move between the ports that can take it'],
  ['Enter / Escape while connecting', 'Connect to the focused port / cancel'],
  ['Arrow keys', 'Move the selected packages'],
  ['Shift+drag', 'Select an area'],
  ['Ctrl/⌘+click', 'Add to the selection'],
  ['Palette: ↑ ↓, Enter', 'Choose a package and add it at a free spot'],
];

export function ShortcutsDialog() {
  const close = useUiStore((state) => state.closeDialog);
  return (
    <Modal title="Keyboard shortcuts" onClose={close} testId="shortcuts">
      <div className="shortcut-columns">
        {GROUPS.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl className="shortcut-list">
              {ACTIONS.filter((action) => action.group === group && action.shortcuts?.length).map((action) => (
                <div key={action.id}>
                  <dt>{action.label}</dt>
                  <dd>
                    {action.shortcuts!.map((shortcut) => (
                      <kbd key={shortcut}>{shortcutLabel(shortcut)}</kbd>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <section>
          <h3>Canvas</h3>
          <dl className="shortcut-list">
            {CANVAS_KEYS.map(([keys, what]) => (
              <div key={keys}>
                <dt>{what}</dt>
                <dd>
                  <kbd>{keys}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Modal>
  );
}

export function AboutDialog() {
  const close = useUiStore((state) => state.closeDialog);
  return (
    <Modal title="About Django Stack Builder" onClose={close} testId="about">
      <p>
        Plan a Django project's stack on a canvas: compatibility checks, pinned requirements, settings and a runnable
        skeleton.
      </p>
      <p>
        Catalog: {catalog.packages.length} packages and services, {catalog.roles.length} roles.
      </p>
    </Modal>
  );
}
