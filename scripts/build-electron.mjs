// Bundles the Electron main process, preload and PDF worker into dist-electron/ (CommonJS, as Electron
// loads it). pdfkit and fontkit stay outside the bundle: pdfkit reads its own data files from beside its
// code, so the packaged app ships them unpacked (see electron-builder.yml asarUnpack).
import { build } from 'esbuild';

// The sources are ES modules that use import.meta.url to find files next to them; in a CommonJS bundle
// it is the bundle's own file URL.
const importMetaUrl = { 'import.meta.url': '__briefbookImportMetaUrl' };
const banner = {
  js: 'const __briefbookImportMetaUrl = require("node:url").pathToFileURL(__filename).href;',
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: true,
  define: importMetaUrl,
  banner,
  logLevel: 'warning',
  legalComments: 'none',
};

export const PDF_EXTERNALS = ['pdfkit', 'fontkit'];

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist-electron/main.cjs',
    external: ['electron', ...PDF_EXTERNALS],
  }),
  // The sandboxed preload may require only 'electron': everything else is bundled in.
  build({
    ...common,
    entryPoints: ['electron/main/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    external: ['electron'],
    define: {},
    banner: {},
  }),
  // The worker runs in a Node worker thread, where 'electron' does not exist: it must never be required there.
  build({
    ...common,
    entryPoints: ['electron/node/pdf/worker.ts'],
    outfile: 'dist-electron/pdf-worker.cjs',
    external: PDF_EXTERNALS,
  }),
  // Batch import runs in its own worker thread with its own SQLite connection.
  build({
    ...common,
    entryPoints: ['electron/node/open/import-worker.ts'],
    outfile: 'dist-electron/import-worker.cjs',
  }),
]);
console.log('Built dist-electron/ (main, preload, pdf worker, import worker)');
