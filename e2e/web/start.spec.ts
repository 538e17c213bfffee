/**
 * The app's start: its package data is a JSON file of the build (scripts/prevalidated-catalog.ts),
 * preloaded by index.html while the scripts load and read once; when it cannot be read, the
 * window says why instead of staying blank.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 1440, height: 900 } });

test('the package data is requested once, by the preload, and the palette lists it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/catalog-[^/]*\.json$/.test(new URL(request.url()).pathname)) requests.push(request.url());
  });
  await page.goto('/');
  await expect(page.getByTestId('palette.package.django-allauth')).toBeAttached();
  await expect(page.getByTestId('palette.package.djangorestframework-jwt')).toBeAttached();
  expect(requests).toHaveLength(1);
});

test('package data that cannot be read stops the start with a message, not a blank window', async ({ page }) => {
  await page.route(/\/assets\/catalog-[^/]*\.json$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/');
  const failure = page.getByTestId('start-failure');
  await expect(failure).toBeVisible();
  await expect(failure).toContainText('Django Stack Builder could not start');
  await expect(failure).toContainText(
    /The app's package data \(.*\/assets\/catalog-[^/]*\.json\) could not be read: HTTP 404/,
  );
  await expect(page.locator('.react-flow__pane')).toHaveCount(0);
});
