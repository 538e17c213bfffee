/**
 * The minimap's geometry: which part of the flow it shows and how its pixels map to flow
 * coordinates. Pure, so that the drawing and the pointer handling agree by construction.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** React Flow's viewport transform: translation in screen pixels, then zoom. */
export type Transform = readonly [x: number, y: number, zoom: number];

/** How flow coordinates map to the minimap: minimap = (flow − origin) × scale. */
export interface MiniMapFrame {
  origin: Point;
  scale: number;
}

export function union(a: Rect, b: Rect): Rect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The part of the flow that the canvas shows, in flow coordinates. */
export function visibleRect([x, y, zoom]: Transform, width: number, height: number): Rect {
  return { x: -x / zoom, y: -y / zoom, width: width / zoom, height: height / zoom };
}

/**
 * The frame that fits `content` (the nodes and the visible part, so that the view rectangle is
 * always on the map) into a minimap of `size`, centred, with `padding` minimap pixels around.
 */
export function fitFrame(content: Rect, size: { width: number; height: number }, padding = 6): MiniMapFrame {
  const width = Math.max(content.width, 1);
  const height = Math.max(content.height, 1);
  const scale = Math.min((size.width - 2 * padding) / width, (size.height - 2 * padding) / height);
  return {
    scale,
    origin: {
      x: content.x - (size.width / scale - width) / 2,
      y: content.y - (size.height / scale - height) / 2,
    },
  };
}

export function toMiniMap(frame: MiniMapFrame, rect: Rect): Rect {
  return {
    x: (rect.x - frame.origin.x) * frame.scale,
    y: (rect.y - frame.origin.y) * frame.scale,
    width: rect.width * frame.scale,
    height: rect.height * frame.scale,
  };
}

export function toFlow(frame: MiniMapFrame, point: Point): Point {
  return { x: point.x / frame.scale + frame.origin.x, y: point.y / frame.scale + frame.origin.y };
}

export function contains(rect: Rect, point: Point): boolean {
  return point.x >= rect.x && point.x <= rect.x + rect.width && point.y >= rect.y && point.y <= rect.y + rect.height;
}

/** The transform that puts flow point `center` in the middle of a `width` × `height` canvas. */
export function centredOn(center: Point, zoom: number, width: number, height: number): Transform {
  return [width / 2 - center.x * zoom, height / 2 - center.y * zoom, zoom];
}
