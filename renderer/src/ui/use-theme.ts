import { useSyncExternalStore } from 'react';
import { useUiStore } from '../store/ui-store';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(callback: () => void): () => void {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', callback);
  return () => media?.removeEventListener('change', callback);
}

function systemPrefersDark(): boolean {
  return window.matchMedia?.(QUERY).matches ?? false;
}

/** The theme in effect: the user's choice, or the OS's when they made none. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUiStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
