// The export worker, kept warm. Starting a worker thread, loading pdfkit and parsing the fonts costs more
// than laying out a short book, so the first export of a session starts one worker and later exports reuse
// it (fonts parsed and words shaped once per session). It is dropped after a minute idle, when an export is
// cancelled or fails, and never keeps the process alive while idle. A second export started while the
// first runs gets a worker of its own.

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { BriefbookError, type ErrorCode } from '../../shared/errors.ts';
import { resolveCacheDir } from '../paths.ts';
import type { ExportOptions, PrintableBook, ProgressEvent } from './render.ts';

export type ExportStats = { pages: number; bytes: number };

/** What the parent asks the worker to do. */
export type WorkerJob = { input: PrintableBook; filePath: string; pdf?: ExportOptions['pdf']; fontsDir?: string };
export type WorkerRequest = { type: 'job'; id: number; job: WorkerJob } | { type: 'warm' };

/** Messages the worker posts to its parent, each for the job it names. */
export type WorkerMessage =
  | { type: 'progress'; id: number; progress: ProgressEvent }
  | { type: 'done'; id: number; result: ExportStats }
  | { type: 'error'; id: number; code: ErrorCode; message: string }
  | { type: 'warmed'; id: 0 };

const IDLE_MS = 60_000;
// Node's defaults: a larger young generation (48 or 128 MB) measured no faster with bench/pdf.ts and used more memory.
const RESOURCE_LIMITS = {};

type Job = { id: number; onMessage: (m: WorkerMessage) => void; fail: (e: unknown) => void };
type Slot = { worker: Worker; job: Job | null; dead: boolean; idleTimer: NodeJS.Timeout | null };

let workerPath: string | URL | null = null;
let idle: Slot | null = null;
let nextId = 1;

/** Where the worker script lives, for builds that bundle it separately (e.g. dist-electron/pdf-worker.cjs). */
export function setPdfWorkerPath(p: string): void {
  workerPath = p;
}

function defaultWorkerUrl(): URL {
  // Resolved lazily: in a CommonJS bundle import.meta.url is empty and setPdfWorkerPath must be used.
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

function spawn(): Slot {
  const worker = new Worker(workerPath ?? defaultWorkerUrl(), { resourceLimits: RESOURCE_LIMITS, env: workerEnv() });
  const slot: Slot = { worker, job: null, dead: false, idleTimer: null };
  worker.on('message', (m: WorkerMessage) => slot.job?.onMessage(m));
  worker.on('error', (e) => {
    slot.dead = true;
    slot.job?.fail(e);
  });
  worker.on('exit', (code) => {
    slot.dead = true;
    if (idle === slot) idle = null;
    slot.job?.fail(new BriefbookError('EXPORT_FAILED', `The PDF worker stopped unexpectedly (exit code ${code}).`));
  });
  return slot;
}

function acquire(): Slot {
  const slot = idle;
  idle = null;
  if (slot && !slot.dead) {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.worker.ref();
    return slot;
  }
  return spawn();
}

function release(slot: Slot): void {
  slot.job = null;
  if (slot.dead) return;
  if (idle) {
    // One warm worker is enough; a second one was only for overlapping exports.
    void slot.worker.terminate();
    return;
  }
  idle = slot;
  slot.worker.unref();
  slot.idleTimer = setTimeout(() => {
    if (idle === slot) idle = null;
    void slot.worker.terminate();
  }, IDLE_MS);
  slot.idleTimer.unref();
}

/**
 * Start the export worker ahead of the first export (when the user opens a book, say): it loads pdfkit
 * and the fonts and parses their shaping tables, so that export starts warm. Does nothing if a worker is
 * already waiting; the worker still goes after a minute without an export. Resolves when it is warm (or
 * gone: warming is only a head start and never fails).
 */
export function warmPdfWorker(): Promise<void> {
  if (idle && !idle.dead) return Promise.resolve();
  const slot = spawn();
  const warmed = new Promise<void>((resolve) => {
    const done = () => {
      slot.worker.off('message', onMessage);
      // Idle again (no export took it meanwhile): it may not keep the process alive.
      if (idle === slot) slot.worker.unref();
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
  release(slot);
  // Kept referenced while it warms, so whoever awaits this sees it finish.
  slot.worker.ref();
  return warmed;
}

/** Stop the idle worker now (tests, app shutdown). */
export async function stopPdfWorker(): Promise<void> {
  const slot = idle;
  idle = null;
  if (!slot) return;
  if (slot.idleTimer) clearTimeout(slot.idleTimer);
  await slot.worker.terminate();
}

/**
 * Run one export in a worker. Resolves with the worker's stats; rejects with a BriefbookError. Abort
 * terminates the worker, and the promise settles only once it is gone (it may hold the file open).
 */
export async function runInWorker(job: WorkerJob, opts: ExportOptions): Promise<ExportStats> {
  const { signal } = opts;
  const slot = acquire();
  const id = nextId++;
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
    if (ok) release(slot);
    else {
      // Cancelled or failed: this worker is not reused, and is gone before the caller removes the file.
      slot.dead = true;
      slot.job = null;
      await slot.worker.terminate().catch(() => 0);
    }
  }
}
