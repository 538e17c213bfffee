import { expect, FIXTURES, test } from '../fixtures/test';

test('a deprecated package on the canvas shows a warning whose fix replaces it with its successor, still wired', async ({
  app,
  page,
}) => {
  await app.open(`${FIXTURES}/drf-on-django.djstack`);
  await expect(app.nodes()).toHaveCount(2);
  await expect(app.problems.getByTestId('problems.item.deprecated')).toHaveCount(0);

  await app.dragPackage('djangorestframework-jwt', { x: 120, y: 120 });
  const jwt = app.nodesOf('djangorestframework-jwt');
  await expect(jwt).toBeVisible();
  const jwtId = (await jwt.getAttribute('data-testid'))!.replace('canvas.node.', '');
  await app.connect(jwtId, 'auth', 'djangorestframework');
  await expect(app.edges()).toHaveCount(2);

  const warning = app.problems.getByTestId('problems.item.deprecated');
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('djangorestframework-simplejwt');
  await expect(app.node(jwtId).getByTestId(`canvas.node.${jwtId}.problems`)).toBeVisible();

  await warning.getByTestId('problems.fix.deprecated').click();

  await expect(app.nodesOf('djangorestframework-jwt')).toHaveCount(0);
  const simplejwt = app.nodesOf('djangorestframework-simplejwt');
  await expect(simplejwt).toBeVisible();
  await expect(app.problems.getByTestId('problems.item.deprecated')).toHaveCount(0);
  await expect(app.edges()).toHaveCount(2);

  const { text } = await app.save();
  const saved = JSON.parse(text);
  const successor = saved.nodes.find((n: { package: string }) => n.package === 'djangorestframework-simplejwt');
  expect(successor).toBeTruthy();
  expect(saved.edges).toContainEqual(
    expect.objectContaining({
      source: successor.id,
      sourcePort: 'auth',
      target: 'djangorestframework',
      targetPort: 'auth',
      role: 'auth',
    }),
  );

  // The fix was one undo step: undo brings the deprecated package back, wired as before.
  await page.keyboard.press('Control+z');
  await expect(app.nodesOf('djangorestframework-jwt')).toBeVisible();
  await expect(app.edges()).toHaveCount(2);
});
