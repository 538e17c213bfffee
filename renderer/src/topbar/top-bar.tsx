/** The top bar: the menu (in a browser), the document's name, the stack's target, quick actions. */
import { dispatch, runAction } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import { getHost } from '../host/host';
import { isDirty, useDiagramStore } from '../store/diagram-store';
import { useResolvedTheme } from '../ui/use-theme';
import { TARGET_CHOICES } from '../ui/targets';
import { DataDate } from './data-date';
import { MenuBar } from './menu-bar';

function TargetPicker({
  field,
  label,
  options,
}: {
  field: 'django' | 'python';
  label: string;
  options: readonly string[];
}) {
  const value = useDiagramStore((state) => state.diagram.target[field]);
  const all = options.includes(value) ? options : [...options, value];
  return (
    <label className="target-picker">
      <span>{label}</span>
      <select
        data-testid={`target.${field}`}
        value={value}
        onChange={(event) => void dispatch('diagram.setTarget', { [field]: event.target.value })}
      >
        {all.map((version) => (
          <option key={version} value={version}>
            {version}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TopBar() {
  const name = useDiagramStore((state) => state.document.name);
  const dirty = useDiagramStore(isDirty);
  const theme = useResolvedTheme();
  return (
    <header className="top-bar">
      <span className="app-mark" aria-hidden="true">
        ◆
      </span>
      {getHost().kind === 'web' ? <MenuBar /> : null}
      <span className="document-name" data-testid="document.name" title={dirty ? 'Unsaved changes' : 'Saved'}>
        {name}
        {dirty ? (
          <span className="dirty-dot" data-testid="document.dirty" aria-label="(unsaved changes)">
            {' '}
            •
          </span>
        ) : null}
      </span>
      <div className="top-bar-spacer" />
      <DataDate />
      <div className="target-versions" role="group" aria-label="Target versions">
        <TargetPicker field="django" label="Django" options={TARGET_CHOICES.django} />
        <TargetPicker field="python" label="Python" options={TARGET_CHOICES.python} />
      </div>
      <button
        type="button"
        className="tool-button"
        onClick={() => void runAction('view.autoWire')}
        data-testid="toolbar.autoWire"
      >
        Auto-wire
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void runAction('view.autoLayout')}
        data-testid="toolbar.autoLayout"
      >
        Auto-layout
      </button>
      <button
        type="button"
        className="tool-button"
        onClick={() => void runAction('view.commandPalette')}
        aria-label={`${shortcutLabel('Mod+K')} command palette`}
        title={`Command palette (${shortcutLabel('Mod+K')})`}
        data-testid="toolbar.commandPalette"
      >
        {shortcutLabel('Mod+K')}
      </button>
      <button
        type="button"
        className="tool-button"
        data-testid="toolbar.theme"
        onClick={() => void runAction('view.toggleTheme')}
        aria-label={`Switch to ${theme === 'dark' ? 'light' : 'dark'} theme`}
        title="Toggle theme"
      >
        {theme === 'dark' ? '☀' : '☾'}
      </button>
    </header>
  );
}
