// Run as its own process by backend-lifecycle.test.ts: a backend with an import held mid-file and a
// PDF export under way is closed, and the process must then end by itself. A worker thread left
// running (an import waiting at its checkpoint, an export laying out) would keep it alive.
import { join } from 'node:path';
import { exportBookPdf } from '../../electron/node/pdf/index.ts';
import { tempBackend } from './library.ts';
import { longFixture } from './pdf-book.ts';

const lib = tempBackend({ seed: false });
const { pdf, imports } = lib.ctx.workers;
const text = (i: number) => new TextEncoder().encode(`The ministers met in round ${i}.\n\nThey agreed to meet again.`);
const sources = [1, 2, 3].map((i) => ({ file: `r${i}.txt`, name: `r${i}.txt`, bytes: text(i) }));

// The import waits at its first checkpoint for ever: only close() can stop its worker.
let held: () => void = () => {};
const waiting = new Promise<void>((resolve) => {
  held = resolve;
});
const importing = imports.run(lib.db, sources, {
  checkpoint: () => {
    held();
    return new Promise<void>(() => {});
  },
});
await waiting;
// The export is laying out its pages when the backend closes.
let started: () => void = () => {};
const layingOut = new Promise<void>((resolve) => {
  started = resolve;
});
const exporting = exportBookPdf(pdf, longFixture(200), join(lib.dir, 'book.pdf'), { onProgress: () => started() }).then(
  () => 'finished',
  (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
);
await layingOut;
const before = { threads: pdf.threads, imports: imports.running };

await lib.dispose();

const outcomes = await importing;
const refused = await imports.run(lib.db, sources).then(
  () => 'imported',
  (e: Error) => e.message,
);
const refusedPdf = await pdf.warm().then(() => pdf.threads);
process.stdout.write(
  JSON.stringify({
    before,
    after: { threads: pdf.threads, imports: imports.running },
    imported: outcomes.map((o) => (o.ok ? 'ok' : o.error.code)),
    exported: await exporting,
    refused,
    threadsAfterWarm: refusedPdf,
  }),
);
