import type { Page } from '@playwright/test';
import { expect, FIXTURES, test } from '../fixtures/test';

/** The accessible name of the focused element. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
}

/** The state class of the port row holding the focused handle: origin, compatible, dimmed or idle. */
function focusedPortState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('.port');
    return (row?.className.match(/port-(origin|compatible|dimmed|idle)/) ?? [])[1] ?? 'none';
  });
}

test('wiring from the keyboard: Enter on a port, Tab through compatible ports only, Enter connects, Escape cancels', async ({
  app,
  page,
}) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await app.search('djangorestframework-simplejwt');
  await page.keyboard.press('Enter');
  await app.search('');
  const jwt = app.nodesOf('djangorestframework-simplejwt');
  await expect(jwt).toHaveCount(1);
  const jwtId = (await jwt.getAttribute('data-testid'))!.replace('canvas.node.', '');
  await expect(app.edges()).toHaveCount(1);

  // Ports are tab stops with names that say role, direction, package and state.
  const output = app.port(jwtId, 'out', 'auth');
  await expect(output).toHaveAttribute('tabindex', '0');
  await expect(output).toHaveAttribute('aria-label', 'JWT auth output of Simple JWT, not connected');
  await expect(app.port('djangorestframework', 'in', 'auth')).toHaveAttribute(
    'aria-label',
    'Auth input of Django REST framework, not connected',
  );

  // Escape cancels: nothing is wired, the ports go back to normal.
  await output.focus();
  await page.keyboard.press('Enter');
  await expect(app.status).toContainText('Tab moves between the');
  await expect(page.locator('.port-compatible')).not.toHaveCount(0);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(page.locator('.port-compatible')).toHaveCount(0);
  await expect(output).toBeFocused();
  await expect(app.edges()).toHaveCount(1);

  // Enter starts again; Tab and the arrow keys visit compatible ports only, and come back round.
  await page.keyboard.press('Enter');
  const compatible = await page.locator('.port-compatible').count();
  expect(compatible).toBeGreaterThanOrEqual(2);
  const visited = new Set<string>();
  for (let i = 0; i < compatible; i++) {
    await page.keyboard.press(i % 2 === 0 ? 'Tab' : 'ArrowDown');
    expect(await focusedPortState(page)).toBe('compatible');
    visited.add(await focusedName(page));
  }
  expect(visited.size).toBe(compatible);
  await page.keyboard.press('Tab');
  expect(await focusedPortState(page)).toBe('origin');
  // Shift+Tab goes backwards.
  await page.keyboard.press('Shift+Tab');
  expect(await focusedPortState(page)).toBe('compatible');

  // Walk to DRF's Auth input and connect with Enter: through the connect action, one undo step.
  for (let i = 0; i <= compatible; i++) {
    if ((await focusedName(page)).startsWith('Auth input of Django REST framework')) break;
    await page.keyboard.press('Tab');
  }
  expect(await focusedName(page)).toMatch(/^Auth input of Django REST framework, not connected/);
  await page.keyboard.press('Enter');
  await expect(app.edges()).toHaveCount(2);
  await expect(page.locator('.port-compatible')).toHaveCount(0);
  await expect(app.port('djangorestframework', 'in', 'auth')).toHaveAttribute(
    'aria-label',
    'Auth input of Django REST framework, 1 connection',
  );
  await expect(output).toHaveAttribute('aria-label', /, 1 connection$/);
  await page.keyboard.press('Control+z');
  await expect(app.edges()).toHaveCount(1);
});

test('help lists the keys for wiring from the keyboard', async ({ app, page }) => {
  await expect(app.pane).toBeVisible();
  await page.keyboard.press('Shift+?');
  const help = page.getByTestId('shortcuts');
  await expect(help).toContainText('Enter on a port');
  await expect(help).toContainText('Move between the ports that can take it');
});
