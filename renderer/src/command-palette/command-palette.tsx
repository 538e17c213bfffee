/** Ctrl/Cmd+K: every registered action, searchable, run with Enter. */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { ACTIONS, isEnabled, runAction } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import { useUiStore } from '../store/ui-store';
import { Modal } from '../ui/modal';

export function CommandPalette() {
  const close = useUiStore((state) => state.closeDialog);
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return ACTIONS.filter((action) => action.id !== 'view.commandPalette' && !action.takesArguments).filter(
      (action) => {
        const text = `${action.group} ${action.label} ${action.id}`.toLowerCase();
        return words.every((word) => text.includes(word));
      },
    );
  }, [query]);
  const current = Math.min(index, Math.max(0, matches.length - 1));

  const run = (id: string) => {
    close();
    // After the dialog has closed, so that focus-sensitive actions see the canvas again.
    requestAnimationFrame(() => void runAction(id));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setIndex((current + 1) % Math.max(1, matches.length));
    else if (event.key === 'ArrowUp') setIndex((current - 1 + matches.length) % Math.max(1, matches.length));
    else if (event.key === 'Enter') {
      const action = matches[current];
      if (action && isEnabled(action)) run(action.id);
    } else return;
    event.preventDefault();
  };

  return (
    <Modal title="Command palette" onClose={close} className="command-palette" testId="command-palette">
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="command-list"
        aria-activedescendant={matches[current] ? `command-${matches[current].id}` : undefined}
        aria-label="Type a command"
        placeholder="Type a command…"
        data-testid="command-palette.input"
        data-autofocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="command-list" role="listbox" className="command-list">
        {matches.map((action, i) => {
          const enabled = isEnabled(action);
          return (
            <li
              key={action.id}
              id={`command-${action.id}`}
              role="option"
              aria-selected={i === current}
              aria-disabled={!enabled}
              className={`command${i === current ? ' is-active' : ''}`}
              data-testid={`command.${action.id}`}
              onMouseEnter={() => setIndex(i)}
              onClick={() => enabled && run(action.id)}
            >
              <span className="command-group">{action.group}</span>
              <span className="command-label">{action.label}</span>
              {action.shortcuts?.[0] ? <kbd>{shortcutLabel(action.shortcuts[0])}</kbd> : null}
            </li>
          );
        })}
        {matches.length === 0 ? <li className="empty-note">No command matches.</li> : null}
      </ul>
    </Modal>
  );
}
