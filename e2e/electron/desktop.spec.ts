/// <reference lib="dom" />
/**
 * The desktop app itself, through Playwright's `_electron`: the foundation flow (issue 2) and
 * the native behaviour and security of issue 7. These run wherever an Electron binary exists
 * and skip with the reason elsewhere (see launch.ts).
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppPage } from '../pages/app-page';
import { answerNextSaveDialog, clickMenu, findElectron, launchApp, ROOT, windowTitle, type RunningApp } from './launch';

const electron = findElectron();
let explained = false;
test.beforeEach(() => {
  if ('path' in electron) return;
  // The list reporter does not print skip reasons: say it once, then skip with it.
  if (!explained) process.stderr.write(`Desktop tests skipped. ${electron.reason}\n`);
  explained = true;
  test.skip(true, electron.reason);
});
test.use({ viewport: null });

let running: RunningApp | null = null;
test.afterEach(async () => {
  await running?.app.close().catch(() => undefined);
  running = null;
});

const FIXTURE = `${ROOT}e2e/fixtures/drf-on-django.djstack`;

test('the foundation flow in the desktop app: drag, wire, refuse, export, save and reopen from the command line', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo);
  const { app, page } = running;
  const ui = new AppPage(page);
  expect(await windowTitle(app)).toContain('Django Stack Builder');

  await ui.dragPackage('django', { x: 620, y: 220 });
  await ui.dragPackage('django-environ', { x: 160, y: 120 });
  await ui.dragPackage('django-filter', { x: 160, y: 380 });
  await expect(ui.nodes()).toHaveCount(3);
  await ui.connect('django-environ', 'config', 'django');
  await expect(ui.edges()).toHaveCount(1);
  await ui.drawWire(ui.port('django-filter', 'out', 'filters'), ui.port('django', 'in', 'api'));
  await expect(ui.status).toContainText('Connection refused');
  await expect(ui.edges()).toHaveCount(1);
  expect(await windowTitle(app)).toMatch(/^• /);

  const requirements = testInfo.outputPath('requirements.txt');
  await answerNextSaveDialog(app, requirements);
  await clickMenu(app, 'export.requirements');
  await page.getByTestId('export.preview.save').click();
  await expect.poll(() => readFile(requirements, 'utf8').catch(() => '')).toContain('django-environ==');

  const saved = testInfo.outputPath('stack.djstack');
  await answerNextSaveDialog(app, saved);
  await clickMenu(app, 'file.save');
  await expect.poll(() => windowTitle(app)).toBe('stack.djstack — Django Stack Builder');
  await page.screenshot({ path: testInfo.outputPath('desktop-canvas.png') });
  const text = await readFile(saved, 'utf8');
  await app.close();

  // A cold start with the file on the command line (a double-click on Windows and Linux).
  running = await launchApp(testInfo, { args: [saved] });
  const reopened = new AppPage(running.page);
  await expect(reopened.nodes()).toHaveCount(3);
  await expect(reopened.edges()).toHaveCount(1);
  await expect.poll(() => windowTitle(running!.app)).toBe('stack.djstack — Django Stack Builder');
  await answerNextSaveDialog(running.app, saved);
  await clickMenu(running.app, 'file.save');
  await expect.poll(() => readFile(saved, 'utf8')).toBe(text);
});

test('the page has no Node, only the named bridge, and cannot navigate or open windows', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo);
  const { app, page } = running;
  const facts = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridge: Object.entries((window as unknown as { stackBuilder: Record<string, unknown> }).stackBuilder).map(
      ([key, value]) => `${key}:${typeof value}`,
    ),
    opened: window.open('https://example.com/') === null,
    origin: location.origin,
  }));
  expect(facts.require).toBe('undefined');
  expect(facts.process).toBe('undefined');
  expect(facts.bridge).toContain('kind:string');
  expect(facts.bridge.filter((entry) => !entry.startsWith('kind:')).every((entry) => entry.endsWith(':function'))).toBe(
    true,
  );
  expect(facts.opened).toBe(true);
  expect(facts.origin).toBe('app://bundle');
  expect(app.windows()).toHaveLength(1);

  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/bundle\//);

  const csp = await page.evaluate(() =>
    fetch(location.href).then((response) => response.headers.get('content-security-policy')),
  );
  expect(csp).toContain("script-src 'self'");
});

test('IPC refuses paths, unknown handles and malformed requests from the page', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo);
  const outcome = await running.page.evaluate(async () => {
    const host = (window as unknown as { stackBuilder: Record<string, (...args: unknown[]) => Promise<unknown>> })
      .stackBuilder;
    const attempt = (run: () => Promise<unknown>) =>
      run().then(
        () => 'accepted',
        (error: Error) => error.message,
      );
    return {
      path: await attempt(() => host.reload!('/etc/passwd')),
      name: await attempt(() => host.saveDiagramAs!({ suggestedName: '../../.bashrc', text: '' })),
      unknown: await host.openRecent!(`h_${'0'.repeat(32)}`),
    };
  });
  expect(outcome.path).toContain('refused');
  expect(outcome.name).toContain('refused');
  expect(outcome.unknown).toEqual({ error: expect.stringContaining('not known') });
});

test('closing with unsaved changes asks; Cancel keeps the window, Don’t save closes it', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo);
  const { app, page } = running;
  await new AppPage(page).dragPackage('django', { x: 400, y: 200 });
  const close = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
  await close();
  await page.getByTestId('confirm.cancel').click();
  await page.waitForTimeout(300);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  const closed = app.waitForEvent('close');
  await close();
  await page.getByTestId('confirm.discard').click();
  await closed;
  running = null;
});

test('unsaved work survives a crash: the next start offers to restore it', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo);
  const { app, page, userData } = running;
  await new AppPage(page).dragPackage('django', { x: 400, y: 200 });
  await expect
    .poll(() => readFile(`${userData}/autosave/unsaved-changes.json`, 'utf8').catch(() => ''), { timeout: 20_000 })
    .toContain('"django"');
  app.process().kill('SIGKILL');
  running = await launchApp(testInfo, { userData });
  await running.page.getByTestId('confirm.restore').click();
  await expect(new AppPage(running.page).nodes()).toHaveCount(1);
});

test('a change on disk (a git pull) is noticed and offered for reload', async ({ browserName: _browser }, testInfo) => {
  const file = testInfo.outputPath('team.djstack');
  await writeFile(file, await readFile(FIXTURE, 'utf8'));
  running = await launchApp(testInfo, { args: [file] });
  const ui = new AppPage(running.page);
  await expect(ui.nodes()).toHaveCount(2);
  const changed = JSON.parse(await readFile(file, 'utf8'));
  changed.target.django = '5.2';
  await writeFile(file, JSON.stringify(changed, null, 2));
  await running.page.getByTestId('confirm.reload').click();
  await expect(running.page.getByTestId('target.django')).toHaveValue('5.2');
});

test('a second instance hands its file to the running app and exits', async ({ browserName: _browser }, testInfo) => {
  running = await launchApp(testInfo);
  const second = spawn(
    (electron as { path: string }).path,
    [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT, FIXTURE],
    {
      cwd: ROOT,
      env: { ...process.env, DJSTACK_USER_DATA_DIR: running.userData },
    },
  );
  const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
  expect(exitCode).toBe(0);
  await expect(new AppPage(running.page).nodes()).toHaveCount(2);
  await expect.poll(() => windowTitle(running!.app)).toContain('drf-on-django.djstack');
});

test('the native menu has the standard items, accelerators and Open Recent', async ({
  browserName: _browser,
}, testInfo) => {
  running = await launchApp(testInfo, { args: [FIXTURE] });
  await expect(new AppPage(running.page).nodes()).toHaveCount(2);
  const menu = await running.app.evaluate(({ Menu }) => {
    const byId = (id: string) => Menu.getApplicationMenu()?.getMenuItemById(id);
    const recent = byId('file.openRecent')?.submenu?.items.map((item) => item.label) ?? [];
    return {
      save: byId('file.save')?.accelerator,
      open: byId('file.open')?.accelerator,
      undo: byId('edit.undo')?.accelerator,
      recent,
    };
  });
  expect(menu).toMatchObject({ save: 'CmdOrCtrl+S', open: 'CmdOrCtrl+O', undo: 'CmdOrCtrl+Z' });
  expect(menu.recent[0]).toContain('drf-on-django.djstack');
});
