import { expect, test } from '../fixtures/test';

test('a starter stack from the gallery opens wired and without problems, and auto-layout puts Django last', async ({
  app,
  page,
}) => {
  await expect(page.getByTestId('gallery')).toBeVisible();
  await page.getByTestId('template.rest-api').click();
  await app.settled();
  await expect(app.nodes()).toHaveCount(6);
  await expect(app.edges()).toHaveCount(5);
  await expect(page.getByTestId('problems.summary')).toContainText('No problems');
  await expect(page.getByTestId('gallery')).toBeHidden();

  await page.getByTestId('toolbar.autoLayout').click();
  await expect
    .poll(async () => {
      const django = (await app.node('django').boundingBox())!;
      const drf = (await app.node('djangorestframework').boundingBox())!;
      const jwt = (await app.node('djangorestframework-simplejwt').boundingBox())!;
      return jwt.x < drf.x && drf.x < django.x;
    })
    .toBe(true);
  // Layout is one undo step.
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('document.name')).toHaveText(/Untitled/);
});

test('File > New from template asks before discarding changes', async ({ app, page }) => {
  await app.dragPackage('django', { x: 400, y: 200 });
  await app.menu('file', 'file.newFromTemplate');
  await page.getByTestId('templates').getByTestId('template.async-jobs').click();
  await page.getByTestId('confirm.cancel').click();
  await expect(app.nodes()).toHaveCount(1);
  await app.menu('file', 'file.newFromTemplate');
  await page.getByTestId('templates').getByTestId('template.async-jobs').click();
  await page.getByTestId('confirm.discard').click();
  await expect(app.nodes()).toHaveCount(5);
  await expect(app.nodesOf('celery')).toBeVisible();
});

test('multi-select, copy, paste, duplicate, delete, undo and redo', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await app.settled();
  await expect(app.nodes()).toHaveCount(5);
  await app.node('celery').click();
  await app.node('django-celery-beat').click({ modifiers: ['Control'] });
  await expect(page.locator('.package-node.is-selected')).toHaveCount(2);

  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(app.nodes()).toHaveCount(7);
  // The pasted copies keep the wire between them and are the new selection.
  await expect(app.node('celery-2')).toHaveClass(/is-selected/);
  await expect(app.edges()).toHaveCount(5);

  await page.keyboard.press('Control+d');
  await expect(app.nodes()).toHaveCount(9);

  await page.keyboard.press('Delete');
  await expect(app.nodes()).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await expect(app.nodes()).toHaveCount(9);
  await page.keyboard.press('Control+Shift+z');
  await expect(app.nodes()).toHaveCount(7);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(app.nodes()).toHaveCount(5);
  await expect(app.edges()).toHaveCount(4);
});

test('dragging a node is one undo step', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await app.settled();
  // The node's position in flow coordinates (its transform), independent of the viewport's animation.
  const flowPosition = () =>
    page.locator('.react-flow__node[data-id="celery"]').evaluate((el) => (el as HTMLElement).style.transform);
  const before = await flowPosition();
  const box = (await app.node('celery').locator('.package-node-header').boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 10);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 40 + i * 12, box.y + 10 + i * 8);
  await page.mouse.up();
  expect(await flowPosition()).not.toBe(before);
  await page.keyboard.press('Control+z');
  await expect.poll(flowPosition).toBe(before);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(flowPosition).not.toBe(before);
});

test('while a wire is dragged, compatible ports light up and the others dim', async ({ app, page }) => {
  await page.getByTestId('template.async-jobs').click();
  await app.settled();
  await app.node('celery').click();
  await page.keyboard.press('Delete');
  await app.dragPackage('celery', { x: 420, y: 560 });
  await app.settled();
  const from = (await app.port('celery', 'out', 'tasks').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y - 40, { steps: 5 });
  await expect(page.getByTestId('port.django.in.tasks')).toHaveClass(/port-compatible/);
  await expect(page.getByTestId('port.django.in.cache')).toHaveClass(/port-dimmed/);
  await page.mouse.up();
  // Django's free optional inputs fold away again once no wire is being drawn.
  await expect(page.getByTestId('port.django.in.cache')).toHaveCount(0);
  await page.getByTestId('canvas.node.django.fold').click();
  await expect(page.getByTestId('port.django.in.cache')).toHaveClass(/port-idle/);
});

test('the command palette lists every action and runs the one chosen', async ({ app, page }) => {
  await page.getByTestId('template.rest-api').click();
  await app.settled();
  await page.keyboard.press('Control+k');
  const palette = page.getByTestId('command-palette');
  await expect(palette).toBeVisible();
  for (const id of [
    'file.open',
    'file.save',
    'export.requirements',
    'export.png',
    'edit.undo',
    'edit.duplicate',
    'view.autoWire',
    'view.autoLayout',
    'view.toggleTheme',
    'help.shortcuts',
  ]) {
    await expect(palette.getByTestId(`command.${id}`)).toHaveCount(1);
  }
  await page.getByTestId('command-palette.input').fill('shortcuts');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await expect(page.getByTestId('shortcuts')).toContainText('Undo');
  await expect(page.getByTestId('shortcuts')).toContainText('Ctrl+K');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toBeHidden();
  await expect(app.nodes()).toHaveCount(6);
});

test('the theme follows the OS and the toggle overrides it', async ({ app, page }) => {
  await expect(app.pane).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('toolbar.theme').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
