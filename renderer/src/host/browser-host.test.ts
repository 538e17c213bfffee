import { afterEach, describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../../core/host/contract';
import { AUTOSAVE_KEY, createBrowserHost, isSafeExternalUrl, safeFileName } from './browser-host';

function environment() {
  const open = vi.fn();
  const win = Object.assign(Object.create(window) as Window, {
    open,
    addEventListener: window.addEventListener.bind(window),
  });
  return { env: { document, window: win, storage: window.localStorage }, open };
}

afterEach(() => {
  localStorage.clear();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('browser host', () => {
  it('keeps an autosave in local storage and reads it back as a recovery', async () => {
    const host = createBrowserHost(environment().env);
    expect(await host.readRecovery()).toBeNull();
    await host.writeAutosave('{"format":"djstack"}', 'shop.djstack');
    const recovery = await host.readRecovery();
    expect(recovery).toMatchObject({ text: '{"format":"djstack"}', name: 'shop.djstack' });
    expect(Number.isNaN(Date.parse(recovery!.savedAt))).toBe(false);
    await host.clearAutosave();
    expect(await host.readRecovery()).toBeNull();
  });

  it('ignores an autosave entry that is not what it wrote', async () => {
    localStorage.setItem(AUTOSAVE_KEY, '{not json');
    expect(await createBrowserHost(environment().env).readRecovery()).toBeNull();
    localStorage.setItem(AUTOSAVE_KEY, JSON.stringify({ text: 42 }));
    expect(await createBrowserHost(environment().env).readRecovery()).toBeNull();
  });

  it('saves by downloading a file with the suggested name', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const host = createBrowserHost(environment().env);
    const saved = await host.saveDiagram({ handle: null, suggestedName: 'shop/../x.djstack', text: '{}' });
    expect(clicks).toEqual(['shop-..-x.djstack']);
    expect(saved).toEqual({ handle: 'web:shop-..-x.djstack', name: 'shop-..-x.djstack' });
  });

  it('opens the file the user picks, and nothing when the picker is cancelled', async () => {
    const host = createBrowserHost(environment().env);
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const opening = host.openDiagram();
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    const file = new File(['{"format":"djstack"}'], 'shop.djstack');
    Object.defineProperty(input!, 'files', { value: [file] });
    input!.dispatchEvent(new Event('change'));
    expect(await opening).toEqual({ handle: 'web:shop.djstack', name: 'shop.djstack', text: '{"format":"djstack"}' });
    expect(input!.accept).toContain('.djstack');

    const cancelled = host.openDiagram();
    document.querySelector<HTMLInputElement>('input[type="file"]')!.dispatchEvent(new Event('cancel'));
    expect(await cancelled).toBeNull();
  });

  it('shows the document name and unsaved state in the title', () => {
    const host = createBrowserHost(environment().env);
    host.setDocumentState({ name: 'shop.djstack', dirty: true, handle: null });
    expect(document.title).toBe('• shop.djstack — Django Stack Builder');
    host.setDocumentState({ name: 'shop.djstack', dirty: false, handle: 'web:shop.djstack' });
    expect(document.title).toBe('shop.djstack — Django Stack Builder');
  });

  it('opens only https links, in a new window without opener', () => {
    const { env, open } = environment();
    const host = createBrowserHost(env);
    host.openExternal('javascript:alert(1)');
    host.openExternal('http://example.org/');
    host.openExternal('https://docs.djangoproject.com/');
    expect(open.mock.calls).toEqual([['https://docs.djangoproject.com/', '_blank', 'noopener,noreferrer']]);
    expect(isSafeExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('delivers in-page menu commands to every listener until it unsubscribes', () => {
    const host = createBrowserHost(environment().env);
    const seen: string[] = [];
    const off = host.onCommand((command) => seen.push(command));
    host.emitCommand(MENU_COMMANDS[0]);
    off();
    host.emitCommand(MENU_COMMANDS[1]);
    expect(seen).toEqual([MENU_COMMANDS[0]]);
  });

  it('exports a project as one ZIP download named after the project', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const files = [{ path: 'manage.py', content: '#!/usr/bin/env python\n' }];
    const result = await createBrowserHost(environment().env).exportProject({
      suggestedName: 'shop',
      files,
    });
    expect(result).toEqual({ ok: true, folder: 'shop.zip' });
    expect(clicks).toEqual(['shop.zip']);
  });

  it('refuses a project file outside the folder, downloading nothing', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const files = [{ path: '../x.py', content: '' }];
    const result = await createBrowserHost(environment().env).exportProject({
      suggestedName: 'shop',
      files,
    });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/nothing was downloaded/) });
    expect(click).not.toHaveBeenCalled();
  });

  it('Save As asks for a name, adds the extension, and saves nothing when cancelled', async () => {
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    // jsdom has no modal dialogs: showModal/close are the browser's, stood in for here.
    HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
      this.open = false;
      this.dispatchEvent(new Event('close'));
    };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const host = createBrowserHost(environment().env);
    const saving = host.saveDiagramAs({ suggestedName: 'Untitled.djstack', text: '{}' });
    const input = document.querySelector<HTMLInputElement>('[data-testid="host.name-dialog.input"]')!;
    expect(input.value).toBe('Untitled.djstack');
    input.value = 'shop';
    document.querySelector<HTMLButtonElement>('[data-testid="host.name-dialog.ok"]')!.click();
    expect(await saving).toEqual({ handle: 'web:shop.djstack', name: 'shop.djstack' });
    expect(clicks).toEqual(['shop.djstack']);

    const cancelled = host.saveDiagramAs({ suggestedName: 'shop.djstack', text: '{}' });
    document.querySelector<HTMLButtonElement>('[data-testid="host.name-dialog.cancel"]')!.click();
    expect(await cancelled).toBeNull();
    expect(clicks).toHaveLength(1);
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('cleans file names of separators and control characters', () => {
    expect(safeFileName('a\u0000b:c.txt', 'f')).toBe('a-b-c.txt');
    expect(safeFileName('   ', 'fallback.txt')).toBe('fallback.txt');
  });
});
