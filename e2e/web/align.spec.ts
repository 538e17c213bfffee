import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** A node's position in flow coordinates, from its transform (independent of the viewport). */
async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await page
    .locator(`.react-flow__node[data-id="${id}"]`)
    .evaluate((el) => (el as HTMLElement).style.transform);
  const [x, y] = [...transform.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
  return { x: x!, y: y! };
}

async function runCommand(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await page.getByTestId('command-palette.input').fill(query);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
}

test('align left and align centres from the command palette, each one undo step', async ({ app, page }) => {
  await app.dragPackage('django', { x: 650, y: 120 });
  await app.dragPackage('celery', { x: 250, y: 450 });
  await app.node('django').click();
  await app.node('celery').click({ modifiers: ['Control'] });

  await runCommand(page, 'Align left edges');
  const left = (await flowPosition(page, 'celery')).x;
  await expect.poll(async () => (await flowPosition(page, 'django')).x).toBe(left);
  expect((await flowPosition(page, 'django')).y).toBeLessThan((await flowPosition(page, 'celery')).y);

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await flowPosition(page, 'django')).x).toBeGreaterThan(left);

  await runCommand(page, 'Align centres vertically');
  await expect
    .poll(async () => {
      const [django, celery] = [await app.node('django').boundingBox(), await app.node('celery').boundingBox()];
      return Math.abs(django!.y + django!.height / 2 - (celery!.y + celery!.height / 2));
    })
    .toBeLessThan(1.5);
});
