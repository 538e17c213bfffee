/**
 * Startup benchmark (issue 15): how long the built web renderer takes from navigation to an
 * interactive canvas with no diagram (what a user sees on launch), how long it then takes to
 * open a 100-node diagram, and how much of its JavaScript was loaded before it was interactive.
 *
 * "Interactive" is the first animation frame in which the React Flow pane is in the page, the
 * palette lists its packages, and its search box takes the focus. The time is read in the page
 * (from its navigation start), by a script installed before the app's own, so Playwright's round
 * trips are not counted. Every load is in a fresh browser context: an empty HTTP cache and no
 * compiled-code cache, as on a first visit.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { defaultCatalog } from '../../core/catalog/catalog';
import { serializeDjstack } from '../../core/format/djstack';
import { CHROMIUM_ARGS, findChromium } from '../find-browser.mjs';
import { builtScripts, buildRenderer, gzippedBytes, serve, waitFor } from './serve';
import { syntheticDiagram } from './synthetic';

/** Fresh page loads per figure; the median is reported. */
const LOADS = Number(process.env.BENCH_STARTUP_LOADS ?? 7);
/** Apart from the canvas part's 4411 and 4412, so that both can run at once. */
const PORT = Number(process.env.BENCH_STARTUP_PORT ?? 4413);
const NODES = 100;

// Runs in the page before its scripts, so it is a string: the Node typecheck has no DOM.
const WATCH_FOR_INTERACTIVE = `(() => {
  const check = () => {
    const pane = document.querySelector('.react-flow__pane');
    const search = document.querySelector('[data-testid="palette.search"]');
    const entry = document.querySelector('[data-testid^="palette.package."]');
    if (pane && search && entry) {
      search.focus();
      if (document.activeElement === search) {
        window.__interactive = {
          at: performance.now(),
          scripts: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')),
        };
        return;
      }
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

interface Interactive {
  /** Milliseconds from navigation start. */
  at: number;
  /** Paths of the scripts loaded by then. */
  scripts: string[];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Navigates a fresh page to the app and waits for it to be interactive. */
async function start(browser: Browser, base: string): Promise<{ page: Page; interactive: Interactive }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(WATCH_FOR_INTERACTIVE);
  await page.goto(`${base}/`, { waitUntil: 'commit' });
  // A function, not a string: the app's CSP forbids the eval that a string predicate needs.
  const handle = await page.waitForFunction(() => (globalThis as { __interactive?: Interactive }).__interactive, {
    timeout: 30_000,
  });
  return { page, interactive: (await handle.jsonValue()) as Interactive };
}

/** Opens `file` through the app's Open command (Ctrl+O); milliseconds until all its nodes are drawn. */
async function open(page: Page, file: string, count: number): Promise<number> {
  await page.evaluate('document.activeElement.blur()');
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: 2000 }).catch(() => null);
    await page.keyboard.press('Control+o');
    const opened = await chooser;
    if (opened) {
      const started = Date.now();
      await opened.setFiles(file);
      await page
        .locator('.react-flow__node')
        .nth(count - 1)
        .waitFor({ timeout: 30_000 });
      return Date.now() - started;
    }
    if (attempt === 10) throw new Error('Ctrl+O never opened a file chooser');
  }
}

export async function run(): Promise<Record<string, unknown>> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium for the startup benchmark: install chromium (apt-get install chromium).');
  const dir = 'out/bench-startup';
  buildRenderer(dir);
  const server = serve(dir, PORT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(`${base}/`);
    const tmp = join('bench-results', 'tmp');
    mkdirSync(tmp, { recursive: true });
    const file = join(tmp, `startup-${NODES}.djstack`);
    writeFileSync(file, serializeDjstack(syntheticDiagram(defaultCatalog(), NODES)));

    const emptyMs: number[] = [];
    const openMs: number[] = [];
    let loaded: string[] = [];
    for (let load = 0; load < LOADS; load++) {
      const { page, interactive } = await start(browser, base);
      emptyMs.push(interactive.at);
      loaded = interactive.scripts;
      openMs.push(interactive.at + (await open(page, file, NODES)));
      await page.context().close();
    }

    const all = builtScripts(dir);
    const initial = all.filter((script) => loaded.some((path) => path.endsWith(`/${script}`)));
    if (initial.length === 0) throw new Error(`None of ${loaded.join(', ')} is a built script`);
    const gz = (scripts: string[]) => scripts.reduce((total, script) => total + gzippedBytes(dir, script), 0);
    const results = {
      loads: LOADS,
      emptyStartMs: Math.round(median(emptyMs)),
      emptyStartRuns: emptyMs.map(Math.round),
      [`startAndOpen${NODES}Ms`]: Math.round(median(openMs)),
      [`startAndOpen${NODES}Runs`]: openMs.map(Math.round),
      initialScripts: initial,
      initialJsGzipBytes: gz(initial),
      totalJsGzipBytes: gz(all),
    };
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(
      `startup (median of ${LOADS} fresh loads): empty start to an interactive canvas ${results.emptyStartMs} ms; ` +
        `start, then open a ${NODES}-node diagram until its nodes are drawn ${results[`startAndOpen${NODES}Ms`]} ms`,
    );
    console.log(
      `startup JavaScript: ${kib(results.initialJsGzipBytes)} gzipped loaded before interactive ` +
        `(${initial.length} of ${all.length} files), ${kib(results.totalJsGzipBytes)} in all`,
    );
    return results;
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
