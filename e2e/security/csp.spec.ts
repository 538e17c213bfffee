/// <reference lib="dom" />
/**
 * The renderer shows text from diagrams that strangers send. These tests open hostile files in
 * the web build (served with the same index.html and CSP as the desktop app) and check that
 * nothing in them runs: React renders text as text, and the Content-Security-Policy stops
 * inline scripts, inline event handlers and eval even if markup ever slipped through.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/test';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=(window.__pwned||0)+1</script>',
  '<svg onload="window.__pwned=(window.__pwned||0)+1"></svg>',
  '"><iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1',
];

/** Counts dialogs and CSP violations, and reports whether any payload ran. */
async function watchForExecution(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.evaluate(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.__violations.push(event.effectiveDirective));
  });
  return {
    dialogs,
    pwned: () => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0),
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

test('a diagram whose package names and options carry script payloads shows them as text and runs nothing', async ({
  app,
  page,
}, testInfo) => {
  const watch = await watchForExecution(page);
  const hostile = {
    format: 'djstack',
    version: 1,
    target: { django: '5.2', python: '3.12' },
    nodes: PAYLOADS.map((payload, i) => ({
      id: `n${i}`,
      package: payload,
      position: { x: 80 + (i % 3) * 320, y: 80 + Math.floor(i / 3) * 220 },
      pin: payload.slice(0, 90),
      options: { description: payload, url: 'javascript:window.__pwned=1' },
    })),
    edges: [],
  };
  const path = testInfo.outputPath('hostile.djstack');
  await writeFile(path, JSON.stringify(hostile, null, 2));

  await app.open(path);
  // The payloads reach the page, as text (unknown packages, their problems, the inspector)...
  for (const payload of PAYLOADS.slice(0, 3)) await expect(page.locator('body')).toContainText(payload);
  await app.node('n0').click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: testInfo.outputPath('hostile-diagram.png') });

  // ...and nothing in it ran.
  expect(await watch.pwned()).toBe(0);
  expect(watch.dialogs).toEqual([]);
  expect(await page.locator('iframe, script:not([src]), img[src="x"]').count()).toBe(0);
});

test('an invalid file whose error message quotes a payload shows the quote as text', async ({
  app,
  page,
}, testInfo) => {
  const watch = await watchForExecution(page);
  const payload = PAYLOADS[0]!;
  // Two nodes with the same id: the error names the id, so the payload lands in the message.
  const hostile = {
    format: 'djstack',
    version: 1,
    target: { django: '5.2', python: '3.12' },
    nodes: [
      { id: payload, package: 'django', position: { x: 0, y: 0 } },
      { id: payload, package: 'django', position: { x: 300, y: 0 } },
    ],
    edges: [],
  };
  const path = testInfo.outputPath('hostile-duplicate.djstack');
  await writeFile(path, JSON.stringify(hostile));
  await app.open(path);
  await expect(page.getByTestId('open.error')).toContainText(payload);
  await page.waitForTimeout(300);
  expect(await watch.pwned()).toBe(0);
  expect(watch.dialogs).toEqual([]);
});

test('the CSP itself blocks inline handlers, inline scripts and eval in the page', async ({ app, page }) => {
  expect(await app.nodes().count()).toBe(0);
  const watch = await watchForExecution(page);
  // Markup injected the way an XSS bug would inject it: the browser must refuse to run any of it.
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.innerHTML = '<img src="x-does-not-exist.png" onerror="window.__pwned=(window.__pwned||0)+1">';
    document.body.append(box);
    const script = document.createElement('script');
    script.textContent = 'window.__pwned=(window.__pwned||0)+1';
    document.body.append(script);
  });
  // DevTools evaluation is exempt from the CSP, so eval is attempted later, from a real click.
  await page.evaluate(() => {
    const w = window as unknown as Record<string, string>;
    const attempt = (name: string, run: () => void) => {
      try {
        run();
        w[name] = 'ran';
      } catch (error) {
        w[name] = (error as Error).name;
      }
    };
    document.addEventListener(
      'pointerdown',
      () => {
        attempt('__eval', () => (0, eval)('window.__pwned=(window.__pwned||0)+1'));
        attempt('__function', () => new Function('window.__pwned=(window.__pwned||0)+1')());
      },
      { once: true, capture: true },
    );
  });
  await page.mouse.click(5, 5);
  const outcome = (name: string) => page.evaluate((key) => (window as unknown as Record<string, string>)[key], name);
  await expect.poll(() => outcome('__eval')).toBe('EvalError');
  expect(await outcome('__function')).toBe('EvalError');
  await expect.poll(watch.violations).toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
  expect(await watch.pwned()).toBe(0);
});

test('the page loads nothing from other origins', async ({ app, page }) => {
  await expect(app.pane).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
  expect(csp).toMatch(/script-src 'self'(;|$)/);
  const outcome = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/beacon');
      return 'sent';
    } catch {
      return 'blocked';
    }
  });
  expect(outcome).toBe('blocked');
});
