/**
 * The registry of every action, and the one way to run one: menus, shortcuts, the host's
 * menu, the command palette and buttons all call `runAction`.
 */
import { beginGesture, endGesture } from '../store/diagram-store';
import { useUiStore } from '../store/ui-store';
import { alignActions } from './align-actions';
import { diagramActions, type DiagramActionArgs } from './diagram-actions';
import { editActions } from './edit-actions';
import { fileActions } from './file-actions';
import { layoutActions } from './layout-actions';
import { packageDataActions } from './package-data-actions';
import { shareUpgradeActions } from './share-upgrade-actions';
import type { Action } from './types';
import { viewActions } from './view-actions';

export const ACTIONS: readonly Action[] = [
  ...fileActions,
  ...shareUpgradeActions,
  ...editActions,
  ...viewActions,
  ...layoutActions,
  ...alignActions,
  ...diagramActions,
  ...packageDataActions,
];

const byId = new Map(ACTIONS.map((action) => [action.id, action]));

export function getAction(id: string): Action | undefined {
  return byId.get(id);
}

export function isEnabled(action: Action): boolean {
  return action.enabled?.() ?? true;
}

/** Runs an action if it exists and is enabled; an undoable one makes exactly one undo step. */
export async function runAction(id: string, args?: unknown): Promise<boolean> {
  const action = byId.get(id);
  if (!action || !isEnabled(action)) return false;
  if (action.takesArguments && args === undefined) return false;
  if (!action.undoable) {
    await action.perform(args);
    return true;
  }
  beginGesture();
  try {
    // A synchronous edit closes its undo step before runAction returns, so the caller (a fix
    // button, a drop) sees the history as it will be; only an asynchronous one is awaited.
    const pending = action.perform(args);
    if (pending instanceof Promise) await pending;
  } catch (error) {
    useUiStore.getState().showStatus(`${action.label} failed: ${(error as Error).message}`, 'error');
  } finally {
    endGesture();
  }
  return true;
}

/** Runs a diagram command with the value of the gesture that fired it (typed per action). */
export function dispatch<K extends keyof DiagramActionArgs>(id: K, args: DiagramActionArgs[K]): Promise<boolean> {
  return runAction(id, args);
}
