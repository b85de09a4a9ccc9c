// A batch import run off the main thread: a worker opens its own connection to the same SQLite
// file (WAL lets both write safely), imports file after file and posts each outcome. Cancel sets a
// shared flag the worker reads before each file and before each write; a worker busy reading or
// parsing a long file is stopped at once (it holds no lock then), one writing a record finishes
// that record first. What was already imported stays imported. Where no worker can be started (an
// in-memory library, a bundle without the worker script) the same batch runs here, yielding
// between files.

import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { fail } from '../../shared/errors.ts';
import type { ImportOutcome } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { cancelledOutcome, type ImportCheckpoint, type ImportProgressStep, importBatch } from './import-batch.ts';
import type { ImportSource } from './import-source.ts';
import { AHEAD_SLOTS, signalAnswer } from './parse-ahead-pool.ts';

/** Slots of the Int32Array the job and its workers share (3 and 4: the parse worker's, AHEAD_SLOTS). */
export const SHARED = { cancel: 0, phase: 1, gate: 2 } as const;
/** The worker's phase: FREE may be stopped at any moment, WRITING may not, STOPPED is being stopped. */
export const PHASE = { free: 0, writing: 1, stopped: 2 } as const;

export type ImportWorkerJob = {
  dbFile: string;
  sources: ImportSource[];
  shared: SharedArrayBuffer;
  /** The worker waits at each checkpoint until the job opens the gate. */
  checkpoints: boolean;
  /** The parse worker reading ahead, if one was started. */
  ahead?: MessagePort;
};
/** The same script started as the parse worker: reads files for the import worker, never writes. */
export type ParseWorkerJob = { dbFile: string; parser: MessagePort; shared: SharedArrayBuffer };

/** Fewer files than this are all read by the import worker: a second worker's start would cost more. */
const AHEAD_FROM_FILES = 24;
export type ImportWorkerMessage =
  | { type: 'progress'; step: ImportProgressStep }
  | { type: 'checkpoint'; point: ImportCheckpoint }
  | { type: 'done'; outcomes: ImportOutcome[] }
  | { type: 'error'; message: string };

function workerUrl(workerPath: string | URL | null): string | URL | null {
  if (workerPath) return workerPath;
  try {
    // Empty in a CommonJS bundle: then the in-process fallback runs.
    return new URL('../open/import-worker.ts', import.meta.url);
  } catch {
    return null;
  }
}

export type ImportJobOptions = {
  signal?: AbortSignal;
  onProgress?: (step: ImportProgressStep) => void;
  /** Run in this thread even when a worker could be used (tests of the fallback). */
  inProcess?: boolean;
  /** Awaited before each file and before each parse; the batch waits for it (tests cancel at an exact point). */
  checkpoint?: (point: ImportCheckpoint) => void | Promise<void>;
  /** Where the worker script lives, for builds that bundle it separately (e.g. dist-electron/import-worker.cjs). */
  workerPath?: string | URL | null;
};

/**
 * The backend's import jobs: each runs as runImportJob does, and close() cancels every running job
 * (its worker stops; what was imported stays) and refuses new ones.
 */
export class ImportJobs {
  readonly #workerPath: string | URL | null;
  readonly #running = new Map<Promise<ImportOutcome[]>, AbortController>();
  #closed = false;

  constructor(opts: { workerPath?: string | URL | undefined } = {}) {
    this.#workerPath = opts.workerPath ?? null;
  }

  /** Jobs running now. */
  get running(): number {
    return this.#running.size;
  }

  async run(db: Db, sources: ImportSource[], opts: ImportJobOptions = {}): Promise<ImportOutcome[]> {
    if (this.#closed) fail('CANCELLED', 'Briefbook is closing: nothing was imported. Open Briefbook again and import once more.');
    const controller = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
    const job = runImportJob(db, sources, { workerPath: this.#workerPath, ...opts, signal });
    this.#running.set(job, controller);
    try {
      return await job;
    } finally {
      this.#running.delete(job);
    }
  }

  /** Cancels every running job and resolves once each has stopped (its worker gone). */
  async close(): Promise<void> {
    this.#closed = true;
    const jobs = [...this.#running];
    for (const [, controller] of jobs) controller.abort();
    await Promise.allSettled(jobs.map(([job]) => job));
  }
}

export async function runImportJob(db: Db, sources: ImportSource[], opts: ImportJobOptions = {}): Promise<ImportOutcome[]> {
  const dbFile = db.location();
  const url = workerUrl(opts.workerPath ?? null);
  if (opts.inProcess || !dbFile || !url) return importInProcess(db, sources, opts);
  const shared = new Int32Array(new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT));
  let worker: Worker;
  let parser: Worker | null = null;
  try {
    const job: ImportWorkerJob = {
      dbFile,
      sources,
      shared: shared.buffer as SharedArrayBuffer,
      checkpoints: Boolean(opts.checkpoint),
    };
    parser = startParser(url, sources.length, job, opts);
    worker = new Worker(url, { workerData: job, transferList: job.ahead ? [job.ahead] : [] });
  } catch {
    void parser?.terminate();
    return importInProcess(db, sources, opts);
  }
  let stopped = false;
  const onAbort = () => {
    Atomics.store(shared, SHARED.cancel, 1);
    // Reading or parsing: nothing is written, so the worker can go now; writing: it stops after this record.
    if (Atomics.compareExchange(shared, SHARED.phase, PHASE.free, PHASE.stopped) === PHASE.free) {
      stopped = true;
      void worker.terminate();
    }
  };
  if (opts.signal?.aborted) onAbort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  const seen: ImportOutcome[] = [];
  try {
    return await new Promise<ImportOutcome[]>((resolveJob) => {
      let settled = false;
      // A worker that stops mid-batch still answers for every file: the rest are cancelled, or failed.
      const finish = (outcomes: ImportOutcome[] | null, reason: string) => {
        if (settled) return;
        settled = true;
        if (outcomes) return resolveJob(outcomes);
        const rest = sources.slice(seen.length).map(
          (s): ImportOutcome =>
            stopped
              ? cancelledOutcome(s)
              : {
                  file: s.file,
                  ok: false,
                  error: { code: 'INTERNAL', message: `${s.file.split(/[\\/]/).pop()} was not imported: ${reason}` },
                },
        );
        // Every file is reported, as the worker would have: the rest as cancelled (or failed).
        for (const [i, outcome] of rest.entries())
          opts.onProgress?.({ done: seen.length + i + 1, total: sources.length, file: outcome.file, outcome });
        resolveJob([...seen, ...rest]);
      };
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress') {
          seen.push(m.step.outcome);
          opts.onProgress?.(m.step);
        } else if (m.type === 'checkpoint') {
          // A stopped worker stays shut: it is gone however it was waiting.
          const open = () => {
            if (stopped) return;
            Atomics.store(shared, SHARED.gate, 1);
            Atomics.notify(shared, SHARED.gate);
          };
          Promise.resolve()
            .then(() => opts.checkpoint?.(m.point))
            .then(open, open);
        } else if (m.type === 'done') finish(m.outcomes, '');
        else finish(null, `the importer failed (${m.message}).`);
      });
      worker.on('error', (e) => finish(null, `the importer failed (${e.message}).`));
      // Messages the worker posted before it stopped are delivered before 'exit'.
      worker.on('exit', (code) => finish(null, `the importer stopped unexpectedly (exit code ${code}).`));
    });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await Promise.all([worker.terminate().catch(() => 0), parser?.terminate().catch(() => 0)]);
  }
}

/**
 * The second worker, reading the next files on another core while the import worker writes (a long
 * batch, a machine with a core to spare; never when a test holds the batch at its checkpoints).
 * One only: the app's own thread keeps a core's share to stay responsive.
 */
function startParser(url: string | URL, files: number, job: ImportWorkerJob, opts: ImportJobOptions): Worker | null {
  if (opts.checkpoint || files < AHEAD_FROM_FILES || availableParallelism() < 2) return null;
  const { port1, port2 } = new MessageChannel();
  const parseJob: ParseWorkerJob = { dbFile: job.dbFile, parser: port1, shared: job.shared };
  const parser = new Worker(url, { workerData: parseJob, transferList: [port1] });
  // A parse worker that stops, however it stops, leaves the reading to the import worker.
  const shared = new Int32Array(job.shared);
  parser.on('error', () => {});
  parser.on('exit', () => {
    Atomics.store(shared, AHEAD_SLOTS.gone, 1);
    signalAnswer(shared);
  });
  parser.unref();
  job.ahead = port2;
  return parser;
}

async function importInProcess(db: Db, sources: ImportSource[], opts: ImportJobOptions): Promise<ImportOutcome[]> {
  return importBatch(db, sources, {
    isCancelled: () => opts.signal?.aborted ?? false,
    onProgress: (step) => opts.onProgress?.(step),
    ...(opts.checkpoint ? { checkpoint: opts.checkpoint } : {}),
    yieldBetween: true,
  });
}
