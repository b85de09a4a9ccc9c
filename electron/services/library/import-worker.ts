// Worker thread entry for runImportJob: its own connection to the library, the batch, and a
// message per file.

import { parentPort, workerData } from 'node:worker_threads';
import { openDatabaseFile } from '../db/connection.ts';
import { importBatch } from './import.ts';
import type { ImportWorkerJob, ImportWorkerMessage } from './import-job.ts';

const port = parentPort;
if (!port) throw new Error('the import worker must run in a worker thread');

const post = (m: ImportWorkerMessage) => port.postMessage(m);
const job = workerData as ImportWorkerJob;
const cancel = new Int32Array(job.cancel);

// No top-level await: the Electron build bundles this file to CommonJS.
function run(): Promise<void> {
  const db = openDatabaseFile(job.dbFile);
  return importBatch(db, job.sources, {
    isCancelled: () => Atomics.load(cancel, 0) === 1,
    onProgress: (step) => post({ type: 'progress', step }),
    groupCommits: true, // this connection is the worker's own
  }).then(
    (outcomes) => {
      db.close();
      post({ type: 'done', outcomes });
    },
    (error: unknown) => {
      db.close();
      throw error;
    },
  );
}

Promise.resolve()
  .then(run)
  .catch((e: unknown) =>
    post({
      type: 'error',
      message: e instanceof Error ? e.message : String(e),
    }),
  );
