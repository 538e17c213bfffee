import type { Locator, Page } from '@playwright/test';
import { expect, FIXTURES, test } from '../fixtures/test';

test.use({ viewport: { width: 1024, height: 700 } });

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())!.width;
}

/** Whether anything in the window sticks out of it (a clipped panel, a row wider than the screen). */
async function overflows(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.documentElement.scrollWidth > window.innerWidth ||
      document.documentElement.scrollHeight > window.innerHeight,
  );
}

/** Reloads the page; the unsaved diagram is restored from the recovery copy. */
async function reload(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  // The layout is not the document: whether the recovery copy is offered or not, restore it.
  const restore = page
    .getByRole('dialog', { name: 'Recover unsaved changes?' })
    .getByRole('button', { name: 'Restore' });
  if (await restore.isVisible({ timeout: 2000 }).catch(() => false)) await restore.click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

function intersects(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('at 1024×700 the palette, inspector and problems fold away and come back, by button, shortcut and command palette, and stay folded after a reload', async ({
  app,
  page,
}) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  const canvas = page.getByTestId('canvas');
  const full = await widthOf(canvas);
  expect(await overflows(page)).toBe(false);

  // The button on the palette's edge folds it: the canvas takes its width.
  await page.getByTestId('panel.palette.toggle').click();
  await expect(page.getByRole('complementary', { name: 'Packages' })).toHaveCount(0);
  await expect(page.getByTestId('panel.palette.toggle')).toHaveAttribute('aria-label', 'Show packages');
  await expect.poll(() => widthOf(canvas)).toBeGreaterThan(full + 200);

  // The inspector by its shortcut.
  await page.keyboard.press('Control+Shift+B');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await expect.poll(() => widthOf(canvas)).toBeGreaterThan(1000);

  // The problems panel from the command palette: its summary line stays, its list goes.
  await page.keyboard.press('Control+k');
  await page.keyboard.type('problems panel');
  await page.keyboard.press('Enter');
  await expect(app.problems).toHaveClass(/is-collapsed/);
  await expect(page.getByTestId('problems.summary')).toBeVisible();
  expect(await overflows(page)).toBe(false);

  // Folded panels stay folded in the next session.
  await reload(page);
  await expect(page.getByRole('complementary', { name: 'Packages' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toHaveCount(0);
  await expect(app.problems).toHaveClass(/is-collapsed/);

  // And everything comes back: from the in-page View menu, the problems panel's own button, Ctrl+B.
  await app.menu('view', 'view.toggleInspector');
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  await page.getByTestId('panel.problems.toggle').click();
  await expect(app.problems).not.toHaveClass(/is-collapsed/);
  await page.keyboard.press('Control+b');
  await expect(page.getByRole('complementary', { name: 'Packages' })).toBeVisible();
  expect(await overflows(page)).toBe(false);
});

test('the minimap hides and shows from its button and its shortcut, and the choice is kept', async ({ app, page }) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  const minimap = page.getByTestId('canvas.minimap');
  await expect(minimap).toBeVisible();
  await page.getByTestId('canvas.minimap.toggle').click();
  await expect(minimap).toHaveCount(0);
  await expect(page.getByTestId('canvas.minimap.toggle')).toHaveAttribute('aria-pressed', 'false');
  // A template just opened is not an unsaved change: the reload asks nothing.
  await page.reload();
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  await expect(page.getByTestId('canvas.minimap.toggle')).toHaveAttribute('aria-pressed', 'false');
  // The canvas is empty again, which has no minimap anyway: open the stack to see it come back.
  await page.getByTestId('template.saas').click();
  await app.settled();
  await expect(minimap).toHaveCount(0);
  await page.keyboard.press('Control+Shift+M');
  await expect(minimap).toBeVisible();
});

test('at 1024×700 nothing is clipped: the zoom controls, the minimap and the fold buttons sit inside the canvas without overlapping', async ({
  app,
  page,
}) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  await app.node('djangorestframework').click();
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  const boxes = await Promise.all(
    [
      page.locator('.react-flow__controls'),
      page.locator('.mini-map'),
      page.getByTestId('panel.palette.toggle'),
      page.getByTestId('panel.inspector.toggle'),
    ].map(async (locator) => (await locator.boundingBox())!),
  );
  for (const box of boxes) {
    expect(box.x).toBeGreaterThanOrEqual(canvas.x - 1);
    expect(box.y).toBeGreaterThanOrEqual(canvas.y - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
  }
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) expect(intersects(boxes[i]!, boxes[j]!), `${i} and ${j}`).toBe(false);
  // The minimap leaves most of the canvas free.
  expect(boxes[1]!.width * boxes[1]!.height).toBeLessThan((canvas.width * canvas.height) / 5);
  // The inspector's fields fit its width.
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  expect(await inspector.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  expect(await overflows(page)).toBe(false);
});

test('a message never covers a problem’s fix button: the fix is clicked while the message shows', async ({
  app,
  page,
}) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await app.dragPackage('djangorestframework-jwt', { x: 120, y: 120 });
  const fix = app.problems.getByTestId('problems.fix.deprecated');
  await expect(fix).toBeVisible();

  // A message appears (auto-wire reports what it did) and stays for seconds.
  await page.keyboard.press('Control+Shift+W');
  await expect(app.status).toBeVisible();
  const toast = (await app.status.boundingBox())!;
  const button = (await fix.boundingBox())!;
  expect(intersects(toast, button)).toBe(false);
  const problems = (await app.problems.boundingBox())!;
  expect(intersects(toast, problems)).toBe(false);

  // A real click on the button's centre lands on the button, not on the message.
  await fix.click({ timeout: 3000 });
  await expect(app.nodesOf('djangorestframework-jwt')).toHaveCount(0);
  await expect(app.nodesOf('djangorestframework-simplejwt')).toHaveCount(1);
});

test('the SVG export of a 13-package stack is real SVG under 300 KB, without the selection', async ({ app, page }) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  for (const name of ['django-debug-toolbar', 'whitenoise']) {
    await app.search(name);
    await app.paletteEntry(name).dblclick();
  }
  await app.search('');
  await expect(app.nodes()).toHaveCount(13);
  await app.node('djangorestframework').click();
  await expect(page.locator('.package-node.is-selected')).toHaveCount(1);

  const { text } = await app.downloadText(() => app.menu('file', 'export.svg'));
  expect(Buffer.byteLength(text)).toBeLessThanOrEqual(300 * 1024);
  expect(text).not.toMatch(/foreignObject|selected/i);
  const parsed = await page.evaluate((svg) => {
    const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      errors: document.getElementsByTagName('parsererror').length,
      root: document.documentElement.localName,
      nodes: document.querySelectorAll('g.nodes > g').length,
      wires: document.querySelectorAll('g.edges > path').length,
    };
  }, text);
  expect(parsed).toEqual({ errors: 0, root: 'svg', nodes: 13, wires: await app.edges().count() });
});
