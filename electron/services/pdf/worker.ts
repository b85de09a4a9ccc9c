// Worker thread entry for exportBookPdf: lays out and writes the PDF, posting progress to the parent.

import { parentPort, workerData } from 'node:worker_threads';
import { BriefbookError } from '../../api/errors.ts';
import type { WorkerJob, WorkerMessage } from './index.ts';
import { writeBookPdf } from './render.ts';

const port = parentPort;
if (!port) throw new Error('pdf worker must run in a worker thread');

const post = (m: WorkerMessage) => port.postMessage(m);
const job = workerData as WorkerJob;

// No top-level await: the Electron build bundles this file to CommonJS.
writeBookPdf(job.input, job.filePath, { onProgress: (progress) => post({ type: 'progress', progress }) }).then(
  (result) => post({ type: 'done', result }),
  (e: unknown) => {
    if (e instanceof BriefbookError) post({ type: 'error', code: e.code, message: e.message });
    else post({ type: 'error', code: 'EXPORT_FAILED', message: `The PDF could not be written: ${e instanceof Error ? e.message : String(e)}` });
  },
);
