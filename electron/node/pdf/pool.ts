// The export workers, one kept warm. Starting a worker thread, loading pdfkit and parsing the fonts costs
// more than laying out a short book, so the first export of a session starts one worker and later exports
// reuse it (fonts parsed and words shaped once per session). It is dropped after a minute idle, when an
// export is cancelled or fails, and never keeps the process alive while idle. A second export started
// while the first runs gets a worker of its own. The backend owns one pool: close() stops every worker.

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BriefbookError } from '../../shared/errors.ts';
import { resolveCacheDir } from '../paths.ts';
import type { ExportOptions, ExportStats, WorkerJob, WorkerMessage, WorkerRequest } from './types.ts';

const IDLE_MS = 60_000;
// Node's defaults: a larger young generation (48 or 128 MB) measured no faster with bench/pdf.ts and used more memory.
const RESOURCE_LIMITS = {};

type Job = { id: number; onMessage: (m: WorkerMessage) => void; fail: (e: unknown) => void };
type Slot = { worker: Worker; job: Job | null; dead: boolean; idleTimer: NodeJS.Timeout | null };

function defaultWorkerUrl(): URL {
  // Resolved lazily: in a CommonJS bundle import.meta.url is empty and the pool is given a path.
  return new URL('./worker.ts', import.meta.url);
}

/**
 * The worker's environment: Node's module compile cache on (compiled pdfkit, fontkit and layout code kept
 * on disk between sessions), so a new worker is ready about 100 ms sooner. Left alone when the user has
 * set or disabled the cache themselves.
 */
function workerEnv(): NodeJS.ProcessEnv {
  if (process.env.NODE_COMPILE_CACHE || process.env.NODE_DISABLE_COMPILE_CACHE) return process.env;
  return { ...process.env, NODE_COMPILE_CACHE: path.join(resolveCacheDir(), 'compile') };
}

const closedError = () =>
  new BriefbookError('CANCELLED', 'Briefbook is closing: the PDF was not made. Open Briefbook again and export once more.');

export class PdfWorkerPool {
  /** Where the worker script lives, for builds that bundle it separately (e.g. dist-electron/pdf-worker.cjs). */
  readonly #workerPath: string | URL | null;
  #idle: Slot | null = null;
  /** Every worker started and not yet gone, busy or idle: close() stops them all. */
  readonly #live = new Set<Slot>();
  #nextId = 1;
  #closed = false;

  constructor(opts: { workerPath?: string | URL | undefined } = {}) {
    this.#workerPath = opts.workerPath ?? null;
  }

  /** Worker threads running now (busy or idle). */
  get threads(): number {
    return this.#live.size;
  }

  #spawn(): Slot {
    const worker = new Worker(this.#workerPath ?? defaultWorkerUrl(), { resourceLimits: RESOURCE_LIMITS, env: workerEnv() });
    const slot: Slot = { worker, job: null, dead: false, idleTimer: null };
    this.#live.add(slot);
    worker.on('message', (m: WorkerMessage) => slot.job?.onMessage(m));
    worker.on('error', (e) => {
      slot.dead = true;
      slot.job?.fail(e);
    });
    worker.on('exit', (code) => {
      slot.dead = true;
      this.#live.delete(slot);
      if (this.#idle === slot) this.#idle = null;
      slot.job?.fail(
        this.#closed
          ? closedError()
          : new BriefbookError('EXPORT_FAILED', `The PDF worker stopped unexpectedly (exit code ${code}).`),
      );
    });
    return slot;
  }

  #acquire(): Slot {
    const slot = this.#idle;
    this.#idle = null;
    if (slot && !slot.dead) {
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      slot.worker.ref();
      return slot;
    }
    return this.#spawn();
  }

  #release(slot: Slot): void {
    slot.job = null;
    if (slot.dead) return;
    if (this.#idle) {
      // One warm worker is enough; a second one was only for overlapping exports.
      void slot.worker.terminate();
      return;
    }
    this.#idle = slot;
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => {
      if (this.#idle === slot) this.#idle = null;
      void slot.worker.terminate();
    }, IDLE_MS);
    slot.idleTimer.unref();
  }

  /**
   * Start the export worker ahead of the first export (when the user opens a book, say): it loads pdfkit
   * and the fonts and parses their shaping tables, so that export starts warm. Does nothing if a worker is
   * already waiting or the pool is closed; the worker still goes after a minute without an export.
   * Resolves when it is warm (or gone: warming is only a head start and never fails).
   */
  warm(): Promise<void> {
    if (this.#closed || (this.#idle && !this.#idle.dead)) return Promise.resolve();
    const slot = this.#spawn();
    const warmed = new Promise<void>((resolve) => {
      const done = () => {
        slot.worker.off('message', onMessage);
        // Idle again (no export took it meanwhile): it may not keep the process alive.
        if (this.#idle === slot) slot.worker.unref();
        resolve();
      };
      const onMessage = (m: WorkerMessage) => {
        if (m.type === 'warmed') done();
      };
      slot.worker.on('message', onMessage);
      slot.worker.once('exit', done);
    });
    const request: WorkerRequest = { type: 'warm' };
    slot.worker.postMessage(request);
    this.#release(slot);
    // Kept referenced while it warms, so whoever awaits this sees it finish.
    slot.worker.ref();
    return warmed;
  }

  /** Stop the idle worker now (tests; a fresh worker for the next export). */
  async stopIdle(): Promise<void> {
    const slot = this.#idle;
    this.#idle = null;
    if (!slot) return;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    await slot.worker.terminate();
  }

  /**
   * Stop every worker, busy or idle: a running export fails as cancelled (its partial file is removed by
   * its caller), and the pool refuses new exports. Resolves when no worker thread is left.
   */
  async close(): Promise<void> {
    this.#closed = true;
    const slots = [...this.#live];
    for (const slot of slots) if (slot.idleTimer) clearTimeout(slot.idleTimer);
    this.#idle = null;
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => 0)));
  }

  /**
   * Run one export in a worker. Resolves with the worker's stats; rejects with a BriefbookError. Abort
   * terminates the worker, and the promise settles only once it is gone (it may hold the file open).
   */
  async run(job: WorkerJob, opts: ExportOptions): Promise<ExportStats> {
    if (this.#closed) throw closedError();
    const { signal } = opts;
    const slot = this.#acquire();
    const id = this.#nextId++;
    let onAbort: (() => void) | null = null;
    let ok = false;
    try {
      const result = await new Promise<ExportStats>((resolve, reject) => {
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          fn();
        };
        slot.job = {
          id,
          onMessage: (m) => {
            if (m.id !== id) return;
            if (m.type === 'progress') {
              if (!settled) opts.onProgress?.(m.progress);
            } else if (m.type === 'done') settle(() => resolve(m.result));
            else if (m.type === 'error') settle(() => reject(new BriefbookError(m.code, m.message)));
          },
          fail: (e) => settle(() => reject(e)),
        };
        onAbort = () => settle(() => reject(new BriefbookError('CANCELLED', 'The PDF export was cancelled.')));
        signal?.addEventListener('abort', onAbort, { once: true });
        const request: WorkerRequest = { type: 'job', id, job };
        slot.worker.postMessage(request);
      });
      ok = true;
      return result;
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      if (ok && !this.#closed) this.#release(slot);
      else {
        // Cancelled or failed: this worker is not reused, and is gone before the caller removes the file.
        slot.dead = true;
        slot.job = null;
        await slot.worker.terminate().catch(() => 0);
      }
    }
  }
}
