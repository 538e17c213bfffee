import { readFile } from 'node:fs/promises';
import { expect, test } from '../fixtures/test';

test('PNG and SVG pictures of the canvas include its nodes and wires', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await expect(app.edges()).toHaveCount(4);

  const png = page.waitForEvent('download');
  await app.menu('file', 'export.png');
  const pngFile = await png;
  expect(pngFile.suggestedFilename()).toBe('Untitled.png');
  const bytes = await readFile((await pngFile.path())!);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // The SVG picture rasterised at two pixels per canvas pixel: packages and wires, not a blank.
  const picture = await app.pngPicture(bytes);
  expect(picture.width).toBeGreaterThan(1000);
  expect(picture.drawn).toBeGreaterThan(0.1);

  const { download, text } = await app.downloadText(() => app.menu('file', 'export.svg'));
  expect(download.suggestedFilename()).toBe('Untitled.svg');
  expect(text).toMatch(/^<svg/);
  // Real SVG: a path per wire and text per package, no HTML in a foreignObject.
  expect(text).not.toMatch(/foreignObject/i);
  expect(text.match(/<path /g)).toHaveLength(4);
  expect(text).toContain('>Celery<');
});

test('the project export previews every file, highlighted, and settings export writes stack_settings.py', async ({
  app,
  page,
}) => {
  await page.getByTestId('template.async-jobs').click();
  await app.menu('file', 'export.project');
  const preview = page.getByTestId('export.preview');
  await expect(preview.getByTestId('export.file.manage.py')).toBeVisible();
  await page.getByTestId('export.projectName').fill('shop');
  await preview.getByTestId('export.file.shop/settings.py').click();
  await expect(preview.getByTestId('export.preview.code')).toContainText('INSTALLED_APPS');
  await expect(preview.locator('.hljs-string').first()).toBeVisible();

  await page.getByTestId('export.projectName').fill('import');
  await expect(preview.getByRole('alert')).toContainText('keyword');
  await page.keyboard.press('Escape');

  await app.menu('file', 'export.settings');
  await expect(page.getByTestId('export.preview.code')).toContainText('CELERY_BROKER_URL');
  const { download, text } = await app.downloadText(() => page.getByTestId('export.preview.save').click());
  expect(download.suggestedFilename()).toBe('stack_settings.py');
  expect(text).toContain('django_celery_beat');
});

test('the Mermaid export previews the flowchart and writes it as a .mmd file', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await app.menu('file', 'export.mermaid');
  const code = page.getByTestId('export.preview.code');
  await expect(code).toContainText('flowchart LR');
  const preview = await code.innerText();
  const { download, text } = await app.downloadText(() => page.getByTestId('export.preview.save').click());
  expect(download.suggestedFilename()).toBe('Untitled.mmd');
  expect(text.trim()).toBe(preview.trim());
  const lines = text.split('\n');
  expect(lines[0]).toBe('flowchart LR');
  expect(lines).toContain('  %% Django 5.2 / Python 3.12');
  // One box per package, the service as a cylinder, one labelled arrow per wire.
  expect(text).toMatch(/n\d+\[\("Redis"\)\]/);
  expect(text).toMatch(/n\d+\["Celery<br\/>\d/);
  expect(lines.filter((line) => /-->\|"[^"]+"\| n\d+$/.test(line))).toHaveLength(4);
});
