/** Keyboard shortcuts for every registered action, from one listener on the window. */
import { useEffect } from 'react';
import { useUiStore } from '../store/ui-store';
import { ACTIONS, runAction } from './registry';
import { matchesShortcut } from './shortcuts';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['checkbox', 'radio', 'button', 'submit', 'range', 'color'].includes(target.type)
  );
}

export function useShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const editable = isEditable(event.target);
      const modalOpen = useUiStore.getState().dialog.kind !== 'none' || document.querySelector('dialog[open]') !== null;
      for (const action of ACTIONS) {
        const shortcut = action.shortcuts?.find((s) => matchesShortcut(s, event));
        if (!shortcut) continue;
        // In a text field, keys without a modifier and the text-editing shortcuts belong to the field.
        if (editable && (!shortcut.includes('Mod') || action.group === 'Edit')) return;
        // Under a modal only the command palette's own toggle passes.
        if (modalOpen && action.id !== 'view.commandPalette') return;
        event.preventDefault();
        if (action.id === 'view.commandPalette' && useUiStore.getState().dialog.kind === 'command-palette') {
          useUiStore.getState().closeDialog();
          return;
        }
        void runAction(action.id);
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
