import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from './sender';
import { APP_ORIGINS, fakeWindow } from './test-support/fake-ipc';

describe('which IPC senders are trusted', () => {
  it("trusts our window's main frame showing the app bundle", () => {
    const { window, fromMainFrame } = fakeWindow();
    expect(isTrustedSender(fromMainFrame(), window, APP_ORIGINS)).toBe(true);
  });

  it('refuses an iframe inside our window', () => {
    const { window, fromIframe } = fakeWindow();
    expect(isTrustedSender(fromIframe(), window, APP_ORIGINS)).toBe(false);
  });

  it('refuses another webContents even if it claims our frame', () => {
    const { window, fromOtherContents } = fakeWindow();
    expect(isTrustedSender(fromOtherContents(), window, APP_ORIGINS)).toBe(false);
  });

  it('refuses our main frame once it shows a page that is not ours', () => {
    const { window, fromMainFrame, mainFrame } = fakeWindow();
    mainFrame.url = 'https://evil.example/index.html';
    expect(isTrustedSender(fromMainFrame(), window, APP_ORIGINS)).toBe(false);
  });

  it('refuses everything when the window is gone or the frame is missing', () => {
    const { window, fromMainFrame } = fakeWindow();
    expect(isTrustedSender({ ...fromMainFrame(), senderFrame: null }, window, APP_ORIGINS)).toBe(false);
    expect(isTrustedSender(fromMainFrame(), null, APP_ORIGINS)).toBe(false);
    window.destroy();
    expect(isTrustedSender(fromMainFrame(), window, APP_ORIGINS)).toBe(false);
  });

  it('recognises app URLs by exact origin, not by prefix', () => {
    expect(isAppUrl('app://bundle/assets/x.js', APP_ORIGINS)).toBe(true);
    expect(isAppUrl('app://bundle.evil.example/', APP_ORIGINS)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', APP_ORIGINS)).toBe(false);
    expect(isAppUrl('not a url', APP_ORIGINS)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', ['app://bundle', 'http://localhost:5173'])).toBe(true);
  });
});
