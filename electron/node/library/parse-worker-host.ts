// The import's parse worker, kept warm: started once for an opened library (its start, loading the
// modules and compiling the parser's patterns on a first few records, is about a second of CPU or
// more), then lent to each import in turn. Each import gets its own channel to it; the worker never
// writes, so an import that is cancelled just closes its channel. One worker only: the app's own
// thread keeps a core's share to stay responsive.

import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, Worker } from 'node:worker_threads';
import { AHEAD_SLOTS, signalAnswer } from './parse-ahead-pool.ts';

/** The import worker's script started in this role (one bundle serves both). */
export type ParseWorkerJob = { role: 'parse'; dbFile: string };
/** What the host sends the worker: an import's channel and the slots it signals answers on. */
export type ParseWorkerServe = { type: 'serve'; port: MessagePort; shared: SharedArrayBuffer };
/** What the worker tells its host: the warm-up is done. */
export type ParseWorkerNote = { type: 'warm' };

export class ParseWorkerHost {
  readonly #url: string | URL;
  #worker: Worker | null = null;
  #dbFile: string | null = null;
  #warm: Promise<void> = Promise.resolve();
  /** The worker finished its warm-up: an import waits for its first answer rather than read cold. */
  #isWarm = false;
  /** The imports served now: told when the worker stops. */
  readonly #serving = new Set<Int32Array>();

  constructor(url: string | URL) {
    this.#url = url;
  }

  /** Started (warming or warm). */
  get started(): boolean {
    return this.#worker !== null;
  }

  /** Starts the worker for this library (once; again after it stopped); resolves when it is warm. */
  warm(dbFile: string): Promise<void> {
    if (availableParallelism() < 2) return Promise.resolve();
    if (this.#worker && this.#dbFile === dbFile) return this.#warm;
    void this.#worker?.terminate();
    const job: ParseWorkerJob = { role: 'parse', dbFile };
    const worker = new Worker(this.#url, { workerData: job });
    worker.unref();
    this.#worker = worker;
    this.#dbFile = dbFile;
    this.#isWarm = false;
    this.#warm = new Promise<void>((resolve) => {
      worker.on('message', (m: ParseWorkerNote) => {
        if (m.type !== 'warm') return;
        if (this.#worker === worker) this.#isWarm = true;
        resolve();
      });
      worker.on('exit', () => resolve());
    });
    // A worker that stops, however it stops, leaves the reading to each import's own worker.
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.#worker === worker) {
        this.#worker = null;
        this.#isWarm = false;
      }
      for (const shared of this.#serving) {
        Atomics.store(shared, AHEAD_SLOTS.gone, 1);
        signalAnswer(shared);
      }
    });
    return this.#warm;
  }

  /**
   * A channel to the worker for one import (the import worker's end, and whether the worker is
   * warm), started if need be; null when there is no second core.
   */
  connect(dbFile: string, buffer: SharedArrayBuffer): { port: MessagePort; warm: boolean } | null {
    void this.warm(dbFile);
    const worker = this.#worker;
    if (!worker) return null;
    const { port1, port2 } = new MessageChannel();
    const serve: ParseWorkerServe = { type: 'serve', port: port1, shared: buffer };
    worker.postMessage(serve, [port1]);
    this.#serving.add(new Int32Array(buffer));
    return { port: port2, warm: this.#isWarm };
  }

  /** The import is over: its channel is closed by the import worker's end. */
  disconnect(buffer: SharedArrayBuffer): void {
    for (const shared of this.#serving) if (shared.buffer === buffer) this.#serving.delete(shared);
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate().catch(() => 0);
  }
}
