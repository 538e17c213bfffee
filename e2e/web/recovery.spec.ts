/// <reference lib="dom" />
/**
 * No data is lost: unsaved changes are autosaved (every 3 s) to the web build's recovery copy in
 * IndexedDB, and a reload offers them back. A large diagram's text is written in a worker.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { CatalogPackage } from '../../catalog/schema';
import { hostileDiagram } from '../../scripts/bench/synthetic';
import { expect, test } from '../fixtures/test';

/** The recovery copy as stored in IndexedDB (null when there is none). */
function storedRecovery(page: Page): Promise<{ name: string | null; length: number } | null> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('django-stack-builder', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('recovery', 'readonly').objectStore('recovery');
          const get = store.get('django-stack-builder.autosave');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const value = get.result as { text: string; name: string | null } | undefined;
            open.result.close();
            resolve(value ? { name: value.name, length: value.text.length } : null);
          };
        };
      }),
  );
}

async function restoreAfterReload(page: Page): Promise<void> {
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('status.message')).toContainText('Restored the unsaved changes.');
}

test('unsaved changes survive a reload: autosaved to IndexedDB, offered back, restored', async ({ app, page }) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  const count = await app.nodes().count();
  expect(count).toBeGreaterThan(3);
  await expect.poll(() => storedRecovery(page), { timeout: 10_000 }).not.toBeNull();
  // Nothing in localStorage: the copy is in IndexedDB only.
  expect(await page.evaluate(() => localStorage.getItem('django-stack-builder.autosave'))).toBeNull();

  await restoreAfterReload(page);
  await expect(app.nodes()).toHaveCount(count);
  // Discarding clears the copy: the next reload asks nothing.
  await page.reload();
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes?' });
  await dialog.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => storedRecovery(page)).toBeNull();
});

test('a 2,000-node diagram is autosaved from the text worker and restored whole', async ({ app, page }, testInfo) => {
  test.setTimeout(180_000);
  const folder = fileURLToPath(new URL('../../catalog/packages/', import.meta.url));
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json'));
  const packages = await Promise.all(
    files.map(async (file) => CatalogPackage.parse(JSON.parse(await readFile(folder + file, 'utf8')))),
  );
  packages.sort((a, b) => a.name.localeCompare(b.name));
  const path = testInfo.outputPath('large.djstack');
  await writeFile(path, JSON.stringify(hostileDiagram({ packages }, 2000)));
  // Counts the recovery copies the page's own thread puts into IndexedDB: the worker's are not seen.
  await page.evaluate(() => {
    const put = IDBObjectStore.prototype.put;
    (window as unknown as { pagePuts: number }).pagePuts = 0;
    IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
      (window as unknown as { pagePuts: number }).pagePuts++;
      return put.apply(this, args);
    };
  });
  await app.open(path);
  // A large file is read in the text worker: the diagram is there once the overview counts it.
  await expect(page.getByTestId('canvas.overview')).toHaveAttribute('data-count', '2000', { timeout: 60_000 });
  await app.settled();
  await app.setTarget('4.2');
  await app.settled();
  await expect
    .poll(() => storedRecovery(page), { timeout: 30_000 })
    .toEqual({ name: 'large.djstack', length: expect.any(Number) });
  expect(page.workers().some((worker) => /text\.worker/.test(worker.url()))).toBe(true);
  // The text worker stored it: the 2,000 packages' text never crossed to the UI thread.
  expect(await page.evaluate(() => (window as unknown as { pagePuts: number }).pagePuts)).toBe(0);

  await restoreAfterReload(page);
  await app.settled();
  await expect(page.getByTestId('canvas.overview')).toHaveAttribute('data-count', '2000');
  await expect(page.getByTestId('target.django')).toHaveValue('4.2');
});
