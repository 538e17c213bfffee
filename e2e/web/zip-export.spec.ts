import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '../fixtures/test';
import { djstack } from './cli-bundle';

/** Every file under `folder`, by its POSIX path relative to it. */
function filesUnder(folder: string, root = folder): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) for (const [p, b] of filesUnder(path, root)) files.set(p, b);
    else files.set(relative(root, path).split('\\').join('/'), readFileSync(path));
  }
  return files;
}

/** The fresh development secret differs on every export; everything else must be byte for byte. */
const withoutSecret = (text: string) => text.replace(/^(DJANGO_SECRET_KEY=).*$/m, '$1…');

test('Export project downloads one ZIP with the files and bytes of the folder export', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await expect(app.edges()).toHaveCount(4);
  const saved = await app.save();
  expect(saved.download.suggestedFilename()).toBe('Untitled.djstack');

  await app.menu('file', 'export.project');
  await page.getByTestId('export.projectName').fill('shop');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export.preview.save').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('shop.zip');
  await expect(app.status).toContainText('Exported the project to shop.zip.');
  const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));

  // The same diagram through core's project export, as the desktop and the CLI write it to a folder.
  const folder = mkdtempSync(join(tmpdir(), 'djstack-zip-e2e-'));
  writeFileSync(join(folder, 'Untitled.djstack'), saved.text);
  expect((await djstack(folder, ['export', 'Untitled.djstack', '--out', 'out', '--name', 'shop'])).code).toBe(0);
  const expected = filesUnder(join(folder, 'out'));

  expect(Object.keys(entries).sort()).toEqual([...expected.keys()].map((path) => `shop/${path}`).sort());
  expect(expected.size).toBeGreaterThan(10);
  for (const [path, bytes] of expected) {
    const zipped = Buffer.from(entries[`shop/${path}`]!);
    if (path === '.env') {
      expect(withoutSecret(zipped.toString('utf8'))).toBe(withoutSecret(bytes.toString('utf8')));
      expect(zipped.toString('utf8')).toMatch(/^DJANGO_SECRET_KEY=\S{40,}$/m);
    } else expect(zipped.equals(bytes), `${path} differs`).toBe(true);
  }
});

test('Save As asks for a name and downloads under it', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await app.menu('file', 'file.saveAs');
  const input = page.getByTestId('host.name-dialog.input');
  await expect(input).toHaveValue('Untitled.djstack');
  await input.fill('queue stack');
  const { download, text } = await app.downloadText(() => page.getByTestId('host.name-dialog.ok').click());
  expect(download.suggestedFilename()).toBe('queue stack.djstack');
  expect(JSON.parse(text)).toMatchObject({ format: 'djstack' });
  await expect(app.status).toContainText('Saved queue stack.djstack.');
});
