// A batch import run off the main thread: a worker opens its own connection to the same SQLite
// file (WAL lets both write safely), imports file after file and posts each outcome. Cancel sets a
// shared flag the worker reads before each file and before each write; a worker busy reading or
// parsing a long file is stopped at once (it holds no lock then), one writing a record finishes
// that record first. What was already imported stays imported. Where no worker can be started (an
// in-memory library, a bundle without the worker script) the same batch runs here, yielding
// between files.

import { Worker } from 'node:worker_threads';
import { fail } from '../../shared/errors.ts';
import type { ImportOutcome } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { cancelledOutcome, type ImportCheckpoint, type ImportProgressStep, importBatch } from './import-batch.ts';
import { type ImportWorkerJob, type ImportWorkerMessage, PHASE, SHARED } from './import-messages.ts';
import type { ImportSource } from './import-source.ts';
import { ImportWriterHost, type ImportWriterRun } from './import-writer-host.ts';
import { ParseWorkerHost } from './parse-worker-host.ts';
import { importWorkerEnv } from './worker-env.ts';

/** Fewer files than this are all read by the import worker: a cold parse worker's start would cost more. */
const AHEAD_FROM_FILES = 24;

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
  /** The warm parse worker to read ahead with (none: one is started for this job, if it is long enough). */
  parser?: ParseWorkerHost;
  /** The writer kept between imports, used when it is free (else this job starts a thread of its own). */
  writer?: ImportWriterHost;
};

/**
 * The backend's import jobs: each runs as runImportJob does, and close() cancels every running job
 * (its worker stops; what was imported stays) and refuses new ones.
 */
export class ImportJobs {
  readonly #workerPath: string | URL | null;
  readonly #running = new Map<Promise<ImportOutcome[]>, AbortController>();
  readonly #parser: ParseWorkerHost | null;
  readonly #writer: ImportWriterHost | null;
  #closed = false;

  constructor(opts: { workerPath?: string | URL | undefined } = {}) {
    this.#workerPath = opts.workerPath ?? null;
    const url = workerUrl(this.#workerPath);
    this.#parser = url ? new ParseWorkerHost(url) : null;
    this.#writer = url ? new ImportWriterHost(url) : null;
  }

  /**
   * Starts the parse worker for this library and has it read a few records, so that an import
   * finds it ready (called when a library is opened); resolves when it is warm.
   */
  warm(db: Db): Promise<void> {
    const dbFile = db.location();
    if (!dbFile || this.#closed) return Promise.resolve();
    return Promise.all([this.#writer?.start(dbFile), this.#parser?.warm(dbFile)]).then(() => {});
  }

  /** Jobs running now. */
  get running(): number {
    return this.#running.size;
  }

  async run(db: Db, sources: ImportSource[], opts: ImportJobOptions = {}): Promise<ImportOutcome[]> {
    if (this.#closed) fail('CANCELLED', 'Briefbook is closing: nothing was imported. Open Briefbook again and import once more.');
    const controller = new AbortController();
    const signal = opts.signal ? AbortSignal.any([opts.signal, controller.signal]) : controller.signal;
    const parser = this.#parser ?? undefined;
    const writer = this.#writer ?? undefined;
    const job = runImportJob(db, sources, {
      workerPath: this.#workerPath,
      ...(parser ? { parser } : {}),
      ...(writer ? { writer } : {}),
      ...opts,
      signal,
    });
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
    await Promise.all([this.#parser?.close(), this.#writer?.close()]);
  }
}

export async function runImportJob(db: Db, sources: ImportSource[], opts: ImportJobOptions = {}): Promise<ImportOutcome[]> {
  const dbFile = db.location();
  const url = workerUrl(opts.workerPath ?? null);
  if (opts.inProcess || !dbFile || !url) return importInProcess(db, sources, opts);
  const shared = new Int32Array(new SharedArrayBuffer(5 * Int32Array.BYTES_PER_ELEMENT));
  let worker: Worker;
  let kept: Worker | null = null;
  // A job of its own (no warm worker lent) starts a parse worker for itself, and stops it after.
  // A warm worker is used for any batch; one that is not started yet, only for a long one.
  const long = !opts.checkpoint && sources.length >= AHEAD_FROM_FILES;
  const own = !opts.parser && long ? new ParseWorkerHost(url) : null;
  const lent = opts.parser && !opts.checkpoint && (long || opts.parser.started) ? opts.parser : null;
  const parser = lent ?? own;
  try {
    const job: ImportWorkerJob = {
      dbFile,
      sources,
      shared: shared.buffer as SharedArrayBuffer,
      checkpoints: Boolean(opts.checkpoint),
    };
    const ahead = parser?.connect(dbFile, job.shared);
    if (ahead) {
      job.ahead = ahead.ports;
      job.aheadWarm = ahead.warm;
    }
    // The kept writer when it is free (a test's checkpoints need a thread of their own, stopped after).
    kept = opts.checkpoint ? null : (opts.writer?.lend(dbFile) ?? null);
    if (kept) kept.postMessage({ type: 'run', job } satisfies ImportWriterRun, ahead?.ports ?? []);
    worker = kept ?? new Worker(url, { workerData: job, transferList: ahead?.ports ?? [], env: importWorkerEnv() });
  } catch {
    if (kept) opts.writer?.release(kept);
    parser?.disconnect(shared.buffer as SharedArrayBuffer);
    void own?.close();
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
  let onMessage = (_m: ImportWorkerMessage): void => {};
  let onError = (_e: Error): void => {};
  let onExit = (_code: number): void => {};
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
      onMessage = (m: ImportWorkerMessage) => {
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
        // (A kept writer's note that it is warm may arrive here too: it is not this import's.)
        else if (m.type === 'error') finish(null, `the importer failed (${m.message}).`);
      };
      onError = (e: Error) => finish(null, `the importer failed (${e.message}).`);
      // Messages the worker posted before it stopped are delivered before 'exit'.
      onExit = (code: number) => finish(null, `the importer stopped unexpectedly (exit code ${code}).`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
    });
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    parser?.disconnect(shared.buffer as SharedArrayBuffer);
    // The kept writer waits for the next import (unless it was stopped); a thread of the job's own stops.
    worker.off('message', onMessage);
    worker.off('error', onError);
    worker.off('exit', onExit);
    if (kept && !stopped) opts.writer?.release(kept);
    await Promise.all([kept && !stopped ? 0 : worker.terminate().catch(() => 0), own?.close()]);
  }
}

async function importInProcess(db: Db, sources: ImportSource[], opts: ImportJobOptions): Promise<ImportOutcome[]> {
  return importBatch(db, sources, {
    isCancelled: () => opts.signal?.aborted ?? false,
    onProgress: (step) => opts.onProgress?.(step),
    ...(opts.checkpoint ? { checkpoint: opts.checkpoint } : {}),
    yieldBetween: true,
  });
}
