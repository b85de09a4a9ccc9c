// What an import job and its worker threads say to each other: the job handed to the import
// worker, the messages it sends back, and the slots of the memory they share. Its own file, so the
// job and the writer's host both take it from here and neither imports the other for it.

import type { MessagePort } from 'node:worker_threads';
import type { ImportOutcome } from '../../shared/types.ts';
import type { ImportCheckpoint, ImportProgressStep } from './import-batch.ts';
import type { ImportSource } from './import-source.ts';

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
  /** The parse workers reading ahead, if they were started; warm: they were, before this import. */
  ahead?: MessagePort[];
  aheadWarm?: boolean;
};
export type ImportWorkerMessage =
  | { type: 'progress'; step: ImportProgressStep }
  | { type: 'checkpoint'; point: ImportCheckpoint }
  | { type: 'done'; outcomes: ImportOutcome[] }
  | { type: 'error'; message: string };
