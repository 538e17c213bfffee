/**
 * Pictures of the main states at two window sizes and in both themes, for a person to look at
 * (under test-results/, or in UI_SHOTS_DIR when set). Each picture also asserts layout facts
 * that a person would otherwise have to spot: nothing sticks out of the window, the panels do
 * not overlap, no control's text is cut off, and a message never lies over a button.
 */
import type { Page, TestInfo } from '@playwright/test';
import { join } from 'node:path';
import { expect, test } from '../fixtures/test';

type Box = { x: number; y: number; width: number; height: number };

function intersects(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5
  );
}

/** Layout facts about the window as it is now, gathered in the page. */
async function layoutFacts(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
    };
    const name = (el: Element) =>
      el.getAttribute('data-testid') ?? el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const measure = document.createElement('canvas').getContext('2d')!;
    // Text cut off inside a control: a select's chosen option wider than its box (less the
    // arrow), a button's or a field's content wider than the button.
    const clipped: string[] = [];
    for (const el of Array.from(document.querySelectorAll('select, button, .tool-button'))) {
      if (!visible(el) || el.closest('.react-flow__viewport')) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLSelectElement) {
        measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = el.selectedOptions[0]?.text ?? '';
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 16;
        if (measure.measureText(text).width > room + 0.5) clipped.push(`${name(el)} "${text}"`);
      } else if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
        clipped.push(name(el));
      }
    }
    // One word per line: a label of text alone (a button's, a heading's, a message's) broken
    // into lines of a few characters each, as when a neighbour squeezes it to nothing.
    const wrapped: string[] = [];
    for (const el of Array.from(document.querySelectorAll('button, h1, h2, h3, th, label, dt, dd, .problem-message'))) {
      if (!visible(el) || el.closest('.react-flow__viewport') || el.children.length > 0) continue;
      const text = (el.textContent ?? '').trim();
      const range = document.createRange();
      range.selectNodeContents(el);
      const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
      if (lines >= 2 && text.length / lines < 10) wrapped.push(`${name(el)}: "${text.slice(0, 30)}" (${lines} lines)`);
    }
    const status = box(document.querySelector('[data-testid="status.message"]'));
    const buttons = Array.from(document.querySelectorAll('button, select, input'))
      .filter((el) => visible(el) && !el.closest('[data-testid="status.message"]'))
      .map((el) => ({ name: name(el), box: box(el)! }));
    return {
      overflow: {
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      },
      regions: {
        topBar: box(document.querySelector('.top-bar')),
        palette: box(document.querySelector('aside.palette')),
        canvas: box(document.querySelector('.canvas-area')),
        inspector: box(document.querySelector('aside.inspector')),
        problems: box(document.querySelector('[data-testid="problems"]')),
      },
      dialog: box(document.querySelector('[role="dialog"]')),
      floating: Object.fromEntries(
        [
          ['gallery', '[data-testid="gallery"]'],
          ['zoom controls', '.react-flow__controls'],
          ['minimap', '.mini-map'],
          ['palette fold', '[data-testid="panel.palette.toggle"]'],
          ['inspector fold', '[data-testid="panel.inspector.toggle"]'],
        ].map(([label, selector]) => [label, box(document.querySelector(selector!))]),
      ),
      documentName: (() => {
        const el = document.querySelector('[data-testid="document.name"]')!;
        return { text: el.textContent ?? '', cut: el.scrollWidth > el.clientWidth + 1 };
      })(),
      clipped,
      wrapped,
      status,
      buttons,
    };
  });
}

/**
 * Saves a picture of the window and checks what can be checked without looking at it; softly,
 * so that every picture is taken and every defect listed in one run.
 */
async function shot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.waitForTimeout(250);
  const dir = process.env.UI_SHOTS_DIR;
  await page.screenshot({ path: dir ? join(dir, `${name}.png`) : testInfo.outputPath(`${name}.png`) });
  const facts = await layoutFacts(page);
  const viewport = page.viewportSize()!;
  expect.soft(facts.overflow, `${name}: the page scrolls`).toEqual({ x: 0, y: 0 });
  const regions = Object.entries(facts.regions).filter((entry): entry is [string, Box] => entry[1] !== null);
  for (const [region, box] of [...regions, ...(facts.dialog ? [['dialog', facts.dialog] as [string, Box]] : [])]) {
    expect.soft(box.x, `${name}: ${region} starts left of the window`).toBeGreaterThanOrEqual(-0.5);
    expect.soft(box.y, `${name}: ${region} starts above the window`).toBeGreaterThanOrEqual(-0.5);
    expect
      .soft(box.x + box.width, `${name}: ${region} ends right of the window`)
      .toBeLessThanOrEqual(viewport.width + 0.5);
    expect
      .soft(box.y + box.height, `${name}: ${region} ends below the window`)
      .toBeLessThanOrEqual(viewport.height + 0.5);
  }
  for (let i = 0; i < regions.length; i++)
    for (let j = i + 1; j < regions.length; j++)
      expect
        .soft(intersects(regions[i]![1], regions[j]![1]), `${name}: ${regions[i]![0]} overlaps ${regions[j]![0]}`)
        .toBe(false);
  const floating = Object.entries(facts.floating).filter((entry): entry is [string, Box] => entry[1] !== null);
  for (let i = 0; i < floating.length; i++)
    for (let j = i + 1; j < floating.length; j++)
      expect
        .soft(intersects(floating[i]![1], floating[j]![1]), `${name}: ${floating[i]![0]} overlaps ${floating[j]![0]}`)
        .toBe(false);
  expect.soft(facts.documentName.cut, `${name}: the document name "${facts.documentName.text}" is cut off`).toBe(false);
  expect.soft(facts.clipped, `${name}: controls whose text is cut off`).toEqual([]);
  expect.soft(facts.wrapped, `${name}: labels wrapped a word a line`).toEqual([]);
  if (facts.status) {
    const covered = facts.buttons.filter((button) => intersects(button.box, facts.status!)).map((b) => b.name);
    expect.soft(covered, `${name}: controls under the message`).toEqual([]);
  }
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
]) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`main states at ${size.width}×${size.height}, ${scheme}`, async ({ app, page }, testInfo) => {
      const at = (name: string) => shot(page, testInfo, `${size.width}-${scheme}-${name}`);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });

      await expect(page.getByTestId('gallery')).toBeVisible();
      await at('1-empty');

      // Twelve packages with problems: the SaaS template on Django 3.2, plus a deprecated package.
      await page.getByTestId('template.saas').click();
      await app.settled();
      await app.setTarget('3.2');
      // Added from the keyboard, at a free spot, as a drop might land on another package.
      await app.search('djangorestframework-jwt');
      await app.paletteEntry('djangorestframework-jwt').focus();
      await page.keyboard.press('Enter');
      await app.search('');
      // Out of the search field, so that the canvas's keys reach the canvas.
      await app.pane.click({ position: { x: 8, y: 8 } });
      await expect(app.nodes()).toHaveCount(12);
      await expect(page.getByTestId('problems.item.deprecated').first()).toBeVisible();
      await page.keyboard.press('Shift+F');
      await app.settled();
      await at('2-stack-with-problems');

      // Selected from the keyboard: at 1024×700 the minimap may lie over the package.
      await page.locator('.react-flow__node[data-id="djangorestframework"]').focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('complementary', { name: 'Inspector' })).toContainText('Django REST framework');
      await at('3-inspector');

      await page.getByTestId('problems.item.deprecated').first().click();
      await at('4-problems');

      await app.menu('file', 'export.requirements');
      await expect(page.getByTestId('export.preview.code')).toBeVisible();
      await at('5-export');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+k');
      await expect(page.getByRole('dialog')).toBeVisible();
      await at('6-command-palette');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Control+b');
      await page.keyboard.press('Control+Shift+B');
      await page.keyboard.press('Control+j');
      await page.keyboard.press('Shift+F');
      await app.settled();
      await at('7-panels-folded');
    });
  }
}
