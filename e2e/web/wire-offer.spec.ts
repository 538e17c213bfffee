import { expect, test } from '../fixtures/test';

test('dropping a package near a node that needs its role offers to wire it, in one undo step', async ({
  app,
  page,
}, testInfo) => {
  await app.dragPackage('django', { x: 700, y: 300 });
  await expect(app.node('django')).toBeVisible();
  await app.dragPackage('django-redis', { x: 380, y: 300 });
  const offer = page.getByTestId('canvas.wireOffer');
  await expect(offer).toHaveText(/Wire django-redis → Django cache\?/);
  await page.screenshot({ path: testInfo.outputPath('wire-offer.png') });

  await offer.getByTestId('canvas.wireOffer.accept').click();
  await expect(app.edges()).toHaveCount(1);
  await expect(page.locator('.react-flow__edge[data-id="django-redis.cache-django.cache"]')).toHaveCount(1);
  await expect(offer).toHaveCount(0);

  await page.keyboard.press('Control+z');
  await expect(app.edges()).toHaveCount(0);
  await expect(app.nodes()).toHaveCount(2);
});

test('a drop far from any partner offers nothing, and the offer can be dismissed', async ({ app, page }) => {
  await app.dragPackage('django', { x: 780, y: 100 });
  await app.dragPackage('django-redis', { x: 80, y: 620 });
  await expect(app.nodes()).toHaveCount(2);
  await expect(page.getByTestId('canvas.wireOffer')).toHaveCount(0);

  await app.dragPackage('celery', { x: 450, y: 100 });
  await expect(page.getByTestId('canvas.wireOffer')).toContainText('Celery → Django tasks');
  await page.getByTestId('canvas.wireOffer.dismiss').click();
  await expect(page.getByTestId('canvas.wireOffer')).toHaveCount(0);
  await expect(app.edges()).toHaveCount(0);
});
