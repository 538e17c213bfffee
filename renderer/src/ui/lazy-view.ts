/**
 * A view whose code is not needed for the first interactive canvas: it loads in its own chunk,
 * once the window is idle after start (`preloadLazyViews`) or when first shown, whichever
 * comes first. Render it inside a <Suspense>.
 */
import { lazy, type ComponentType } from 'react';

const loaders: (() => unknown)[] = [];

export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => (loading ??= load().then((component) => ({ default: component })));
  loaders.push(preload);
  return lazy(preload);
}

/**
 * Loads every lazy view when the window is first idle, so that opening one later shows it at
 * once (no fallback on screen, no keystroke lost to a dialog not yet there).
 */
export function preloadLazyViews(): () => void {
  const load = () => {
    for (const preload of loaders) void preload();
  };
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(load, 200);
    return () => clearTimeout(timer);
  }
  const id = requestIdleCallback(load, { timeout: 2000 });
  return () => cancelIdleCallback(id);
}
