// Worker thread entry for runImportJob: its own connection to the library, the batch, and a
// message per file. The phase slot tells the job when the worker may be stopped: never while it
// writes a record and reports it.

import { parentPort, workerData } from 'node:worker_threads';
import { type ImportCheckpoint, importBatch } from '../library/import-batch.ts';
import { type ImportWorkerJob, type ImportWorkerMessage, PHASE, SHARED } from '../library/import-job.ts';
import { ParseAheadPool } from '../library/parse-ahead-pool.ts';
import type { ParseWorkerJob } from '../library/parse-worker-host.ts';
import { openDatabaseFile } from './connection.ts';
import { runParseWorker } from './parse-worker.ts';

// V8's regexp flags are not set here: they are process-wide, and changing them after start crashed
// the main thread in a regular expression compiled before (SIGSEGV in the API fuzz test).

const port = parentPort;
if (!port) throw new Error('the import worker must run in a worker thread');

const post = (m: ImportWorkerMessage) => port.postMessage(m);
const job = workerData as ImportWorkerJob | ParseWorkerJob;
const shared = new Int32Array('shared' in job ? job.shared : new SharedArrayBuffer(4));

/** Tells the job where the batch is and waits until the job lets it go on (tests only). */
function checkpoint(point: ImportCheckpoint): void {
  Atomics.store(shared, SHARED.gate, 0);
  post({ type: 'checkpoint', point });
  Atomics.wait(shared, SHARED.gate, 0);
}

// No top-level await: the Electron build bundles this file to CommonJS.
function run(job: ImportWorkerJob): Promise<void> {
  // This thread waits for the lock without keeping anyone else waiting: its own writes are short.
  const db = openDatabaseFile(job.dbFile, { busyTimeoutMs: 30_000 });
  const ahead = job.ahead ? new ParseAheadPool(job.ahead, job.sources, shared, job.aheadWarm === true) : undefined;
  return importBatch(db, job.sources, {
    ...(ahead ? { ahead } : {}),
    isCancelled: () => Atomics.load(shared, SHARED.cancel) === 1,
    onProgress: (step) => post({ type: 'progress', step }),
    ...(job.checkpoints ? { checkpoint } : {}),
    claimWrite: () => Atomics.compareExchange(shared, SHARED.phase, PHASE.free, PHASE.writing) === PHASE.free,
    releaseWrite: () => void Atomics.compareExchange(shared, SHARED.phase, PHASE.writing, PHASE.free),
  }).then(
    (outcomes) => {
      ahead?.close();
      db.close();
      post({ type: 'done', outcomes });
    },
    (error: unknown) => {
      ahead?.close();
      db.close();
      throw error;
    },
  );
}

if ('role' in job) runParseWorker(port, job);
else
  Promise.resolve()
    .then(() => run(job))
    .catch((e: unknown) =>
      post({
        type: 'error',
        message: e instanceof Error ? e.message : String(e),
      }),
    );
