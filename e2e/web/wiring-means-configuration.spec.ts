import { expect, FIXTURES, test } from '../fixtures/test';

test('JWT added by typing its exact name, auto-wired, then replaced: wired to DRF, configured in the settings', async ({
  app,
  page,
}) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await expect(app.nodes()).toHaveCount(2);

  // Typing an exact name and pressing Enter adds that package, not the first of its role group.
  await app.search('djangorestframework-jwt');
  await page.getByTestId('palette.search').press('Enter');
  await expect(app.nodesOf('djangorestframework-jwt')).toHaveCount(1);
  await app.search('django-allauth');
  await page.getByTestId('palette.search').press('Enter');
  await expect(app.nodesOf('django-allauth')).toHaveCount(1);
  await expect(app.nodesOf('dj-rest-auth')).toHaveCount(0);
  // The toast names the package by its title, not by a node id.
  await expect(app.status).toContainText('Added django-allauth.');

  await page.getByTestId('toolbar.autoWire').click();
  await expect(app.edge('djangorestframework-jwt.auth-djangorestframework.auth')).toHaveCount(1);

  const deprecated = app.problems.getByTestId('problems.item.deprecated');
  await expect(deprecated).toContainText('djangorestframework-simplejwt');
  await deprecated.getByTestId('problems.fix.deprecated').click();
  await expect(app.nodesOf('djangorestframework-simplejwt')).toHaveCount(1);
  await expect(app.problems.getByTestId('problems.item.wrong-host')).toHaveCount(0);

  await app.menu('file', 'export.settings');
  await expect(page.getByTestId('export.preview.code')).toContainText(
    'rest_framework_simplejwt.authentication.JWTAuthentication',
  );
});

test('a plugin wired into Django instead of DRF is a problem, and its fix moves the wire', async ({ app }) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await app.dragPackage('djangorestframework-simplejwt', { x: 120, y: 320 });
  const jwt = app.nodesOf('djangorestframework-simplejwt');
  const id = (await jwt.getAttribute('data-testid'))!.replace('canvas.node.', '');
  await app.connect(id, 'auth', 'django');
  const problem = app.problems.getByTestId('problems.item.wrong-host');
  await expect(problem).toContainText("Simple JWT is wired into Django's Auth input");
  await problem.getByTestId('problems.fix.wrong-host').click();
  await expect(problem).toHaveCount(0);
  await expect(app.edge(`${id}.auth-djangorestframework.auth`)).toHaveCount(1);
});

test('the Django target picker offers every line of the catalog, 6.1 included; the command palette reads Ctrl+K', async ({
  app,
  page,
}) => {
  await expect(app.nodes()).toHaveCount(0);
  await expect(page.getByTestId('target.django').locator('option[value="6.1"]')).toHaveCount(1);
  await expect(page.getByTestId('toolbar.commandPalette')).toHaveText('Ctrl+K');
});

// Pictures for a person to look at (test-results/): the SaaS template at both sizes, both schemes.
test('screenshots at 1440×900 and 1024×700, light and dark', async ({ app, page }, testInfo) => {
  await page.getByTestId('template.saas').click();
  await app.settled();
  await app.node('djangorestframework').click();
  for (const size of [
    { width: 1440, height: 900 },
    { width: 1024, height: 700 },
  ]) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForTimeout(300);
      await page.screenshot({ path: testInfo.outputPath(`${size.width}x${size.height}-${scheme}.png`) });
    }
  }
  await expect(app.nodes()).toHaveCount(11);
});
