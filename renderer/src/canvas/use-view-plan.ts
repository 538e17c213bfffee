/**
 * The canvas's view plan (windowing.ts) kept up to date with the viewport, and the packages
 * mounted on the way to it, MOUNT_BATCH per frame. Viewport changes are read from React Flow's
 * store once per animation frame; a window is planned again only when the view leaves it, and no
 * batch is mounted for a window the view has left.
 */
import { useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DiagramEdge, DiagramNode } from '../../../core/diagram/model';
import { guessedSize } from './to-flow';
import { mountsNow, nextMounted, planHolds, planView, viewRect, WINDOW_FROM_NODES, type ViewPlan } from './windowing';

const NOTHING: ReadonlySet<string> = new Set();

export interface ViewWindow {
  plan: ViewPlan;
  /** The packages mounted now; null: all of them. */
  mounted: ReadonlySet<string> | null;
}

export function useViewPlan(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  keep: readonly string[],
  /** True while a picture is taken: every package is mounted at once. */
  everything: boolean,
): ViewWindow {
  const store = useStoreApi();
  // Bumped when the view leaves the current plan's window (or may bring the overview under the cap).
  const [viewChange, setViewChange] = useState(0);
  // Derived while rendering, so that a diagram just opened is never rendered whole first.
  const plan = useMemo(() => {
    const { transform, width, height } = store.getState();
    return planView(nodes, edges, viewRect(transform, width, height), guessedSize, keep);
    // viewChange: the viewport it reads has moved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, nodes, edges, keep, viewChange]);
  const planRef = useRef(plan);
  useEffect(() => {
    planRef.current = plan;
  }, [plan]);

  useEffect(() => {
    if (nodes.length <= WINDOW_FROM_NODES) return undefined;
    let pending = 0;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.transform === previous.transform && state.width === previous.width && state.height === previous.height)
        return;
      if (!pending)
        pending = requestAnimationFrame(() => {
          pending = 0;
          const now = store.getState();
          if (!planHolds(planRef.current, viewRect(now.transform, now.width, now.height))) setViewChange((n) => n + 1);
        });
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
    };
  }, [store, nodes.length]);

  const target = everything || plan.mode === 'all' ? null : plan.ids;
  const [mounted, setMounted] = useState<ReadonlySet<string> | null>(null);
  const mountedRef = useRef<ReadonlySet<string> | null>(null);
  // Fills the window a batch per frame; what leaves it is unmounted at once.
  useEffect(() => {
    if (target === null) {
      // Everything is mounted: the next window fills from nothing.
      mountedRef.current = null;
      return undefined;
    }
    let frame = 0;
    const step = () => {
      const now = store.getState();
      if (!mountsNow(planRef.current, viewRect(now.transform, now.width, now.height))) {
        frame = requestAnimationFrame(step);
        return;
      }
      frame = 0;
      const current = mountedRef.current ?? new Set<string>();
      const next = nextMounted(current, target);
      if (next !== mountedRef.current) {
        mountedRef.current = next;
        setMounted(next);
      }
      if (next.size < target.size) frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [store, target]);

  // Until the first batch, a window mounts nothing (null would mount every package).
  return { plan, mounted: target === null ? null : (mounted ?? NOTHING) };
}
