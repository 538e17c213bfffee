import { useSyncExternalStore } from 'react';
import { useUiStore } from '../store/ui-store';

const QUERY = '(prefers-color-scheme: dark)';

// One query list for the page: React reads the snapshot on every render of every user of the
// hook (the canvas renders on every frame of a drag), and each matchMedia call builds a new one.
let query: MediaQueryList | null | undefined;
function darkQuery(): MediaQueryList | null {
  if (query === undefined) query = window.matchMedia?.(QUERY) ?? null;
  return query;
}

function subscribe(callback: () => void): () => void {
  const media = darkQuery();
  media?.addEventListener('change', callback);
  return () => media?.removeEventListener('change', callback);
}

function systemPrefersDark(): boolean {
  return darkQuery()?.matches ?? false;
}

/** The theme in effect: the user's choice, or the OS's when they made none. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useUiStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, systemPrefersDark, () => false);
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
