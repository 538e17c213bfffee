import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY, assetPath, serveAsset } from './app-protocol';

describe('the app:// protocol', () => {
  it('maps app URLs to files of the built renderer', () => {
    expect(assetPath('/out/renderer', APP_ENTRY)).toBe('/out/renderer/index.html');
    expect(assetPath('/out/renderer', 'app://bundle/')).toBe('/out/renderer/index.html');
    expect(assetPath('/out/renderer', 'app://bundle/assets/index-1a2b.js?v=1#x')).toBe(
      '/out/renderer/assets/index-1a2b.js',
    );
  });

  it('dot-dot segments collapse inside the bundle, as URL parsing defines', () => {
    expect(assetPath('/out/renderer', 'app://bundle/../../etc/passwd')).toBe('/out/renderer/etc/passwd');
    expect(assetPath('/out/renderer', 'app://bundle/%2e%2e/%2e%2e/etc/passwd')).toBe('/out/renderer/etc/passwd');
  });

  it.each([
    ['an encoded slash escape', 'app://bundle/..%2f..%2fetc/passwd'],
    ['an encoded backslash', 'app://bundle/..%5c..%5csecret'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///out/renderer/index.html'],
    ['a broken escape', 'app://bundle/%E0%A4%A'],
  ])('refuses %s', (_label, url) => {
    expect(assetPath('/out/renderer', url)).toBeNull();
  });

  it('serves files with the CSP header and the right type; unknown files are 404', async () => {
    const root = await mkdtemp(join(tmpdir(), 'djstack-bundle-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'a.js'), 'export {}');
    const page = await serveAsset(root, APP_ENTRY);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toBe('<!doctype html>');
    expect((await serveAsset(root, 'app://bundle/assets/a.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    const missing = await serveAsset(root, 'app://bundle/nope.js');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBeTruthy();
    expect((await serveAsset(root, 'app://bundle/../../etc/passwd')).status).toBe(404);
  });
});
