import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { fileURLToPath } from 'node:url';
import { prevalidatedCatalog } from './scripts/prevalidated-catalog';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The desktop build: main (ESM), preload (CommonJS, because a sandboxed preload cannot be an
// ES module) and the same renderer as the web build. Main and preload are bundled whole, so
// the packaged app needs no node_modules.
export default defineConfig({
  main: {
    plugins: [prevalidatedCatalog({ load: 'inline' })],
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: here('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: here('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: here('renderer'),
    plugins: [react(), prevalidatedCatalog({ load: 'fetch' })],
    worker: { plugins: () => [prevalidatedCatalog({ load: 'inline' })] },
    // Fast refresh injects an inline script, which the app's CSP forbids (see renderer/vite.config.ts).
    server: { hmr: false },
    build: {
      outDir: here('out/renderer'),
      rolldownOptions: { input: { index: here('renderer/index.html') } },
    },
  },
});
