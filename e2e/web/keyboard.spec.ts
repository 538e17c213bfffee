import { expect, test } from '../fixtures/test';

test('keyboard only: add packages from the palette, auto-wire, undo, redo, delete, export', async ({ app, page }) => {
  // Tab from the top of the page reaches the palette search.
  for (let i = 0; i < 20; i++) {
    if (await page.evaluate(() => document.activeElement?.id === 'palette-search')) break;
    await page.keyboard.press('Tab');
  }
  await expect(page.getByTestId('palette.search')).toBeFocused();

  await page.keyboard.type('djangorestframework');
  await page.keyboard.press('Enter');
  await expect(app.nodesOf('djangorestframework')).toHaveCount(1);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('django');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('palette.package.django')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.nodes()).toHaveCount(2);

  await page.keyboard.press('Control+k');
  await page.keyboard.type('auto-wire');
  await page.keyboard.press('Enter');
  await expect(app.edges()).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(app.edges()).toHaveCount(0);
  await page.keyboard.press('Control+Shift+Z');
  await expect(app.edges()).toHaveCount(1);

  // The menu bar works from the keyboard too.
  await page.getByTestId('menu.edit').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('menu.edit.undo')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('menu.edit')).toBeFocused();

  // Focus a node with Tab, select it with Enter, delete it.
  await page.locator('.react-flow__node').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.package-node.is-selected')).toHaveCount(1);
  await page.keyboard.press('Delete');
  await expect(app.nodes()).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(app.nodes()).toHaveCount(2);

  await page.keyboard.press('Control+Shift+E');
  await expect(page.getByTestId('export.preview')).toBeVisible();
  await expect(page.getByTestId('export.preview.code')).toContainText('djangorestframework==');
  const download = page.waitForEvent('download');
  await page.getByTestId('export.preview.save').focus();
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toBe('requirements.txt');
});
