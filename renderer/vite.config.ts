// Vite config for the renderer. Built to renderer/dist and loaded by Electron from file://,
// and by the browser host over http, so every asset URL is relative (base './').
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  // Vite 8 transforms TS/JSX with Oxc; use React's automatic runtime (no plugin needed).
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // No inline scripts anywhere (strict CSP): the preload polyfill is not needed by Chromium.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { port: 5173, strictPort: false },
});
