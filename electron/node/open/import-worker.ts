// Worker thread entry for runImportJob: its own connection to the library, the batch, and a
// message per file. The phase slot tells the job when the worker may be stopped: never while it
// writes a record and reports it.

import { parentPort, workerData } from 'node:worker_threads';
import type { Db } from '../db/statements.ts';
import { type ImportCheckpoint, importBatch } from '../library/import-batch.ts';
import { type ImportWorkerJob, type ImportWorkerMessage, PHASE, SHARED } from '../library/import-messages.ts';
import type { ImportWriterJob, ImportWriterRun } from '../library/import-writer-host.ts';
import { ParseAheadPool } from '../library/parse-ahead-pool.ts';
import type { ParseWorkerJob, ParseWorkerNote } from '../library/parse-worker-host.ts';
import { openDatabaseFile } from './connection.ts';
import { runParseWorker, warmUpUnlessImporting } from './parse-worker.ts';

// V8's regexp flags are not set here: they are process-wide, and changing them after start crashed
// the main thread in a regular expression compiled before (SIGSEGV in the API fuzz test).

const port = parentPort;
if (!port) throw new Error('the import worker must run in a worker thread');

const post = (m: ImportWorkerMessage) => port.postMessage(m);
const job = workerData as ImportWorkerJob | ParseWorkerJob | ImportWriterJob;

/** Tells the job where the batch is and waits until the job lets it go on (tests only). */
function checkpointOn(shared: Int32Array): (point: ImportCheckpoint) => void {
  return (point) => {
    Atomics.store(shared, SHARED.gate, 0);
    post({ type: 'checkpoint', point });
    Atomics.wait(shared, SHARED.gate, 0);
  };
}

/** The library's connection: a kept writer keeps it open between imports (its caches with it). */
const connections = new Map<string, Db>();

// No top-level await: the Electron build bundles this file to CommonJS.
function run(job: ImportWorkerJob, keep: boolean): Promise<void> {
  const shared = new Int32Array(job.shared);
  // This thread waits for the lock without keeping anyone else waiting: its own writes are short.
  const db = connections.get(job.dbFile) ?? openDatabaseFile(job.dbFile, { busyTimeoutMs: 30_000 });
  if (keep) connections.set(job.dbFile, db);
  const ahead = job.ahead ? new ParseAheadPool(job.ahead, job.sources, shared, job.aheadWarm === true) : undefined;
  const done = () => {
    ahead?.close();
    if (!keep) db.close();
  };
  return importBatch(db, job.sources, {
    ...(ahead ? { ahead } : {}),
    isCancelled: () => Atomics.load(shared, SHARED.cancel) === 1,
    onProgress: (step) => post({ type: 'progress', step }),
    ...(job.checkpoints ? { checkpoint: checkpointOn(shared) } : {}),
    claimWrite: () => Atomics.compareExchange(shared, SHARED.phase, PHASE.free, PHASE.writing) === PHASE.free,
    releaseWrite: () => void Atomics.compareExchange(shared, SHARED.phase, PHASE.writing, PHASE.free),
  }).then(
    (outcomes) => {
      done();
      post({ type: 'done', outcomes });
    },
    (error: unknown) => {
      done();
      throw error;
    },
  );
}

function runReporting(job: ImportWorkerJob, keep: boolean): void {
  Promise.resolve()
    .then(() => run(job, keep))
    .catch((e: unknown) =>
      post({
        type: 'error',
        message: e instanceof Error ? e.message : String(e),
      }),
    );
}

if ('role' in job && job.role === 'parse') runParseWorker(port, job);
else if ('role' in job) {
  // Kept between imports: the library opened and the parser warmed now, so the first import is as quick as the next.
  const db = openDatabaseFile(job.dbFile, { busyTimeoutMs: 30_000 });
  connections.set(job.dbFile, db);
  let importing = false;
  port.on('message', (m: ImportWriterRun) => {
    importing = true;
    runReporting(m.job, true);
  });
  // An import that comes while it warms up is run at once: its own records warm the thread.
  void warmUpUnlessImporting(db, () => importing).then(() => port.postMessage({ type: 'warm' } satisfies ParseWorkerNote));
} else runReporting(job, false);
