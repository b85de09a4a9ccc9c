// Bundles the Electron main process, preload and PDF worker into dist-electron/ (CommonJS, as Electron loads it).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: true, external: ['electron'], logLevel: 'warning' };
await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs', external: ['electron', 'pdfkit', 'fontkit'] }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  build({ ...common, entryPoints: ['electron/services/pdf/worker.ts'], outfile: 'dist-electron/pdf-worker.cjs', external: ['pdfkit', 'fontkit'] }),
]);
console.log('Built dist-electron/ (main, preload, pdf worker)');
