import { expect, test } from '../fixtures/test';

const REQUIREMENTS = [
  '# Production dependencies',
  '--extra-index-url https://mirror.example.com/simple/',
  'Django>=4.2,<5.0',
  'djangorestframework>=3.15,<3.17  # API',
  'celery[redis]==5.3.6 ; python_version >= "3.10"',
  'python-magic-bin==0.4.14 ; sys_platform == "win32"',
  'git+https://github.com/example/django-tagging.git@develop#egg=django-tagging',
  'Markdown<3.0  # 3.0 breaks our templatetags',
  '',
].join('\n');

test('a requirements.txt dropped on the canvas is imported, and exported back unchanged', async ({ app, page }) => {
  await page.getByTestId('canvas').evaluate((canvas, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'requirements.txt', { type: 'text/plain' }));
    canvas.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    canvas.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, REQUIREMENTS);
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await app.settled();
  // What the titles do not say is on the nodes: the marker, the extras, the fork's URL.
  await expect(page.getByTestId('canvas.node.python-magic-bin.requirement')).toHaveText('; sys_platform == "win32"');
  await expect(page.getByTestId('canvas.node.celery.requirement')).toHaveText('[redis] ; python_version >= "3.10"');
  await expect(page.getByTestId('canvas.node.django-tagging.requirement')).toHaveText(
    '@ github.com/example/django-tagging.git@develop',
  );
  await expect(page.getByTestId('canvas.node.django-tagging')).toContainText('Not in the catalog');
  await expect(page.getByTestId('canvas.node.django.requirement')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/import-roundtrip.png' });
  const { file } = await app.exportRequirements();
  expect(file).toBe(REQUIREMENTS);
});

test('File > Import… reads a pyproject.toml through the host, with the target Python it names', async ({
  app,
  page,
}) => {
  const chooser = page.waitForEvent('filechooser');
  await app.menu('file', 'file.import');
  await (
    await chooser
  ).setFiles({
    name: 'pyproject.toml',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      '[project]\nname = "shop"\nrequires-python = ">=3.10,<3.11"\ndependencies = [\n  "Django>=4.2,<5.0",\n  "pywin32==308 ; sys_platform == \'win32\'",\n]\n',
    ),
  });
  await expect(page.getByTestId('canvas.node.pywin32.requirement')).toHaveText("; sys_platform == 'win32'");
  await expect(page.getByTestId('target.python')).toHaveValue('3.10');
  await expect(page.getByTestId('target.django')).toHaveValue('4.2');
});
