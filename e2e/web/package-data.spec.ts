/**
 * "Update package data…" and "Add package by name…" in the browser build, against the project's
 * loopback index (scripts/index-server). The page's CSP allows only its own origin, so the index
 * is given as a same-origin path that the test routes to the loopback server.
 */
import type { Page, Route } from '@playwright/test';
import { startIndexServer, type IndexServer } from '../../scripts/index-server/server';
import { recordedStore } from '../../scripts/index-server/store';
import { expect, test } from '../fixtures/test';

let server: IndexServer;

test.beforeAll(async () => {
  const store = recordedStore();
  // A release newer than the bundled data: its METADATA is 7.0.0's with the version changed.
  const redis = store.get('django-redis')!;
  const newest = redis.releases[0]!;
  redis.releases.unshift({
    ...newest,
    version: '7.1.0',
    uploaded: '2026-12-01T00:00:00.000000Z',
    metadata: newest.metadata.replace(/^Version: .*$/m, 'Version: 7.1.0'),
  });
  server = await startIndexServer(store);
});
test.afterAll(() => server.close());

/** Routes `/test-index/*` of the page's origin to the loopback index, each answer after `delayMs`. */
async function routeIndex(page: Page, delayMs = 0): Promise<void> {
  await page.unroute('**/test-index/**');
  await page.route('**/test-index/**', async (route: Route) => {
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const path = new URL(route.request().url()).pathname.replace(/^\/test-index/, '');
    try {
      const response = await route.fetch({ url: `${server.url}${path}`, maxRedirects: 0 });
      await route.fulfill({ response });
    } catch {
      // the page cancelled the request (Cancel): nothing to answer
    }
  });
}

async function openUpdateDialog(page: Page): Promise<void> {
  await page.getByTestId('menu.file').click();
  await page.getByTestId('menu.data.updatePackageData').click();
  await expect(page.getByTestId('packageData.dialog')).toBeVisible();
}

test('Update package data: progress, cancel, then a new release in the inspector and the date in the status bar', async ({
  app,
  page,
}, testInfo) => {
  const dataDate = page.getByTestId('status.dataDate');
  await expect(dataDate).toHaveText('Data 2026-11-30 (bundled)');
  const indexUrl = new URL('/test-index', page.url()).href;

  // A slow index: progress shows packages done of all, and Cancel stops it and changes nothing.
  await routeIndex(page, 400);
  await openUpdateDialog(page);
  await page.getByTestId('packageData.indexUrl').fill(indexUrl);
  await page.getByTestId('packageData.start').click();
  const progress = page.getByTestId('packageData.progress');
  await expect(progress).toContainText(/[1-9]\d* \/ \d+ packages/);
  await page.screenshot({ path: testInfo.outputPath('update-progress.png') });
  await page.getByTestId('packageData.cancel').click();
  await expect(progress).toBeHidden();
  await expect(app.status).toContainText('The update was cancelled. The package data is unchanged.');
  await expect(dataDate).toHaveText('Data 2026-11-30 (bundled)');

  // The same index at full speed: the new data replaces the catalog.
  await routeIndex(page);
  await page.getByTestId('packageData.start').click();
  await expect(page.getByTestId('packageData.dialog')).toBeHidden({ timeout: 30_000 });
  await expect(app.status).toContainText(/Package data updated: \d+ packages read/);
  await expect(dataDate).toHaveText(/^Data \d{4}-\d{2}-\d{2} \(refreshed\)$/);
  await expect(dataDate).not.toHaveText(/2026-11-30/);
  await page.screenshot({
    path: testInfo.outputPath('status-bar-refreshed.png'),
    clip: { x: 0, y: 0, width: 1440, height: 60 },
  });

  await app.search('django-redis');
  await app.paletteEntry('django-redis').press('Enter');
  await app.search('');
  await expect(page.getByTestId('inspector.pin').locator('option', { hasText: '7.1.0' })).toHaveCount(1);

  // Kept in the browser's storage: a reload starts with the refreshed data.
  await page.reload();
  await expect(dataDate).toHaveText(/\(refreshed\)$/);
});

test('Update package data: an index that cannot be read gives one message and changes nothing', async ({
  app,
  page,
}) => {
  await expect(app.pane).toBeVisible();
  await page.route('**/broken-index/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await openUpdateDialog(page);
  await page.getByTestId('packageData.indexUrl').fill(new URL('/broken-index', page.url()).href);
  await page.getByTestId('packageData.start').click();
  await expect(page.getByTestId('packageData.error')).toContainText(
    /^Nothing could be read from .*The package data is unchanged\.$/,
  );
  await expect(page.getByTestId('status.dataDate')).toHaveText('Data 2026-11-30 (bundled)');
});

test('Add package by name: validated, normalised, checked on its metadata when known', async ({
  app,
  page,
}, testInfo) => {
  // From the command palette.
  await page.keyboard.press('Control+k');
  await page.getByTestId('command-palette').getByRole('combobox').fill('add package by name');
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId('addByName.dialog');
  await expect(dialog).toBeVisible();
  await page.getByTestId('addByName.name').fill('bad name!');
  await expect(page.getByTestId('addByName.hint')).toContainText('A package name has letters, digits');
  await page.screenshot({ path: testInfo.outputPath('add-by-name-invalid.png') });
  await page.getByTestId('addByName.submit').click();
  await expect(dialog).toBeVisible();
  await expect(app.nodes()).toHaveCount(0);
  await page.getByTestId('addByName.name').fill('Kombu');
  await expect(page.getByTestId('addByName.hint')).toContainText('Adds kombu');
  await page.screenshot({ path: testInfo.outputPath('add-by-name.png') });
  await page.getByTestId('addByName.submit').click();
  await expect(dialog).toBeHidden();
  await expect(app.nodesOf('kombu')).toHaveCount(1);
  // kombu is a bundled dependency record: its releases are known, so the node is checked.
  await expect(page.getByTestId('inspector.pin').locator('option', { hasText: '5.5.3' })).toHaveCount(1);

  // From the palette's button: a name nothing knows is kept, and says it is not checked.
  await page.getByTestId('palette.addByName').click();
  await page.getByTestId('addByName.name').fill('Some_Unknown.Package');
  await page.keyboard.press('Enter');
  await expect(app.nodesOf('some-unknown-package')).toHaveCount(1);
  await expect(page.getByTestId('inspector.node')).toContainText('not in the catalog');
  await expect(app.status).toContainText('No metadata is known for it');
  await page.screenshot({ path: testInfo.outputPath('after-add-by-name.png') });
});
