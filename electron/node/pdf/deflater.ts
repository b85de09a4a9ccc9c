// Page bodies deflated on a thread of their own. Node's asynchronous zlib sets up a fresh compressor (a
// quarter of a megabyte of state) on the calling thread for every buffer, which for a thousand-page book
// costs the layout thread more than a tenth of a second; here the layout thread only posts each page's
// bytes, and one long-lived thread compresses them in order. The thread is started on first use, shared
// by every export in this thread, and never keeps the process alive. If it cannot start or dies, pages
// are compressed with Node's own asynchronous zlib instead.

import { Worker } from 'node:worker_threads';
import { deflate, deflateSync } from 'node:zlib';

// CommonJS evaluated as a worker: no file of its own, so the Electron bundle needs nothing extra.
const SOURCE = `
const { parentPort } = require('node:worker_threads');
const { deflateSync } = require('node:zlib');
parentPort.on('message', (jobs) => {
  const replies = [];
  const moved = [];
  for (const job of jobs) {
    try {
      const out = deflateSync(new Uint8Array(job.memory, 0, job.length), { level: job.level });
      // A copy in memory of its own, handed back without another copy.
      const copy = new Uint8Array(out.length);
      copy.set(out);
      replies.push({ id: job.id, out: copy });
      moved.push(copy.buffer);
    } catch (e) {
      replies.push({ id: job.id, error: String((e && e.message) || e) });
    }
  }
  parentPort.postMessage(replies, moved);
});
`;

type Reply = { id: number; out?: Uint8Array; error?: string };
type Job = { id: number; memory: ArrayBuffer; length: number; level: number };
type Waiting = { resolve: (b: Buffer) => void; reject: (e: Error) => void; length: number };

let thread: Worker | null = null;
let broken = false;
let nextId = 1;
const waiting = new Map<number, Waiting>();
let queue: Job[] = [];
/** Bytes sent to the thread and not yet back. */
let inFlight = 0;

function send(w: Worker): void {
  const jobs = queue;
  if (jobs.length === 0) return;
  queue = [];
  for (const j of jobs) inFlight += j.length;
  // Referenced while it has work, so an export awaiting its pages keeps the process alive.
  w.ref();
  w.postMessage(
    jobs,
    jobs.map((j) => j.memory),
  );
}

/**
 * At the end of an export the layout thread has nothing left to do but wait for the last pages (the
 * running heads of every page come last, all at once). It takes the tail of the waiting pages itself,
 * about half of what is left to compress, and sends the rest to the thread, so both finish together.
 */
export function shareTheRest(): void {
  const w = thread;
  if (!w || queue.length === 0) return;
  let left = inFlight;
  for (const j of queue) left += j.length;
  const here: Job[] = [];
  let mine = 0;
  while (queue.length > 0 && mine < left / 2) {
    const j = queue.pop() as Job;
    here.push(j);
    mine += j.length;
  }
  send(w);
  for (const j of here) {
    const job = waiting.get(j.id);
    waiting.delete(j.id);
    try {
      job?.resolve(deflateSync(new Uint8Array(j.memory, 0, j.length), { level: j.level }));
    } catch (e) {
      job?.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}

function failAll(e: Error): void {
  for (const w of waiting.values()) w.reject(e);
  waiting.clear();
  inFlight = 0;
}

function start(): Worker | null {
  if (thread || broken) return thread;
  try {
    const w = new Worker(SOURCE, { eval: true });
    w.on('message', (replies: Reply[]) => {
      for (const m of replies) {
        const job = waiting.get(m.id);
        if (!job) continue;
        inFlight -= job.length;
        waiting.delete(m.id);
        if (m.out) job.resolve(Buffer.from(m.out.buffer, m.out.byteOffset, m.out.length));
        else job.reject(new Error(m.error ?? 'compression failed'));
      }
      if (waiting.size === 0) w.unref();
    });
    w.on('error', (e) => {
      broken = true;
      thread = null;
      failAll(e);
    });
    w.on('exit', () => {
      thread = null;
      failAll(new Error('the compression thread stopped'));
    });
    w.unref();
    thread = w;
  } catch {
    broken = true;
  }
  return thread;
}

/** Start the compression thread ahead of the first export (part of warming the export worker). */
export function startDeflater(): void {
  start();
}

/**
 * Deflate the first `length` bytes of `memory` at zlib `level`. The memory is handed over (moved to the
 * compression thread): the caller must not use it again, and it must not be a slice of Node's buffer pool.
 */
export function deflateOffThread(memory: ArrayBuffer, length: number, level: number): Promise<Buffer> {
  const w = start();
  if (!w) {
    const data = new Uint8Array(memory, 0, length);
    return new Promise((resolve, reject) => deflate(data, { level }, (e, out) => (e ? reject(e) : resolve(out))));
  }
  const id = nextId++;
  const result = new Promise<Buffer>((resolve, reject) => waiting.set(id, { resolve, reject, length }));
  // Pages closed in one stretch of layout (the export yields to the event loop every few pages) go over
  // in one message: a message costs more than a small page, and waking the thread for each costs more still.
  if (queue.length === 0) setImmediate(() => send(w));
  queue.push({ id, memory, length, level });
  return result;
}
