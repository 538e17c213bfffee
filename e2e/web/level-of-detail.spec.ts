import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** A box's size before the canvas's zoom: what React Flow measures. */
async function layoutSize(locator: Locator): Promise<[number, number]> {
  return locator.evaluate((el) => [(el as HTMLElement).offsetWidth, (el as HTMLElement).offsetHeight]);
}

async function zoom(page: Page): Promise<number> {
  const transform = await page.locator('.react-flow__viewport').evaluate((el) => (el as HTMLElement).style.transform);
  return Number(/scale\(([\d.]+)\)/.exec(transform)![1]);
}

test('zoomed far out, packages show their names large; pictures keep every detail', async ({ app, page }, testInfo) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  const drf = app.nodesOf('djangorestframework');
  const name = drf.locator('.package-node-name');
  const far = drf.locator('.package-node-far');
  expect(await zoom(page)).toBeGreaterThanOrEqual(0.45);
  await expect(name).toBeVisible();
  await expect(far).toBeHidden();
  const size = await layoutSize(drf);

  const pane = (await app.pane.boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 400);
      return zoom(page);
    })
    .toBeLessThan(0.45);
  await app.settled();
  await expect(far).toHaveCSS('display', 'block'); // a line box over the node, with no height of its own
  await expect(far).toHaveText('Django REST framework');
  await expect(name).toBeHidden();
  await expect(drf.locator('.react-flow__handle').first()).toBeHidden();
  // The box keeps its size, so React Flow measures nothing again and the wires stay on their ports.
  expect(await layoutSize(drf)).toEqual(size);
  await expect(app.edges()).not.toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('far-zoom.png') });

  // A picture taken now still has every detail. The SVG is drawn from the diagram: the box's title,
  // its package and its ports' names, and nothing of the far-zoom view.
  const { text } = await app.downloadText(() => app.menu('file', 'export.svg'));
  expect(text).toMatch(
    /<text class="t"[^>]*>Django REST framework<\/text><text class="s m"[^>]*>djangorestframework<\/text>/,
  );
  expect(text).toMatch(/<text class="s"[^>]*>API docs<\/text>/);
  expect(text).not.toContain('package-node-far');
  // The PNG is a picture of the canvas itself: while it is taken, the far-zoom view is switched off.
  await page.evaluate(() => {
    const canvas = document.querySelector('.canvas')!;
    const seen: string[] = [];
    (window as unknown as { farWhileExporting: string[] }).farWhileExporting = seen;
    new MutationObserver(() => {
      if (!canvas.hasAttribute('data-exporting')) return;
      const far = canvas.querySelector('.package-node-far');
      const name = canvas.querySelector('.package-node-name');
      if (far && name) seen.push(`${getComputedStyle(far).display}/${getComputedStyle(name).display}`);
    }).observe(canvas, { attributes: true, attributeFilter: ['data-exporting'] });
  });
  const png = await app.downloadText(() => app.menu('file', 'export.png'));
  expect(png.download.suggestedFilename()).toMatch(/\.png$/);
  const farWhileExporting = await page.evaluate(
    () => (window as unknown as { farWhileExporting: string[] }).farWhileExporting,
  );
  expect(farWhileExporting.length).toBeGreaterThan(0);
  for (const displays of farWhileExporting) expect(displays).toMatch(/^none\/(?!none)/);
  await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-exporting');
  await expect(far).toHaveCSS('display', 'block'); // the far-zoom view is back once the picture is taken

  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, -400);
      return zoom(page);
    })
    .toBeGreaterThanOrEqual(0.45);
  await expect(name).toBeVisible();
  await expect(far).toBeHidden();
});
