import { readFile } from 'node:fs/promises';
import { expect, FIXTURES, test } from '../fixtures/test';

test('drag three packages, wire two by role, refuse a wrong wire, export requirements, save, reload and reopen the same diagram', async ({
  app,
  page,
}, testInfo) => {
  await app.dragPackage('django', { x: 620, y: 220 });
  await app.dragPackage('django-environ', { x: 160, y: 120 });
  await app.dragPackage('django-filter', { x: 160, y: 380 });
  await expect(app.nodes()).toHaveCount(3);
  await expect(page.getByTestId('gallery')).toBeHidden();

  // A config provider into Django's config input: same role, accepted.
  await app.connect('django-environ', 'config', 'django');
  await expect(app.edges()).toHaveCount(1);

  // Filters into Django's API input: different roles, refused with the reason.
  await app.drawWire(app.port('django-filter', 'out', 'filters'), app.port('django', 'in', 'api'));
  await expect(app.status).toContainText('Connection refused');
  await expect(app.status).toContainText('only ports of the same role connect');
  await expect(app.edges()).toHaveCount(1);

  await app.setTarget('4.2', '3.11');

  const requirements = await app.exportRequirements();
  expect(requirements.file).toBe(
    requirements.preview.endsWith('\n') ? requirements.preview : `${requirements.preview}\n`,
  );
  expect(requirements.file).toContain('Django 4.2 / Python 3.11');
  const requirementLines = requirements.file
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !line.startsWith(' '));
  // Each package pinned to the version its node shows (the resolver's choice for Django 4.2).
  const shown = async (id: string) => (await app.node(id).getByTestId(`canvas.node.${id}.version`).innerText()).trim();
  expect(requirementLines).toEqual([
    `django==${await shown('django')}`,
    `django-environ==${await shown('django-environ')}`,
    `django-filter==${await shown('django-filter')}`,
  ]);
  expect(await shown('django')).toMatch(/^4\.2\./);

  await page.screenshot({ path: testInfo.outputPath('populated-canvas.png') });

  const saved = await app.save();
  expect(saved.download.suggestedFilename()).toMatch(/\.djstack$/);
  const savedPath = testInfo.outputPath('stack.djstack');
  await saved.download.saveAs(savedPath);
  const document = JSON.parse(saved.text);
  expect(document.target).toEqual({ django: '4.2', python: '3.11' });
  expect(document.nodes.map((n: { package: string }) => n.package).sort()).toEqual([
    'django',
    'django-environ',
    'django-filter',
  ]);
  expect(document.edges).toEqual([
    expect.objectContaining({
      source: 'django-environ',
      sourcePort: 'config',
      target: 'django',
      targetPort: 'config',
      role: 'config',
    }),
  ]);
  await expect(page.getByTestId('document.dirty')).toBeHidden();

  await page.reload();
  await expect(app.nodes()).toHaveCount(0);
  await app.open(savedPath);
  await expect(app.nodes()).toHaveCount(3);
  await expect(app.edges()).toHaveCount(1);
  await expect(page.getByTestId('target.django')).toHaveValue('4.2');
  await expect(page.getByTestId('document.name')).toHaveText('stack.djstack');

  // Saving the reopened diagram writes the very same bytes: nodes, positions, edges and target.
  const again = await app.save();
  expect(again.text).toBe(await readFile(savedPath, 'utf8'));
});

test('a file that is not a valid diagram shows why and leaves the open diagram untouched', async ({ app, page }) => {
  await app.dragPackage('django', { x: 400, y: 200 });
  await app.open(`${FIXTURES}/bad-edge.djstack`, { whenAsked: 'discard' });
  await expect(page.getByTestId('open.error')).toContainText('bad-edge.djstack could not be opened');
  await expect(page.getByTestId('open.error')).toContainText('edges[0].target');
  await expect(app.nodes()).toHaveCount(1);
  await expect(app.node('django')).toBeVisible();
});
