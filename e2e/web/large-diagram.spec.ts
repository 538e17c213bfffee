/// <reference lib="dom" />
/**
 * Issue 17, finding 7: the checks of a large diagram run in a worker, so the UI thread stays
 * free. A hostile 2,000-node diagram (the benchmark's: clashing pins, duplicates, dense wiring)
 * is opened and edited; the UI answers meanwhile, says "Checking…" until the verdicts arrive,
 * and then shows them. How long the UI thread is busy is a figure of `npm run bench -- large`.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CatalogPackage } from '../../catalog/schema';
import { hostileDiagram } from '../../scripts/bench/synthetic';
import { expect, test } from '../fixtures/test';

/** The catalog's packages, read as files: Playwright's loader cannot import the catalog's JSON modules. */
async function catalogPackages(): Promise<CatalogPackage[]> {
  const folder = fileURLToPath(new URL('../../catalog/packages/', import.meta.url));
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json'));
  const packages = await Promise.all(
    files.map(async (file) => CatalogPackage.parse(JSON.parse(await readFile(folder + file, 'utf8')))),
  );
  return packages.sort((a, b) => a.name.localeCompare(b.name));
}

test('a 2,000-node diagram is checked in a worker: the UI answers, says "Checking…", then shows the verdicts', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const path = testInfo.outputPath('large.djstack');
  const diagram = hostileDiagram({ packages: await catalogPackages() }, 2000);
  await writeFile(path, JSON.stringify(diagram));
  const consoleErrors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
  // Every value the canvas's data-checking takes, in order: "Checking…" may be too brief to poll.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { checkingSeen: string[] }).checkingSeen = seen;
    const canvas = document.querySelector('[data-testid="canvas"]')!;
    new MutationObserver(() => seen.push(canvas.getAttribute('data-checking') ?? '')).observe(canvas, {
      attributes: true,
      attributeFilter: ['data-checking'],
    });
  });
  const checkingSeen = () => page.evaluate(() => (window as unknown as { checkingSeen: string[] }).checkingSeen);

  await app.open(path);
  await expect(app.nodes()).toHaveCount(2000, { timeout: 60_000 });
  // The UI thread is free for the user while the checks run: the palette search filters.
  await app.search('celery');
  await expect(app.paletteEntry('celery')).toBeVisible();
  await app.search('');

  await expect(page.getByTestId('canvas')).toHaveAttribute('data-checking', 'false', { timeout: 60_000 });
  expect(await checkingSeen()).toEqual(['true', 'false']);
  // The worker's script ran under the page's CSP (script-src 'self'): it answers in its own context.
  const worker = page.workers().find((w) => /analysis\.worker/.test(w.url()));
  expect(worker).toBeDefined();
  expect(await worker!.evaluate(() => typeof self.onmessage)).toBe('function');
  await expect(page.getByTestId('problems.checking')).toHaveCount(0);
  await expect(page.getByTestId('problems.summary')).toHaveText(/^\d+ errors?, \d+ warnings?$/);
  await expect(page.getByTestId('problems.item.duplicate-package').first()).toBeAttached();
  await expect(page.getByTestId('canvas.node.n0.problems')).toBeAttached();

  // An edit is checked again in the worker; the previous verdicts stay until the new ones come.
  const before = await page.getByTestId('problems.summary').innerText();
  await app.setTarget('4.2');
  await app.search('redis');
  await expect(app.paletteEntry('django-redis')).toBeVisible();
  await app.settled();
  expect(await checkingSeen()).toEqual(['true', 'false', 'true', 'false']);
  await expect(page.getByTestId('problems.summary')).not.toHaveText(before);
  await expect(page.getByTestId('canvas.node.n0.problems')).toBeAttached();
  expect(consoleErrors).toEqual([]);
});
