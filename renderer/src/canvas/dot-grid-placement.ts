/**
 * Where the dot grid's layer goes for a viewport transform. The layer starts one cell before
 * the pane and has a dot in the middle of each cell; moving it by `x`, `y` (each in
 * [0, cell)) puts a dot on every screen point of a grid line: translation + k × gap × zoom.
 */
export function gridPlacement([tx, ty, zoom]: readonly [number, number, number], gap: number) {
  const cell = gap * zoom;
  const within = (value: number) => (((value + cell / 2) % cell) + cell) % cell;
  return { cell, x: within(tx), y: within(ty) };
}
