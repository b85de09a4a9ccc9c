// The import's writer thread, kept between imports: started when a library is opened (its modules
// loaded, its connection to the library open), so an import starts storing at once instead of
// after a new thread's start, about half a second of CPU on every import, one file or thousands.
// One import at a time: an import that starts while it is busy gets a thread of its own, as before.
// A cancel while it reads a file stops it at once (import-job.ts); the next import starts another.

import { Worker } from 'node:worker_threads';
import type { ImportWorkerJob } from './import-messages.ts';
import type { ParseWorkerNote } from './parse-worker-host.ts';
import { importWorkerEnv } from './worker-env.ts';

/** The import worker's script started in this role: it waits for imports to run, one after another. */
export type ImportWriterJob = { role: 'writer'; dbFile: string };
/** An import for the kept writer (its parse workers' channels transferred with it). */
export type ImportWriterRun = { type: 'run'; job: ImportWorkerJob };

export class ImportWriterHost {
  readonly #url: string | URL;
  #worker: Worker | null = null;
  #dbFile: string | null = null;
  #busy = false;
  #warm: Promise<void> = Promise.resolve();
  /** Started once (the library was opened): from then on a writer is kept, and started again after one stopped. */
  #kept = false;

  constructor(url: string | URL) {
    this.#url = url;
  }

  /**
   * Starts the writer for this library (once; again after it stopped), warming up as a parse worker
   * does; resolves when it is warm.
   */
  start(dbFile: string): Promise<void> {
    this.#kept = true;
    if (this.#worker && this.#dbFile === dbFile) return this.#warm;
    void this.#worker?.terminate();
    const worker = new Worker(this.#url, {
      workerData: { role: 'writer', dbFile } satisfies ImportWriterJob,
      env: importWorkerEnv(),
    });
    this.#dbFile = dbFile;
    // Kept for the next import, it does not keep the process alive on its own (unref before the
    // listener below: a warm-up awaited still keeps the process alive until it ends).
    worker.unref();
    this.#warm = new Promise<void>((resolve) => {
      worker.on('message', (m: ParseWorkerNote) => {
        if (m.type === 'warm') resolve();
      });
      worker.on('exit', () => resolve());
    });
    worker.on('error', () => {});
    worker.on('exit', () => {
      if (this.#worker === worker) {
        this.#worker = null;
        this.#busy = false;
      }
    });
    this.#worker = worker;
    this.#busy = false;
    return this.#warm;
  }

  /** The kept writer for one import into this library, if writers are kept and it is free; give it back with release(). */
  lend(dbFile: string): Worker | null {
    if (!this.#kept || this.#busy || (this.#worker && this.#dbFile !== dbFile)) return null;
    void this.start(dbFile);
    this.#busy = true;
    return this.#worker;
  }

  release(worker: Worker): void {
    if (this.#worker === worker) this.#busy = false;
  }

  async close(): Promise<void> {
    this.#kept = false;
    const worker = this.#worker;
    this.#worker = null;
    await worker?.terminate().catch(() => 0);
  }
}
