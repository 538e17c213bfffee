import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJson, writeJson } from './json-store';
import { DEFAULT_SIZE, placeWindow, stateToSave, WindowStateSchema, type Rect } from './window-state';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const monitorOnTheRight: Rect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window size and position', () => {
  it('the first start centres a default-sized window on the primary display', () => {
    const placed = placeWindow(null, [laptop]);
    expect(placed.bounds).toEqual({ x: 80, y: 63, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height });
    expect(placed.maximized).toBe(false);
  });

  it('a saved window that is visible comes back exactly where it was', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: false };
    expect(placeWindow(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  it('a window saved on a monitor that is now unplugged comes back centred on the primary display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1200, height: 700 }, maximized: true };
    const placed = placeWindow(saved, [laptop]);
    expect(placed.bounds).toEqual({ x: 120, y: 113, width: 1200, height: 700 });
    expect(placed.maximized).toBe(true);
  });

  it('a window whose title bar is above the top of the screen is brought back', () => {
    const placed = placeWindow({ bounds: { x: 100, y: -500, width: 1000, height: 700 }, maximized: false }, [laptop]);
    expect(placed.bounds.y).toBeGreaterThanOrEqual(laptop.y);
  });

  it('a window larger than its display shrinks to fit and stays on it', () => {
    const placed = placeWindow({ bounds: { x: 10, y: 30, width: 3000, height: 2000 }, maximized: false }, [laptop]);
    expect(placed.bounds).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });

  it('a window hanging off the right edge is pulled back inside', () => {
    const placed = placeWindow({ bounds: { x: 1200, y: 100, width: 1000, height: 600 }, maximized: false }, [laptop]);
    expect(placed.bounds.x + placed.bounds.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(placed.bounds.width).toBe(1000);
  });

  it('survives a round trip through the data folder, and a damaged file means no saved state', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'djstack-window-'));
    const file = join(folder, 'window-state.json');
    await writeJson(file, stateToSave({ x: 10.4, y: 20.6, width: 900, height: 700 }, true));
    expect(await readJson(file, WindowStateSchema)).toEqual({
      version: 1,
      bounds: { x: 10, y: 21, width: 900, height: 700 },
      maximized: true,
    });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
    await writeFile(file, '{"version":1,"bounds":{"x":"left"}');
    expect(await readJson(file, WindowStateSchema)).toBeNull();
    await writeFile(
      file,
      JSON.stringify({ version: 1, bounds: { x: 0, y: 0, width: -5, height: 10 }, maximized: false }),
    );
    expect(await readJson(file, WindowStateSchema)).toBeNull();
  });
});
