/**
 * The window's size and position, remembered between sessions and checked against the
 * displays that exist now: a window saved on an unplugged monitor comes back on a visible one.
 */
import { z } from '../../core/zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

const Int = z.number().int().min(-100_000).max(100_000);
export const WindowStateSchema = z.object({
  version: z.literal(1),
  bounds: z.object({ x: Int, y: Int, width: Int.min(1), height: Int.min(1) }),
  maximized: z.boolean(),
});

export const DEFAULT_SIZE = { width: 1280, height: 800 };
export const MIN_SIZE = { width: 800, height: 560 };
/** How much of the title bar must be on a display for the saved position to be kept. */
const MIN_VISIBLE = { width: 160, height: 40 };

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    width: Math.min(a.x + a.width, b.x + b.width) - x,
    height: Math.min(a.y + a.height, b.y + b.height) - y,
  };
}

function centeredIn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Where to open the window, given what was saved (or null) and the displays' work areas (the
 * primary first). The saved bounds are kept when enough of the title bar is visible on some
 * display, shrunk to fit that display; otherwise the window is centred on the primary display.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { bounds: centeredIn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
  const { bounds } = saved;
  const titleBar: Rect = { x: bounds.x, y: bounds.y, width: bounds.width, height: MIN_VISIBLE.height };
  const host = workAreas.find((area) => {
    const visible = intersection(titleBar, area);
    return visible.width >= Math.min(MIN_VISIBLE.width, bounds.width) && visible.height >= MIN_VISIBLE.height;
  });
  if (!host) return { bounds: centeredIn(primary, bounds.width, bounds.height), maximized: saved.maximized };
  const width = Math.max(Math.min(bounds.width, host.width), Math.min(MIN_SIZE.width, host.width));
  const height = Math.max(Math.min(bounds.height, host.height), Math.min(MIN_SIZE.height, host.height));
  // Keep the top-left corner where it was, but pull the window back inside the display it is on.
  const x = Math.min(Math.max(bounds.x, host.x), host.x + host.width - width);
  const y = Math.min(Math.max(bounds.y, host.y), host.y + host.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}

/** The state to save: the normal (unmaximized) bounds, so restoring a maximized window unmaximizes to them. */
export function stateToSave(normalBounds: Rect, maximized: boolean): z.infer<typeof WindowStateSchema> {
  const round = (n: number) => Math.round(n);
  return {
    version: 1,
    bounds: {
      x: round(normalBounds.x),
      y: round(normalBounds.y),
      width: round(normalBounds.width),
      height: round(normalBounds.height),
    },
    maximized,
  };
}
