import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Builds the bare React Flow page that the canvas benchmark compares the app against.
export default defineConfig({
  root: 'bench/bare',
  base: './',
  plugins: [react()],
  build: { outDir: '../../out/bench-bare', emptyOutDir: true },
});
