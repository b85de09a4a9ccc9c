// Reading the next records on the other cores while this thread writes. Parse workers (each with its
// own connection to the library, read only) extract and parse the files a few places ahead of the
// write, each handed the next file when it has the fewest waiting; the writer takes each record as
// it comes to it. Its answers from the people directory are
// kept and checked again before the write (parse-ahead.ts), so a record read ahead is stored exactly
// as one read here. Whenever the record it needs is not ready, the writer reads the last file
// handed over (not started, as each worker reads in order) itself; a file the worker could not read (too large, unreadable, damaged) is read here, so every
// message and warning is the one the user would get without the worker. Until the worker has
// started, and if it stops, everything is read here.

import { type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import type { ExtractedDocument } from './extract/index.ts';
import type { ImportSource } from './import-source.ts';
import type { MentionsRead, ParsedRecord } from './parse/types.ts';
import type { DirectoryAnswers } from './parse-ahead.ts';
import type { StoreAhead } from './store-record.ts';

/** A file read and parsed, waiting to be written; `store`: what storing it needs worked out, by the parse worker. */
export type ReadAhead = {
  name: string;
  doc: ExtractedDocument;
  parsed: ParsedRecord;
  answers: DirectoryAnswers;
  /** What the participant rules read without the directory: a reading again after it changed starts from it. */
  mentions: MentionsRead[];
  store?: StoreAhead;
};

/** Files larger than this are read by the writer, never ahead, so a cancel is never kept waiting by them. */
export const AHEAD_BYTES = 64 * 1024;

/** What the writer and the parse worker say to each other. */
export type AheadRequest = { type: 'parse'; index: number; source: ImportSource } | { type: 'drop'; index: number };
export type AheadReply = { type: 'ready' } | { type: 'read'; index: number; read: ReadAhead | null };

/**
 * Files handed to the worker and not yet taken, at most: bounds the memory records waiting hold.
 * As many as the writer stores in one group (import-batch.ts): with 32, a worker done with what it
 * held sat idle while the writer stored its group (10-25% of its time in a profiled import).
 */
const WINDOW = 64;
/**
 * How long a writer waits for the worker's first answer (ms): a cold worker starts in about a
 * second, and this thread's own first parse would compile the same patterns again, costing as much.
 */
const READY_WAIT_MS = { cold: 10_000, warm: 1000 };
/** Slots of the shared Int32Array the parse worker signals on (after the job's own, import-job.ts SHARED). */
export const AHEAD_SLOTS = { answers: 3, gone: 4 } as const;

/** Tells the writer that one more answer was posted (or that the worker is gone). */
export function signalAnswer(shared: Int32Array): void {
  Atomics.add(shared, AHEAD_SLOTS.answers, 1);
  Atomics.notify(shared, AHEAD_SLOTS.answers);
}

export class ParseAheadPool {
  readonly #ports: MessagePort[];
  readonly #sources: readonly ImportSource[];
  readonly #shared: Int32Array;
  /** Handed over, no answer yet, in the order given: the worker (its port's place) each went to. */
  readonly #pending = new Map<number, number>();
  /** Answered (null: read it here). */
  readonly #done = new Map<number, ReadAhead | null>();
  /** The workers that said they are ready, by port's place. */
  readonly #ready = new Set<number>();
  #next = 0;

  constructor(ports: MessagePort[], sources: readonly ImportSource[], shared: Int32Array, warm: boolean) {
    this.#ports = ports;
    this.#sources = sources;
    this.#shared = shared;
    // Wait for a worker (a bounded while) rather than compile the parser's patterns here too.
    const until = performance.now() + (warm ? READY_WAIT_MS.warm : READY_WAIT_MS.cold);
    for (let now = performance.now(); this.#ready.size === 0 && !this.#gone() && now < until; now = performance.now()) {
      const seen = Atomics.load(shared, AHEAD_SLOTS.answers);
      this.#receive();
      if (this.#ready.size === 0) Atomics.wait(shared, AHEAD_SLOTS.answers, seen, Math.min(50, until - now));
    }
  }

  /**
   * The record at `index`, read ahead; null when it is to be read here. While the workers are still
   * on it, `readHere` reads the last file handed over but not started. The writer never yields to
   * its event loop in a batch, so answers are taken off the ports as they are needed.
   */
  async take(index: number, readHere: (source: ImportSource) => Promise<ReadAhead | null>): Promise<ReadAhead | null> {
    for (;;) {
      const seen = Atomics.load(this.#shared, AHEAD_SLOTS.answers);
      this.#receive();
      this.#handOver(index);
      if (this.#done.has(index)) {
        const read = this.#done.get(index) ?? null;
        this.#done.delete(index);
        this.#handOver(index);
        return read;
      }
      if (!this.#pending.has(index)) return null;
      const last = [...this.#pending.keys()].at(-1) as number;
      // Rather than wait, read a file the workers have not reached: this thread and the workers
      // then keep every core busy (only its first read is dear, when its patterns compile).
      if (last !== index) {
        this.#ports[this.#pending.get(last) as number]?.postMessage({ type: 'drop', index: last } satisfies AheadRequest);
        this.#pending.delete(last);
        this.#done.set(last, await readHere(this.#sources[last] as ImportSource).catch(() => null));
      } else Atomics.wait(this.#shared, AHEAD_SLOTS.answers, seen, 50);
    }
  }

  #receive(): void {
    for (const [at, port] of this.#ports.entries()) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const reply = m.message as AheadReply;
        if (reply.type === 'ready') this.#ready.add(at);
        else if (this.#pending.delete(reply.index)) this.#done.set(reply.index, reply.read);
      }
    }
    // Workers that stopped answer nothing more: what they held is read here.
    if (this.#gone()) {
      this.#ready.clear();
      for (const index of this.#pending.keys()) this.#done.set(index, null);
      this.#pending.clear();
    }
  }

  #gone(): boolean {
    return Atomics.load(this.#shared, AHEAD_SLOTS.gone) === 1;
  }

  /** Hands the ready workers the files after `index` until WINDOW are out, each to the one with fewest waiting. */
  #handOver(index: number): void {
    if (this.#ready.size === 0) return;
    this.#next = Math.max(this.#next, index + 1);
    const waiting = new Map<number, number>([...this.#ready].map((at) => [at, 0]));
    for (const at of this.#pending.values()) if (waiting.has(at)) waiting.set(at, (waiting.get(at) as number) + 1);
    while (this.#pending.size + this.#done.size < WINDOW && this.#next < this.#sources.length) {
      const [to] = [...waiting].reduce((a, b) => (b[1] < a[1] ? b : a));
      waiting.set(to, (waiting.get(to) as number) + 1);
      const at = this.#next++;
      this.#pending.set(at, to);
      this.#ports[to]?.postMessage({
        type: 'parse',
        index: at,
        source: this.#sources[at] as ImportSource,
      } satisfies AheadRequest);
    }
  }

  close(): void {
    for (const port of this.#ports) port.close();
  }
}
