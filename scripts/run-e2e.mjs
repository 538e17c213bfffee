// Runs the Playwright tests after making sure there is a browser to run them in.
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-browser.mjs';

const browser = findChromium();
if (!browser) {
  console.error(
    'No Chromium found for the end-to-end tests: install it (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
      'or run `npx playwright install chromium`, or set CHROMIUM_PATH.',
  );
  process.exit(1);
}
const build = spawnSync('npm', ['run', 'build:web', '--silent'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
