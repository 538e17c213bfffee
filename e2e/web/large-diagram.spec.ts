/// <reference lib="dom" />
/**
 * Issue 17, finding 7: the checks of a large diagram run in a worker, so the UI thread stays
 * free, and the canvas mounts only the packages in and around the view (canvas/windowing.ts).
 * A hostile 2,000-node diagram (the benchmark's: clashing pins, duplicates, dense wiring) is
 * opened and edited; the UI answers meanwhile, says "Checking…" until the verdicts arrive, and
 * then shows them. How long the UI thread is busy is a figure of `npm run bench -- large`.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CatalogPackage } from '../../catalog/schema';
import { hostileDiagram } from '../../scripts/bench/synthetic';
import type { TestInfo } from '@playwright/test';
import { expect, test } from '../fixtures/test';

/** The width and height an SVG document declares. */
function svgSize(svg: string): { width: number; height: number } {
  const [, width, height] = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svg)!;
  return { width: Number(width), height: Number(height) };
}

/** The catalog's packages, read as files: Playwright's loader cannot import the catalog's JSON modules. */
async function catalogPackages(): Promise<CatalogPackage[]> {
  const folder = fileURLToPath(new URL('../../catalog/packages/', import.meta.url));
  const files = (await readdir(folder)).filter((file) => file.endsWith('.json'));
  const packages = await Promise.all(
    files.map(async (file) => CatalogPackage.parse(JSON.parse(await readFile(folder + file, 'utf8')))),
  );
  return packages.sort((a, b) => a.name.localeCompare(b.name));
}

/** The benchmark's hostile diagram of `count` packages, written as `name` in the test's output folder. */
async function hostileFile(testInfo: TestInfo, name: string, count: number) {
  const path = testInfo.outputPath(name);
  const diagram = hostileDiagram({ packages: await catalogPackages() }, count);
  await writeFile(path, JSON.stringify(diagram));
  return { path, diagram };
}

test('a 2,000-node diagram is checked in a worker: the UI answers, says "Checking…", then shows the verdicts', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const { path } = await hostileFile(testInfo, 'large.djstack', 2000);
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
  // Fitted to the view, 2,000 packages are an overview drawn on one canvas: none is mounted.
  const overview = page.getByTestId('canvas.overview');
  await expect(overview).toBeVisible({ timeout: 60_000 });
  await expect(overview).toHaveAttribute('data-count', '2000');
  await expect(page.getByTestId('canvas.overview.hint')).toHaveText('Overview of 2,000 packages: zoom in to edit');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-mounted', '0');
  await expect(app.nodes()).toHaveCount(0);
  // The overview worker draws it on an OffscreenCanvas; what shows is the packages' boxes.
  await expect.poll(() => page.workers().some((w) => /overview\.worker/.test(w.url()))).toBe(true);
  const overviewPicture = async () => app.pngPicture(await overview.screenshot());
  await expect.poll(async () => (await overviewPicture()).drawn).toBeGreaterThan(0.2);
  expect((await overviewPicture()).white).toBeGreaterThan(0.1);
  // In the dark theme the boxes are dark: drawn in the theme switched to, not the one before.
  await page.getByTestId('toolbar.theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(async () => (await overviewPicture()).white).toBeLessThan(0.02);
  await page.getByTestId('toolbar.theme').click();
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
  // 1,300-odd problems: the list shows the first hundred and offers the next.
  await expect(page.locator('.problems-list > li.problem')).toHaveCount(100);
  await expect(page.getByTestId('problems.more')).toHaveText(/^Show the (next|last) [\d,]+ of [\d,]+ more problems$/);

  // Zoomed in, the packages in and around the view are mounted, with their verdicts, and no more.
  for (let step = 0; step < 20 && (await overview.isVisible()); step++) await app.menu('view', 'view.zoomIn');
  await expect(overview).toHaveCount(0);
  await app.settled();
  const mounted = async () => Number(await page.getByTestId('canvas').getAttribute('data-mounted'));
  await expect.poll(mounted).toBeGreaterThan(0);
  expect(await mounted()).toBeLessThanOrEqual(600);
  await expect.poll(async () => app.nodes().count()).toBe(await mounted());
  await expect(page.locator('.package-node .badge-problem').first()).toBeAttached();
  // A mounted package is a package like any other: selected, it shows in the inspector.
  // (the one nearest the middle of the canvas: mounted ones around the view are off screen)
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane')!.getBoundingClientRect();
    const middle = { x: pane.x + pane.width / 2, y: pane.y + pane.height / 2 };
    let best: { id: string; distance: number } | null = null;
    for (const node of Array.from(document.querySelectorAll<HTMLElement>('.react-flow__node'))) {
      const box = node.getBoundingClientRect();
      const distance = Math.hypot(box.x + box.width / 2 - middle.x, box.y + box.height / 2 - middle.y);
      if (!best || distance < best.distance) best = { id: node.dataset.id!, distance };
    }
    return best!.id;
  });
  const chosen = app.node(id);
  await chosen.click();
  await expect(chosen).toHaveClass(/is-selected/);
  await expect(page.getByTestId('inspector.node')).toBeVisible();

  // An edit is checked again in the worker; the previous verdicts stay until the new ones come.
  const before = await page.getByTestId('problems.summary').innerText();
  await app.setTarget('4.2');
  await app.search('redis');
  await expect(app.paletteEntry('django-redis')).toBeVisible();
  await app.settled();
  expect(await checkingSeen()).toEqual(['true', 'false', 'true', 'false']);
  await expect(page.getByTestId('problems.summary')).not.toHaveText(before);
  await expect(page.locator('.package-node .badge-problem').first()).toBeAttached();

  // Fit view: the overview again, and every package unmounted.
  await app.menu('view', 'view.fitView');
  await expect(overview).toBeVisible();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-mounted', '0');
  expect(consoleErrors).toEqual([]);
});

test('pictures of a windowed diagram hold every package, and the canvas is windowed again afterwards', async ({
  app,
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { path, diagram } = await hostileFile(testInfo, 'windowed.djstack', 1100);
  await app.open(path);
  const overview = page.getByTestId('canvas.overview');
  await expect(overview).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-checking', 'false', { timeout: 60_000 });

  // The SVG is drawn from the canvas's layout: every package mounts for it, then unmounts.
  const { text } = await app.downloadText(() => app.menu('file', 'export.svg'), 60_000);
  const nodes = text.slice(text.indexOf('<g class="nodes">'));
  expect(nodes.match(/<g transform="translate\(/g)).toHaveLength(1100);
  const edges = text.slice(text.indexOf('<g class="edges">'), text.indexOf('<g class="nodes">'));
  expect(edges.match(/<path /g)).toHaveLength(diagram.edges.length);
  await expect(overview).toBeVisible();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-mounted', '0');

  // The PNG is that picture rasterised (html-to-image took 129 s for these 1,100 packages),
  // scaled down to 4,096 pixels on its longest side.
  const png = page.waitForEvent('download', { timeout: 60_000 });
  await app.menu('file', 'export.png');
  const bytes = await readFile((await (await png).path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const picture = await app.pngPicture(bytes);
  expect(Math.max(picture.width, picture.height)).toBe(4096);
  expect(picture.width / picture.height).toBeCloseTo(svgSize(text).width / svgSize(text).height, 2);
  expect(picture.drawn).toBeGreaterThan(0.2);
  await expect(overview).toBeVisible();
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-mounted', '0');
});
