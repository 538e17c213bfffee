/**
 * Page object for the whole window (tldraw-style: tests talk to it, not to selectors).
 * Test ids are dot-namespaced: palette.package.<name>, canvas.node.<id>, menu.<action id>.
 */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class AppPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.locator('.react-flow__pane')).toBeVisible();
  }

  /**
   * Waits until the viewport stops moving (a fit-view animation after a template or a file
   * opens): the same transform on two reads 100 ms apart. Mouse gestures aimed at screen
   * positions must start only then, or they land where a node was a frame ago. Also waits for
   * the verdicts of a large diagram, which the worker checks while the canvas says
   * `data-checking="true"`.
   */
  async settled(): Promise<void> {
    await expect(this.page.locator('[data-testid="canvas"][data-checking="true"]')).toHaveCount(0);
    const viewport = this.page.locator('.react-flow__viewport');
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await viewport.evaluate((el) => (el as HTMLElement).style.transform);
          const same = now === last;
          last = now;
          return same;
        },
        { intervals: [100] },
      )
      .toBe(true);
  }

  get pane(): Locator {
    return this.page.locator('.react-flow__pane');
  }

  get status(): Locator {
    return this.page.getByTestId('status.message');
  }

  get problems(): Locator {
    return this.page.getByTestId('problems');
  }

  paletteEntry(name: string): Locator {
    return this.page.getByTestId(`palette.package.${name}`);
  }

  node(id: string): Locator {
    return this.page.getByTestId(`canvas.node.${id}`);
  }

  /** Canvas nodes of one package. */
  nodesOf(packageName: string): Locator {
    return this.page.locator(`.package-node[data-package="${packageName}"]`);
  }

  nodes(): Locator {
    return this.page.locator('.react-flow__node');
  }

  edges(): Locator {
    return this.page.locator('.react-flow__edge');
  }

  /** A wire by its edge id (its drawn path). */
  edge(id: string): Locator {
    return this.page.locator(`.react-flow__edge[data-id="${id}"] path.react-flow__edge-path`);
  }

  /**
   * Selects a wire by clicking the middle of its path: a bezier between level ports is flat, a
   * zero-height box that Playwright's own click calls invisible.
   */
  async clickEdge(id: string): Promise<void> {
    await expect(this.edge(id)).toHaveCount(1);
    await this.settled();
    const box = (await this.edge(id).boundingBox())!;
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** The handle of a port: `out` ports are sources on the right, `in` ports targets on the left. */
  port(nodeId: string, direction: 'in' | 'out', role: string): Locator {
    const type = direction === 'in' ? 'target' : 'source';
    return this.page.locator(`.react-flow__handle.${type}[data-nodeid="${nodeId}"][data-handleid="${role}"]`);
  }

  async search(query: string): Promise<void> {
    await this.page.getByTestId('palette.search').fill(query);
  }

  /** Drags a palette entry onto the canvas, `at` relative to its top-left corner. */
  async dragPackage(name: string, at: { x: number; y: number }): Promise<void> {
    await this.search(name);
    await this.paletteEntry(name).dragTo(this.page.getByTestId('canvas'), { targetPosition: at });
    await this.search('');
  }

  /** Drags a wire from one port to another with the mouse. */
  async drawWire(from: Locator, to: Locator): Promise<void> {
    const a = (await from.boundingBox())!;
    await this.page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await this.page.mouse.down();
    // Folded inputs unfold once a wire is being drawn: find the target after the drag starts.
    await this.page.mouse.move(a.x + 30, a.y + 10, { steps: 3 });
    await expect(to).toBeVisible();
    const b = (await to.boundingBox())!;
    await this.page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2 + 10, { steps: 6 });
    await this.page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
    await this.page.mouse.up();
  }

  async connect(source: string, sourceRole: string, target: string, targetRole: string = sourceRole): Promise<void> {
    await this.drawWire(this.port(source, 'out', sourceRole), this.port(target, 'in', targetRole));
  }

  /** Runs a command from the in-page menu bar. */
  async menu(menu: 'file' | 'edit' | 'view' | 'help', actionId: string): Promise<void> {
    await this.page.getByTestId(`menu.${menu}`).click();
    await this.page.getByTestId(`menu.${actionId}`).click();
  }

  async setTarget(django: string, python?: string): Promise<void> {
    await this.page.getByTestId('target.django').selectOption(django);
    if (python) await this.page.getByTestId('target.python').selectOption(python);
  }

  /** Runs `trigger` and returns the text of the file it downloads (within `timeout` ms: Playwright's default without). */
  async downloadText(trigger: () => Promise<void>, timeout?: number): Promise<{ download: Download; text: string }> {
    const waiting = this.page.waitForEvent('download', timeout === undefined ? undefined : { timeout });
    await trigger();
    const download = await waiting;
    const text = await readFile((await download.path())!, 'utf8');
    return { download, text };
  }

  /**
   * A PNG's size, the share of its pixels that differ from its top-left one (the background)
   * and the share that are (nearly) white: decoded by the page's browser.
   */
  async pngPicture(bytes: Buffer): Promise<{ width: number; height: number; drawn: number; white: number }> {
    return this.page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let drawn = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) drawn++;
        if (data[i]! > 240 && data[i + 1]! > 240 && data[i + 2]! > 240) white++;
      }
      const pixels = data.length / 4;
      return { width: canvas.width, height: canvas.height, drawn: drawn / pixels, white: white / pixels };
    }, bytes.toString('base64'));
  }

  /** File > Export requirements.txt, through the preview; returns the preview's text and the file's. */
  async exportRequirements(): Promise<{ preview: string; file: string }> {
    await this.menu('file', 'export.requirements');
    const preview = await this.page.getByTestId('export.preview.code').innerText();
    const { text } = await this.downloadText(() => this.page.getByTestId('export.preview.save').click());
    return { preview, file: text };
  }

  async save(): Promise<{ download: Download; text: string }> {
    return this.downloadText(() => this.menu('file', 'file.save'));
  }

  /** File > Open with the file chooser; `whenAsked` answers the unsaved-changes question. */
  async open(path: string, options: { whenAsked?: 'save' | 'discard' } = {}): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.menu('file', 'file.open');
    if (options.whenAsked) await this.page.getByTestId(`confirm.${options.whenAsked}`).click();
    await (await chooser).setFiles(path);
  }
}
