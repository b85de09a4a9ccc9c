// Worker thread for exportBookPdf (see pool.ts): stays up between exports and takes one job at a time,
// posting progress (at most every 25 ms, and the first and last of each stage) and the result.

import { parentPort } from 'node:worker_threads';
import { BriefbookError } from '../../shared/errors.ts';
import type { WorkerMessage, WorkerRequest } from './pool.ts';
import { type ProgressEvent, writeBookPdf } from './render.ts';
import { warmUp } from './warm.ts';

const port = parentPort;
if (!port) throw new Error('pdf worker must run in a worker thread');

const post = (m: WorkerMessage) => port.postMessage(m);

let warming: Promise<void> = Promise.resolve();

// No top-level await: the Electron build bundles this file to CommonJS.
port.on('message', (req: WorkerRequest) => {
  if (req.type === 'warm') {
    // Only a head start: the export itself reports any problem with the fonts.
    warming = warmUp().then(
      () => post({ type: 'warmed', id: 0 }),
      () => post({ type: 'warmed', id: 0 }),
    );
    return;
  }
  // An export that arrives while the worker warms up starts when the warm-up is done (it is then warm).
  void warming.then(() => runJob(req));
});

function runJob(req: Extract<WorkerRequest, { type: 'job' }>): void {
  const { id, job } = req;
  // The parent's font folder at the time of this export (the worker's own environment is a copy from its start).
  if (job.fontsDir === undefined) delete process.env.BRIEFBOOK_FONTS_DIR;
  else process.env.BRIEFBOOK_FONTS_DIR = job.fontsDir;
  let last = 0;
  const onProgress = (progress: ProgressEvent) => {
    const now = performance.now();
    if (progress.stage === 'layout' && progress.done > 0 && progress.done < progress.total && now - last < 25) return;
    last = now;
    post({ type: 'progress', id, progress });
  };
  writeBookPdf(job.input, job.filePath, { pdf: job.pdf, onProgress }).then(
    (result) => post({ type: 'done', id, result }),
    (e: unknown) => {
      if (e instanceof BriefbookError) post({ type: 'error', id, code: e.code, message: e.message });
      else
        post({
          type: 'error',
          id,
          code: 'EXPORT_FAILED',
          message: `The PDF could not be written: ${e instanceof Error ? e.message : String(e)}`,
        });
    },
  );
}
