import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** The viewport's translation and zoom, from React Flow's transform. */
async function viewport(page: Page): Promise<{ x: number; y: number; zoom: number }> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  const [x, y, zoom] = [...transform.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
  return { x: x!, y: y!, zoom: zoom! };
}

/** How many of the minimap's pixels have the colour of a role (strongly saturated), not the panel's. */
async function colouredPixels(page: Page): Promise<number> {
  return page.getByTestId('canvas.minimap').evaluate((canvas) => {
    const context = (canvas as HTMLCanvasElement).getContext('2d')!;
    const { data } = context.getImageData(
      0,
      0,
      (canvas as HTMLCanvasElement).width,
      (canvas as HTMLCanvasElement).height,
    );
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 60) count++;
    }
    return count;
  });
}

test('the minimap draws the stack and moves the view when dragged or scrolled', async ({ app, page }) => {
  const minimap = page.getByTestId('canvas.minimap');
  // An empty canvas has nothing to map, and its frame would lie over the gallery.
  await expect(minimap).toHaveCount(0);

  await page.getByTestId('template.saas').click();
  await app.settled();
  await expect(minimap).toHaveAttribute('aria-label', 'Minimap of the stack');
  await expect.poll(() => colouredPixels(page)).toBeGreaterThan(500);

  // Dragging on the map to the right moves the view right: the flow slides left on screen.
  const before = await viewport(page);
  const box = (await minimap.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y, { steps: 5 });
  await page.mouse.up();
  const dragged = await viewport(page);
  expect(dragged.x).toBeLessThan(before.x - 20);
  expect(dragged.zoom).toBe(before.zoom);

  // Scrolling up over the map zooms in, down zooms out.
  await page.mouse.move(start.x, start.y);
  await page.mouse.wheel(0, -100);
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(dragged.zoom);
  const zoomed = (await viewport(page)).zoom;
  await page.mouse.wheel(0, 100);
  await expect.poll(async () => (await viewport(page)).zoom).toBeLessThan(zoomed);
});
