import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AppPage } from '../pages/app-page';
import { expect, test } from '../fixtures/test';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

const STATES: [string, (app: AppPage, page: Page) => Promise<void>][] = [
  ['empty canvas with the gallery', async (_app, page) => expect(page.getByTestId('gallery')).toBeVisible()],
  [
    'a populated stack with a package selected',
    async (app, page) => {
      await page.getByTestId('template.saas').click();
      await app.settled();
      await app.node('celery').click();
      await expect(page.getByTestId('inspector.node')).toBeVisible();
    },
  ],
  [
    'problems shown',
    async (app, page) => {
      await page.getByTestId('template.async-jobs').click();
      await app.settled();
      await page.getByTestId('target.django').selectOption('3.2');
      await app.dragPackage('djangorestframework-jwt', { x: 160, y: 560 });
      await expect(page.getByTestId('problems.summary')).toContainText('warning');
    },
  ],
  [
    'the export preview',
    async (app, page) => {
      await page.getByTestId('template.async-jobs').click();
      await app.settled();
      await app.menu('file', 'export.settings');
      await expect(page.getByTestId('export.preview.code')).toBeVisible();
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, reach] of STATES) {
    test(`no serious or critical axe violation: ${name} (${scheme})`, async ({ app, page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await reach(app, page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test('no serious or critical axe violation in the command palette', async ({ app, page }) => {
  await expect(app.pane).toBeVisible();
  test.slow();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('command-palette')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
