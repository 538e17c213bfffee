import { describe, expect, it } from 'vitest';
import { aboutMessage } from './about';
import { shownDocumentName, windowTitle } from './document-title';
import { HandleRegistry } from './handles';
import { displayLocation, resolveInside, withDiagramExtension } from './paths';

describe('About dialog', () => {
  it('lists the app, catalog, Electron, Chrome and Node versions for bug reports', () => {
    const { message, detail } = aboutMessage({
      appName: 'Django Stack Builder',
      appVersion: '0.1.0',
      catalogVersion: '2026.11.0',
      versions: { electron: '45.4.1', chrome: '142.0.7444.0', node: '22.20.0', v8: '14.2' },
      os: 'linux 6.1 (x64)',
    });
    expect(message).toBe('Django Stack Builder 0.1.0');
    expect(detail.split('\n')).toEqual([
      'Package catalog: 2026.11.0',
      'Electron: 45.4.1',
      'Chrome: 142.0.7444.0',
      'Node.js: 22.20.0',
      'V8: 14.2',
      'OS: linux 6.1 (x64)',
    ]);
  });
});

describe('window title', () => {
  it('marks unsaved changes with a dot, except on macOS where the close button shows them', () => {
    expect(windowTitle('shop.djstack', true, 'Django Stack Builder', 'linux')).toBe(
      '• shop.djstack — Django Stack Builder',
    );
    expect(windowTitle('shop.djstack', true, 'Django Stack Builder', 'darwin')).toBe(
      'shop.djstack — Django Stack Builder',
    );
    expect(windowTitle('Untitled', false, 'Django Stack Builder', 'win32')).toBe('Untitled — Django Stack Builder');
  });
});

describe('handles and paths', () => {
  it('the same path gets the same handle; handles are unguessable tokens', () => {
    const handles = new HandleRegistry();
    const a = handles.issue('/code/a.djstack');
    expect(handles.issue('/code/./a.djstack')).toBe(a);
    expect(handles.issue('/code/b.djstack')).not.toBe(a);
    expect(a).toMatch(/^h_[0-9a-f]{32}$/);
    expect(handles.pathOf('h_0')).toBeUndefined();
  });

  it('locations under the home folder are shown with ~', () => {
    expect(displayLocation('/home/ada/code/shop', '/home/ada')).toBe('~/code/shop');
    expect(displayLocation('/home/ada', '/home/ada')).toBe('~');
    expect(displayLocation('/srv/shared', '/home/ada')).toBe('/srv/shared');
    expect(displayLocation('/home/adam/x', '/home/ada')).toBe('/home/adam/x');
  });

  it('diagram names get .djstack once', () => {
    expect(withDiagramExtension('/x/shop')).toBe('/x/shop.djstack');
    expect(withDiagramExtension('/x/shop.DJSTACK')).toBe('/x/shop.DJSTACK');
  });

  it('project paths stay inside their folder', () => {
    expect(resolveInside('/out/shop', 'shop/settings.py')).toBe('/out/shop/shop/settings.py');
    expect(resolveInside('/out/shop', '../x')).toBeNull();
    expect(resolveInside('/out/shop', 'a/../../x')).toBeNull();
    expect(resolveInside('/out/shop', '.')).toBeNull();
  });
});

describe('document names in the title bar', () => {
  it('lose control and bidirectional characters', () => {
    expect(shownDocumentName('shop\u202Ekcatsjd.exe')).toBe('shopkcatsjd.exe');
    expect(shownDocumentName('a\nb\u0007\u2066c\u009b')).toBe('abc');
    expect(shownDocumentName('\u200e\u200f')).toBe('Untitled');
  });
});
