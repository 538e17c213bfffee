import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const START = fileURLToPath(new URL('./start.mjs', import.meta.url));

describe('npm start without an Electron binary', () => {
  it('explains in one paragraph, points to npm run web, prints no stack trace and exits non-zero', () => {
    // ELECTRON_OVERRIDE_DIST_PATH makes the electron package return a path without downloading.
    const result = spawnSync(process.execPath, [START], {
      encoding: 'utf8',
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist', DJSTACK_DEBUG_START: '' },
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const paragraphs = result.stderr.trim().split(/\n\s*\n/);
    expect(paragraphs).toHaveLength(1);
    expect(result.stderr).toContain('Electron binary is not available');
    expect(result.stderr).toContain('npm run web');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});
