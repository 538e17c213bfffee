/**
 * The in-page menu bar (a browser has no native menu). Items are the registered actions, so a
 * menu click runs exactly what the shortcut and the command palette run.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { ACTIONS, isEnabled, runAction } from '../actions/registry';
import { shortcutLabel } from '../actions/shortcuts';
import type { Action, ActionGroup } from '../actions/types';

const MENUS: { id: string; label: string; groups: ActionGroup[] }[] = [
  { id: 'file', label: 'File', groups: ['File', 'Export'] },
  { id: 'edit', label: 'Edit', groups: ['Edit'] },
  { id: 'view', label: 'View', groups: ['View', 'Arrange'] },
  { id: 'help', label: 'Help', groups: ['Help'] },
];

function MenuItems({ groups, onDone }: { groups: ActionGroup[]; onDone: (focusButton: boolean) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else if (event.key === 'Home') items[0]?.focus();
    else if (event.key === 'End') items[items.length - 1]?.focus();
    else if (event.key === 'Escape') onDone(true);
    else if (event.key === 'Tab') onDone(false);
    else return;
    if (event.key !== 'Tab') event.preventDefault();
  };
  const run = (action: Action) => {
    if (!isEnabled(action)) return;
    onDone(false);
    void runAction(action.id);
  };
  return (
    <div className="menu-popup" role="menu" ref={ref} onKeyDown={onKeyDown}>
      {groups.map((group, g) => (
        <div key={group} role="group" aria-label={group}>
          {g > 0 ? <div className="menu-separator" role="separator" /> : null}
          {ACTIONS.filter((action) => action.group === group && !action.takesArguments).map((action) => {
            const enabled = isEnabled(action);
            return (
              <button
                key={action.id}
                type="button"
                role="menuitem"
                className="menu-item"
                data-testid={`menu.${action.id}`}
                aria-disabled={!enabled}
                tabIndex={-1}
                onClick={() => run(action)}
              >
                <span>{action.label}</span>
                {action.shortcuts?.[0] ? <kbd>{shortcutLabel(action.shortcuts[0])}</kbd> : null}
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}

export function MenuBar() {
  const [open, setOpen] = useState<string | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('pointerdown', onPointerDown);
    return () => window.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const onBarKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const index = MENUS.findIndex(
      (menu) => menu.id === (open ?? (document.activeElement as HTMLElement)?.dataset.menu),
    );
    if (index < 0) return;
    const next = MENUS[(index + (event.key === 'ArrowRight' ? 1 : MENUS.length - 1)) % MENUS.length]!;
    event.preventDefault();
    if (open) setOpen(next.id);
    bar.current?.querySelector<HTMLElement>(`[data-menu="${next.id}"]`)?.focus();
  };

  return (
    <div className="menu-bar" role="menubar" aria-label="Main menu" ref={bar} onKeyDown={onBarKeyDown}>
      {MENUS.map((menu) => (
        <div key={menu.id} className="menu">
          <button
            type="button"
            role="menuitem"
            aria-haspopup="menu"
            aria-expanded={open === menu.id}
            data-menu={menu.id}
            data-testid={`menu.${menu.id}`}
            className="menu-button"
            onClick={() => setOpen(open === menu.id ? null : menu.id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                setOpen(menu.id);
              }
            }}
          >
            {menu.label}
          </button>
          {open === menu.id ? (
            <MenuItems
              groups={menu.groups}
              onDone={(focusButton) => {
                setOpen(null);
                if (focusButton) bar.current?.querySelector<HTMLElement>(`[data-menu="${menu.id}"]`)?.focus();
              }}
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}
