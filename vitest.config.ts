import react from '@vitejs/plugin-react';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'core/**/*.test.ts',
            'catalog/**/*.test.ts',
            'electron/**/*.test.ts',
            'cli/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          testTimeout: 60_000,
          // Its ES modules import JSON without an import attribute, which Node refuses: Vite loads them instead.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
          // The CLI reads refreshed package data from the user's data folder: tests never see a developer's own.
          env: { DJSTACK_DATA_DIR: join(tmpdir(), 'djstack-tests-without-package-data') },
          // The CLI tests run the bundled CLI, built once here.
          globalSetup: ['scripts/vitest-build-cli.mjs'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx'],
        },
      },
    ],
  },
});
