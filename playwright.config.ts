import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-browser.mjs';

const port = Number(process.env.E2E_PORT ?? 4318);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  projects: [
    // The renderer in a browser, against the built web app (`npm run build:web`).
    { name: 'web', testMatch: ['web/**/*.spec.ts', 'security/**/*.spec.ts'] },
    // The real Electron app: runs where an Electron binary exists and says why it skips elsewhere.
    { name: 'electron', testMatch: ['electron/**/*.spec.ts'] },
  ],
  webServer: {
    command: `npx vite preview --config renderer/vite.config.ts --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
