// The import's parse workers, kept warm: started once for an opened library (each one's start,
// loading the modules and compiling the parser's patterns on a first few records, is about a second
// of CPU or more), then lent to each import in turn. Each import gets its own channel to each; a
// worker never writes, so an import that is cancelled just closes its channels.

import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { AHEAD_SLOTS, signalAnswer } from './parse-ahead-pool.ts';
import { importWorkerEnv } from './worker-env.ts';

/**
 * The import worker's script started in this role (one bundle serves both). `warmUp: false`: it
 * was started for an import waiting now, whose own records warm it (the made-up ones would only
 * keep that import waiting, a second or more).
 */
export type ParseWorkerJob = { role: 'parse'; dbFile: string; warmUp?: boolean };
/** What the host sends the worker: an import's channel and the slots it signals answers on. */
export type ParseWorkerServe = { type: 'serve'; port: MessagePort; shared: SharedArrayBuffer };
/** What the worker tells its host: the warm-up is done. */
export type ParseWorkerNote = { type: 'warm' };

/**
 * Parse workers per library: one fewer than the cores (at most two), none on one core. The writer
 * reads a file itself whenever the record it needs is not ready (parse-ahead-pool.ts), so on two
 * cores one parse worker and the writer keep both busy. Two workers there made three threads share
 * two cores: each record cost more CPU, and in the same runs the import was about 14% slower
 * (bench/import.ts, a second import into an opened library, four runs each).
 * The app's own thread is idle during an import (the window is drawn by another process) and still
 * gets its turn whenever it has something to do.
 */
export function parseWorkerCount(cores = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, 2));
}

export class ParseWorkerHost {
  readonly #url: string | URL;
  readonly #count: number;
  #workers: Worker[] = [];
  #dbFile: string | null = null;
  #warm: Promise<void> = Promise.resolve();
  /** Every worker finished its warm-up: an import waits for their first answers rather than read cold. */
  #isWarm = false;
  /** The imports served now: told when a worker stops. */
  readonly #serving = new Set<Int32Array>();

  constructor(url: string | URL, count = parseWorkerCount()) {
    this.#url = url;
    this.#count = count;
  }

  /** Started (warming or warm). */
  get started(): boolean {
    return this.#workers.length > 0;
  }

  /**
   * Starts the workers for this library (once; again after one stopped); resolves when they are
   * warm. `forImport`: started by an import that waits for them, they skip the warm-up.
   */
  warm(dbFile: string, forImport = false): Promise<void> {
    if (this.#count === 0) return Promise.resolve();
    if (this.#workers.length > 0 && this.#dbFile === dbFile) return this.#warm;
    for (const worker of this.#workers) void worker.terminate();
    const job: ParseWorkerJob = { role: 'parse', dbFile, ...(forImport ? { warmUp: false } : {}) };
    const workers = Array.from({ length: this.#count }, () => {
      const worker = new Worker(this.#url, { workerData: job, env: importWorkerEnv() });
      // Before the listeners below: a warm-up awaited still keeps the process alive until it ends.
      worker.unref();
      return worker;
    });
    this.#workers = workers;
    this.#dbFile = dbFile;
    this.#isWarm = false;
    const warmed = workers.map(
      (worker) =>
        new Promise<void>((resolve) => {
          worker.on('message', (m: ParseWorkerNote) => {
            if (m.type === 'warm') resolve();
          });
          worker.on('exit', () => resolve());
        }),
    );
    this.#warm = Promise.all(warmed).then(() => {
      if (this.#workers === workers) this.#isWarm = true;
    });
    for (const worker of workers) {
      // A worker that stops, however it stops, stops the set: each import reads the rest itself,
      // and the next import starts them again.
      worker.on('error', () => {});
      worker.on('exit', () => {
        if (this.#workers === workers) {
          this.#workers = [];
          this.#isWarm = false;
          for (const other of workers) if (other !== worker) void other.terminate();
        }
        for (const shared of this.#serving) {
          Atomics.store(shared, AHEAD_SLOTS.gone, 1);
          signalAnswer(shared);
        }
      });
    }
    return this.#warm;
  }

  /**
   * Channels to the workers for one import (the import worker's ends, and whether the workers are
   * warm), started if need be; null when there is no second core.
   */
  connect(dbFile: string, buffer: SharedArrayBuffer): { ports: MessagePort[]; warm: boolean } | null {
    void this.warm(dbFile, true);
    const workers = this.#workers;
    if (workers.length === 0) return null;
    const ports = workers.map((worker) => {
      const { port1, port2 } = new MessageChannel();
      const serve: ParseWorkerServe = { type: 'serve', port: port1, shared: buffer };
      worker.postMessage(serve, [port1]);
      return port2;
    });
    this.#serving.add(new Int32Array(buffer));
    return { ports, warm: this.#isWarm };
  }

  /** The import is over: its channels are closed by the import worker's end. */
  disconnect(buffer: SharedArrayBuffer): void {
    for (const shared of this.#serving) if (shared.buffer === buffer) this.#serving.delete(shared);
  }

  async close(): Promise<void> {
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => 0)));
  }
}
