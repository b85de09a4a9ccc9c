// A batch import run off the main thread: a worker opens its own connection to the same SQLite
// file (WAL lets both write safely), imports file after file and posts each outcome. Cancel sets a
// shared flag the worker reads before each file, so what was already imported stays imported.
// Where no worker can be started (an in-memory library, a bundle without the worker script) the
// same batch runs here, yielding between files.

import { Worker } from 'node:worker_threads';
import type { ImportOutcome } from '../../api/types.ts';
import type { Db } from '../db/connection.ts';
import { type ImportProgressStep, type ImportSource, importBatch } from './import.ts';

export type ImportWorkerJob = {
  dbFile: string;
  sources: ImportSource[];
  cancel: SharedArrayBuffer;
};
export type ImportWorkerMessage =
  | { type: 'progress'; step: ImportProgressStep }
  | { type: 'done'; outcomes: ImportOutcome[] }
  | { type: 'error'; message: string };

let workerPath: string | URL | null = null;

/** Where the worker script lives, for builds that bundle it separately (e.g. dist-electron/import-worker.cjs). */
export function setImportWorkerPath(p: string): void {
  workerPath = p;
}

function workerUrl(): string | URL | null {
  if (workerPath) return workerPath;
  try {
    // Empty in a CommonJS bundle: then the in-process fallback runs.
    return new URL('./import-worker.ts', import.meta.url);
  } catch {
    return null;
  }
}

export type ImportJobOptions = {
  signal?: AbortSignal;
  onProgress?: (step: ImportProgressStep) => void;
  /** Run in this thread even when a worker could be used (tests of the fallback). */
  inProcess?: boolean;
};

export async function runImportJob(db: Db, sources: ImportSource[], opts: ImportJobOptions = {}): Promise<ImportOutcome[]> {
  const dbFile = db.location();
  const url = workerUrl();
  if (opts.inProcess || !dbFile || !url) return importInProcess(db, sources, opts);
  let worker: Worker;
  const flag = new Int32Array(new SharedArrayBuffer(4));
  try {
    const job: ImportWorkerJob = {
      dbFile,
      sources,
      cancel: flag.buffer as SharedArrayBuffer,
    };
    worker = new Worker(url, { workerData: job });
  } catch {
    return importInProcess(db, sources, opts);
  }
  const onAbort = () => Atomics.store(flag, 0, 1);
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const seen: ImportOutcome[] = [];
  try {
    return await new Promise<ImportOutcome[]>((resolveJob) => {
      let settled = false;
      // A worker that dies mid-batch still answers for every file: the rest are reported as failed.
      const finish = (outcomes: ImportOutcome[] | null, reason: string) => {
        if (settled) return;
        settled = true;
        if (outcomes) return resolveJob(outcomes);
        const rest = sources.slice(seen.length).map(
          (s): ImportOutcome => ({
            file: s.file,
            ok: false,
            error: {
              code: 'INTERNAL',
              message: `${s.file.split(/[\\/]/).pop()} was not imported: ${reason}`,
            },
          }),
        );
        resolveJob([...seen, ...rest]);
      };
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress') {
          seen.push(m.step.outcome);
          opts.onProgress?.(m.step);
        } else if (m.type === 'done') finish(m.outcomes, '');
        else finish(null, `the importer failed (${m.message}).`);
      });
      worker.on('error', (e) => finish(null, `the importer failed (${e.message}).`));
      worker.on('exit', (code) => finish(null, `the importer stopped unexpectedly (exit code ${code}).`));
    });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await worker.terminate().catch(() => 0);
  }
}

async function importInProcess(db: Db, sources: ImportSource[], opts: ImportJobOptions): Promise<ImportOutcome[]> {
  return importBatch(db, sources, {
    isCancelled: () => opts.signal?.aborted ?? false,
    onProgress: (step) => opts.onProgress?.(step),
    yieldBetween: true,
  });
}
