// Many files, one after another, each reported as soon as it is done. Each file is read, extracted
// and parsed with no lock held, then stored in its own short transaction: another writer waits at
// most for one record's write, never for a parse. Cancel is checked before each file and again
// before its record is written, so what was stored stays and nothing after the cancel is stored.

import type { ImportOutcome } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { extractDocument } from './extract/index.ts';
import { failedOutcome, parseDocument, readWarnings } from './import.ts';
import { type ImportSource, sourceBytes, sourceName } from './import-source.ts';
import { storeRecord } from './store-record.ts';

export type ImportProgressStep = {
  done: number;
  total: number;
  file: string;
  outcome: ImportOutcome;
};

/** A point in the batch where a test can hold it: before a file starts, and before its text is parsed. */
export type ImportCheckpoint = { index: number; file: string; step: 'file' | 'parse' };

export type ImportBatchOptions = {
  onProgress?: (step: ImportProgressStep) => void;
  /** Checked before each file and before each write: cancel keeps what was already imported. */
  isCancelled?: () => boolean;
  /** Give the event loop a turn between files (when the batch runs on the main thread). */
  yieldBetween?: boolean;
  /** Awaited at each checkpoint: lets a test cancel at an exact point instead of racing the batch. */
  checkpoint?: (point: ImportCheckpoint) => void | Promise<void>;
  /**
   * The right to write a record, taken before storing it (false: the batch is being stopped, store
   * nothing) and given back once its progress is reported. The import worker is stopped from
   * outside only while it does not hold it, so a stop never lands between a write and its report.
   */
  claimWrite?: () => boolean;
  releaseWrite?: () => void;
};

export function cancelledOutcome(source: ImportSource): ImportOutcome {
  return {
    file: source.file,
    ok: false,
    error: { code: 'CANCELLED', message: `${sourceName(source)} was not imported: the import was cancelled.` },
  };
}

/**
 * Imports many files of every format, one after another, reporting each outcome as it happens.
 * Cancelling stops before the next file (or before the current one is written); the files not
 * reached are reported as cancelled.
 */
export async function importBatch(
  db: Db,
  sources: readonly ImportSource[],
  opts: ImportBatchOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const total = sources.length;
  const cancelled = () => opts.isCancelled?.() ?? false;
  for (const [index, source] of sources.entries()) {
    if (!cancelled()) await opts.checkpoint?.({ index, file: source.file, step: 'file' });
    let claimed = false;
    let outcome: ImportOutcome;
    try {
      if (cancelled()) outcome = cancelledOutcome(source);
      else {
        const name = sourceName(source);
        const doc = await extractDocument(sourceBytes(source), name);
        await opts.checkpoint?.({ index, file: source.file, step: 'parse' });
        const parsed = cancelled() ? null : parseDocument(db, doc, name);
        claimed = parsed !== null && !cancelled() && (opts.claimWrite?.() ?? true);
        outcome =
          parsed && claimed
            ? { file: source.file, ok: true, ...storeRecord(db, parsed, name), ...readWarnings(doc) }
            : cancelledOutcome(source);
      }
    } catch (error) {
      outcome = failedOutcome(source.file, error);
    }
    outcomes.push(outcome);
    opts.onProgress?.({ done: index + 1, total, file: source.file, outcome });
    if (claimed) opts.releaseWrite?.();
    if (opts.yieldBetween) await new Promise<void>((r) => setImmediate(r));
  }
  return outcomes;
}
