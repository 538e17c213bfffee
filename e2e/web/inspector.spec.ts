import { expect, test } from '../fixtures/test';

test('a selected wire shows what it generates in settings', async ({ app, page }, testInfo) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  await expect(app.nodes()).toHaveCount(11);
  await app.clickEdge('django-rest-knox.auth-djangorestframework.auth');
  const inspector = page.getByTestId('inspector.edge');
  await expect(inspector).toContainText('Auth connection');
  const settings = page.getByTestId('inspector.edge.settings');
  await expect(settings).toContainText('REST_FRAMEWORK = {');
  await expect(settings.locator('.is-added')).toContainText(
    "'DEFAULT_AUTHENTICATION_CLASSES': ['knox.auth.TokenAuthentication'",
  );
  await page.screenshot({ path: testInfo.outputPath('edge-inspector.png') });

  await app.clickEdge('redis-server.broker-celery.broker');
  await expect(page.getByTestId('inspector.edge.settings').locator('.is-added')).toHaveText(
    '+CELERY_BROKER_URL = REDIS_URL',
  );

  await app.clickEdge('django-fsm-2.state-django.state');
  await expect(page.getByTestId('inspector.edge.settings.none')).toBeVisible();
});

test('implicit packages show on the package that pulls them in and in the stack summary', async ({
  app,
  page,
}, testInfo) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  await expect(page.getByTestId('inspector.stack').getByTestId('inspector.implicit.redis')).toContainText(
    // kombu (Celery's messaging library) requires redis too: the real graph says so.
    /^redis \d+\.\d+\.\d+ \(via django-redis, kombu\)$/,
  );
  await app.node('django-redis').click();
  await expect(page.getByTestId('inspector.node').getByTestId('inspector.implicit.redis')).toContainText(
    'via django-redis',
  );
  await page.screenshot({ path: testInfo.outputPath('implicit-packages.png') });
  // Celery pulls in its own libraries (kombu, billiard, vine, …): the node lists them.
  await app.node('celery').click();
  await expect(page.getByTestId('inspector.node').getByTestId('inspector.implicit.kombu')).toContainText(
    '(via celery)',
  );
});

test('a pinned version shows a drawn pin, not an emoji, which Debian’s Chromium has no font for', async ({
  app,
  page,
}) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  await app.node('djangorestframework').click();
  const badge = page.getByTestId('canvas.node.djangorestframework.version');
  await expect(badge.locator('svg[data-icon="pin"]')).toHaveCount(0);
  await page.getByTestId('inspector.pin').selectOption({ index: 1 });
  await expect(badge.locator('svg[data-icon="pin"]')).toBeVisible();
  expect(await badge.textContent()).not.toMatch(/\p{Extended_Pictographic}/u);
});
