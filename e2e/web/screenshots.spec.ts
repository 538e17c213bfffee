import { expect, test } from '../fixtures/test';

// Pictures of the main states, kept under test-results/ for a person to look at.
test('screenshots of the main states', async ({ app, page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.getByTestId('gallery')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('1-empty-gallery.png') });

  await page.getByTestId('template.saas').click();
  await app.settled();
  await expect(app.nodes()).toHaveCount(11);
  await page.waitForTimeout(400);
  await page.screenshot({ path: testInfo.outputPath('2-populated-light.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await app.node('djangorestframework').click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: testInfo.outputPath('3-populated-dark.png') });

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('target.django').selectOption('3.2');
  await app.dragPackage('djangorestframework-jwt', { x: 150, y: 520 });
  await expect(page.getByTestId('problems.item.deprecated').first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('4-problems.png') });

  await page.keyboard.press('Control+k');
  await page.screenshot({ path: testInfo.outputPath('5-command-palette.png') });
  await page.keyboard.press('Escape');
  await app.menu('file', 'export.project');
  await page.screenshot({ path: testInfo.outputPath('6-export-preview.png') });
});

// The layout at both window sizes and in both themes, with the inspector showing a package
// and problems listed; then folded panels and a keyboard connection under way.
for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  test(`layout at ${size.width}×${size.height}, light and dark`, async ({ app, page }, testInfo) => {
    await page.setViewportSize(size);
    await page.getByTestId('template.saas').click();
    await app.settled();
    await app.setTarget('3.2');
    // Selected from the keyboard: at 1024×700 the minimap may lie over the package.
    await page.locator('.react-flow__node[data-id="djangorestframework"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(150);
      await page.screenshot({ path: testInfo.outputPath(`layout-${size.width}-${scheme}.png`) });
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Control+Shift+B');
    await page.keyboard.press('Shift+F');
    await page.waitForTimeout(400);
    await app.port('django-rest-knox', 'out', 'auth').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    await page.screenshot({ path: testInfo.outputPath(`layout-${size.width}-folded-connecting.png`) });
  });
}
