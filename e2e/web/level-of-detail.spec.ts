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

  // A picture taken now still has every detail: the far-zoom name is not shown in it.
  const { text } = await app.downloadText(() => app.menu('file', 'export.svg'));
  expect(text).toContain('Django REST framework');
  const farStyles = [...text.matchAll(/class="package-node-far"[^>]*style="([^"]*)"/g)].map((match) => match[1]);
  expect(farStyles.length).toBeGreaterThan(0);
  for (const style of farStyles) expect(style).toMatch(/(^|;\s*)display:\s*none/);
  await expect(page.getByTestId('canvas')).not.toHaveAttribute('data-exporting');
  await expect(far).toHaveCSS('display', 'block'); // a line box over the node, with no height of its own

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
