import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { prevalidatedCatalog } from '../scripts/prevalidated-catalog';

const root = fileURLToPath(new URL('.', import.meta.url));

// The web build of the renderer (`npm run web`, `npm run build:web`, the e2e tests and the
// canvas benchmark). Electron builds the same index.html and src through electron.vite.config.ts.
export default defineConfig({
  root,
  base: './',
  plugins: [react(), prevalidatedCatalog({ load: 'fetch' })],
  worker: { plugins: () => [prevalidatedCatalog({ load: 'inline' })] },
  // Fast refresh injects an inline <script>, which the strict CSP of index.html forbids even in
  // development; without HMR the dev server runs under the same policy as the shipped app.
  server: { hmr: false },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  preview: { port: 4318 },
});
