import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'fflate';
import { expect, test } from '../fixtures/test';
import { AppPage } from '../pages/app-page';

const DIST = fileURLToPath(new URL('../../renderer/dist/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** A share fragment around any bytes, as a hostile link would carry them. */
function fragmentOf(text: string): string {
  return `share=1.${Buffer.from(deflateSync(new TextEncoder().encode(text))).toString('base64url')}`;
}

test('a share link round-trips the diagram into a new unsaved document', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await expect(app.edges()).toHaveCount(4);
  const nodeCount = await app.nodes().count();
  const original = await app.save();

  await app.menu('file', 'export.shareLink');
  const dialog = page.getByTestId('share');
  const link = await dialog.getByTestId('share.link').inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#share=1\.[A-Za-z0-9_-]+$/);
  await dialog.screenshot({ path: 'test-results/share-dialog.png' });

  const other = new AppPage(await page.context().newPage());
  const requests: string[] = [];
  other.page.on('request', (request) => requests.push(request.url()));
  await other.page.goto(link);
  await expect(other.nodes()).toHaveCount(nodeCount);
  await expect(other.edges()).toHaveCount(4);
  await expect(other.status).toContainText('Opened the shared diagram as a new document');
  // Unsaved: the title says so, and the fragment is gone from the address bar.
  await expect(other.page).toHaveTitle(/^• Untitled\.djstack/);
  expect(other.page.url()).not.toContain('#');
  // The diagram never left the browser: no request carried the fragment.
  expect(requests.some((url) => url.includes('share='))).toBe(false);
  const reopened = await other.save();
  expect(reopened.text).toBe(original.text);
});

test('a damaged or hostile link opens nothing and says why', async ({ app, page }) => {
  await page.goto('/#share=1.not*base64');
  await expect(page.getByTestId('open.error')).toContainText('The share link could not be opened');
  await expect(page.getByTestId('open.error')).toContainText('not valid base64url');
  await expect(app.nodes()).toHaveCount(0);

  const badEdge = JSON.stringify({
    format: 'djstack',
    version: 1,
    target: { django: '5.2', python: '3.12' },
    nodes: [{ id: 'django', package: 'django', position: { x: 0, y: 0 } }],
    edges: [{ id: 'e', source: 'django', sourcePort: 'api', target: 'missing', targetPort: 'api', role: 'api' }],
  });
  // Pasted into the address bar of the open app: only the fragment changes.
  await page.goto(`/#${fragmentOf(badEdge)}`);
  await expect(page.getByTestId('open.error')).toContainText('no node has the id "missing"');
  await expect(app.nodes()).toHaveCount(0);
});

test('the web build works from any path on a static host, and its share links keep the path', async ({ page }) => {
  // Every request under /any/deep/path/ is answered from the built folder, as a static host would.
  await page.route('**/any/deep/path/**', async (route) => {
    const path = new URL(route.request().url()).pathname.replace('/any/deep/path/', '') || 'index.html';
    try {
      const body = await readFile(join(DIST, path));
      await route.fulfill({ body, contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.goto('/any/deep/path/');
  const app = new AppPage(page);
  await expect(app.pane).toBeVisible();
  await page.getByTestId('template.async-jobs').click();
  await expect(app.edges()).toHaveCount(4);
  await app.menu('file', 'export.shareLink');
  const link = await page.getByTestId('share.link').inputValue();
  expect(new URL(link).pathname).toBe('/any/deep/path/');
});
