import { expect, FIXTURES, test } from '../fixtures/test';
import { djstack } from './cli-bundle';

interface Move {
  package: string;
  from: string | null;
  to: string | null;
}

/** `djstack check FILE --django X --json`: the CLI's upgrade moves and problem codes. */
async function cliUpgrade(django: string): Promise<{ moves: Move[]; errors: string[] }> {
  const { stdout } = await djstack(FIXTURES, ['check', 'drf-on-django.djstack', '--django', django, '--json']);
  const report = JSON.parse(stdout) as {
    upgrade: { moves: Move[] };
    problems: { severity: string; code: string }[];
  };
  return {
    moves: report.upgrade.moves,
    errors: report.problems.filter((p) => p.severity === 'error').map((p) => p.code),
  };
}

test('the upgrade view shows the same moves and blockers as djstack check --django --json', async ({ app, page }) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await expect(app.nodes()).toHaveCount(2);
  await app.menu('view', 'view.upgrade');
  const view = page.getByTestId('upgrade');

  for (const django of ['5.2', '6.0']) {
    await view.getByTestId('upgrade.target').selectOption(django);
    const expected = await cliUpgrade(django);
    const rows = view.locator('[data-testid^="upgrade.move."]');
    await expect(rows).toHaveCount(expected.moves.length);
    const shown = await rows.evaluateAll((elements) =>
      elements.map((el) => ({
        package: el.getAttribute('data-testid')!.replace('upgrade.move.', ''),
        from: el.getAttribute('data-from') || null,
        to: el.getAttribute('data-to') || null,
      })),
    );
    expect(shown).toEqual(expected.moves);
    const blockers = await view
      .getByTestId('upgrade.blocker')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-code')));
    expect(blockers).toEqual(expected.errors);
  }
  // Django 6.0 needs Python 3.12: the view says what blocks, and Django has no version to move to.
  await expect(view.getByTestId('upgrade.verdict')).toContainText('block');
  await expect(view.getByTestId('upgrade.move.django')).toContainText('no version fits');
  await view.screenshot({ path: 'test-results/upgrade-view.png' });

  await view.getByTestId('upgrade.target').selectOption('5.2');
  await expect(view.getByTestId('upgrade.verdict')).toContainText('Nothing blocks Django 5.2');
  await view.getByTestId('upgrade.apply').click();
  await expect(page.getByTestId('target.django')).toHaveValue('5.2');
});
