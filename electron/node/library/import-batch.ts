// Many files, one after another, each reported once it is stored. Each file is read, extracted and
// parsed with no lock held; the parsed records are then written a group at a time, in one short
// transaction (a commit per record cost more than parsing it: each commit rewrites the pages of
// every table and index the record touches). Another writer waits at most for one group's write,
// never for a parse. Only small files are parsed ahead of the group's write, so a cancel is never
// kept waiting by a long file. Cancel is checked before each file and again before each parse: what
// was read before the cancel is stored and nothing after it.

import type { ImportOutcome } from '../../shared/types.ts';
import { type Db, transaction } from '../db/statements.ts';
import { peopleDirectory } from '../people/directory.ts';
import type { ExtractedDocument } from './extract/index.ts';
import { extractDocument } from './extract/index.ts';
import { failedOutcome, parseDocument, readWarnings } from './import.ts';
import { type ImportSource, sourceBytes, sourceName } from './import-source.ts';
import { withDirectory } from './parse/index.ts';
import type { MentionsRead } from './parse/types.ts';
import { type DirectoryAnswers, rememberingDirectory, sameAnswers } from './parse-ahead.ts';
import { AHEAD_BYTES, type ParseAheadPool, type ReadAhead } from './parse-ahead-pool.ts';
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
   * The right to write, taken when a parsed record starts waiting for its group's write (false:
   * the batch is being stopped, store nothing) and given back once the group is written and
   * reported. The import worker is stopped from outside only while it does not hold it, so a stop
   * never loses a record that was read before it, nor lands between a write and its report.
   */
  claimWrite?: () => boolean;
  releaseWrite?: () => void;
  /** A parse worker reading the next files on the other core (none: every file is read here). */
  ahead?: ParseAheadPool;
};

export function cancelledOutcome(source: ImportSource): ImportOutcome {
  return {
    file: source.file,
    ok: false,
    error: { code: 'CANCELLED', message: `${sourceName(source)} was not imported: the import was cancelled.` },
  };
}

/**
 * Records written in one transaction, at most. Each commit rewrites the pages its records touched
 * (the full-text index's new segment, the fingerprint bands' leaves): measured on 1,500 records, a
 * commit cost 0.5 ms a record in groups of 16, 0.2 in groups of 64.
 */
const GROUP_RECORDS = 64;
/**
 * A group's write holds the lock about this long (ms) at most: other writers (a book's autosave)
 * wait no longer. Readers never wait (WAL).
 */
const WRITE_MS = 150;
/** Progress is reported at least this often (ms), however slowly records arrive. */
const GROUP_MS = 250;

/** A file done with: its outcome, or its parsed record waiting for the group's write. */
type Queued = {
  source: ImportSource;
  outcome?: ImportOutcome;
  read?: ReadAhead;
};

/**
 * Imports many files of every format, one after another, reporting each outcome as it is stored.
 * Cancelling stops before the next file (or before the current one is parsed); the files read
 * before it are stored, the files not reached are reported as cancelled.
 */
export async function importBatch(
  db: Db,
  sources: readonly ImportSource[],
  opts: ImportBatchOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const total = sources.length;
  const cancelled = () => opts.isCancelled?.() ?? false;
  let queue: Queued[] = [];
  let holding = false;
  let firstAt = 0;

  /**
   * Writes the waiting records in one transaction of at most WRITE_MS, then reports the files done,
   * in order; what did not fit waits for the next write (files parsed in between let other
   * writers in). `all`: write and report everything now.
   */
  const flush = (all = false) => {
    do {
      const written: Queued[] = [];
      if (queue.some((q) => q.read)) {
        const start = performance.now();
        try {
          transaction(db, () => {
            for (const q of queue) {
              if (!q.read || q.outcome) continue;
              if (written.length > 0 && performance.now() - start >= WRITE_MS) break;
              q.outcome = store(db, q);
              written.push(q);
            }
          });
        } catch (error) {
          // The transaction itself failed (the library stayed locked): none of the group is stored.
          for (const q of written) q.outcome = failedOutcome(q.source.file, error);
        }
      }
      let done = 0;
      for (const q of queue) {
        if (!q.outcome) break;
        outcomes.push(q.outcome);
        opts.onProgress?.({ done: outcomes.length, total, file: q.source.file, outcome: q.outcome });
        done++;
      }
      queue = queue.slice(done);
    } while (all && queue.length > 0);
    if (queue.length === 0 && holding) {
      holding = false;
      opts.releaseWrite?.();
    }
    firstAt = performance.now();
  };

  /** A file the parse worker was handed, read here instead while the writer would wait for it. */
  const readSmall = async (source: ImportSource): Promise<ReadAhead | null> => {
    const bytes = sourceBytes(source);
    if (bytes.length > AHEAD_BYTES) return null;
    return readText(db, await extractDocument(bytes, sourceName(source)), sourceName(source));
  };

  for (const [index, source] of sources.entries()) {
    if (!cancelled()) await opts.checkpoint?.({ index, file: source.file, step: 'file' });
    const queued: Queued = { source };
    try {
      if (cancelled()) queued.outcome = cancelledOutcome(source);
      else {
        let read = (await opts.ahead?.take(index, readSmall)) ?? null;
        if (read && cancelled()) read = null;
        else if (!read) {
          const name = sourceName(source);
          const bytes = sourceBytes(source);
          if (bytes.length > AHEAD_BYTES) flush(true);
          const doc = await extractDocument(bytes, name);
          await opts.checkpoint?.({ index, file: source.file, step: 'parse' });
          if (!cancelled()) read = readText(db, doc, name);
        }
        if (read && !holding) holding = opts.claimWrite?.() ?? true;
        if (read && holding) queued.read = read;
        else queued.outcome = cancelledOutcome(source);
      }
    } catch (error) {
      queued.outcome = failedOutcome(source.file, error);
    }
    if (queue.length === 0) firstAt = performance.now();
    queue.push(queued);
    if (cancelled() || index === sources.length - 1) flush(true);
    else if (queue.length >= GROUP_RECORDS || performance.now() - firstAt >= GROUP_MS) flush();
    if (opts.yieldBetween) await new Promise<void>((r) => setImmediate(r));
  }
  flush(true);
  return outcomes;
}

/** A file's text parsed, with what the parse asked the people directory. */
function readText(db: Db, doc: ExtractedDocument, name: string): ReadAhead {
  const answers: DirectoryAnswers = new Map();
  const mentions: MentionsRead[] = [];
  const parsed = parseDocument(db, doc, name, rememberingDirectory(peopleDirectory(db), answers), mentions);
  return { name, doc, parsed, answers, mentions };
}

/** Stores one record of a group, inside the group's transaction; a record that fails rolls back alone. */
function store(db: Db, q: Queued): ImportOutcome {
  const { name, doc, parsed, answers, mentions, store: ahead } = q.read as NonNullable<Queued['read']>;
  try {
    // A record stored before it (in this group or an earlier one, since it was read ahead) may have
    // taught the directory a name it mentions: its participants are read again, here in the write,
    // as that costs only the directory's own rule (what the others found was kept).
    const stored = sameAnswers(peopleDirectory(db), answers)
      ? storeRecord(db, parsed, name, ahead)
      : storeRecord(db, withDirectory(parsed, peopleDirectory(db), mentions), name);
    return { file: q.source.file, ok: true, ...stored, ...readWarnings(doc) };
  } catch (error) {
    return failedOutcome(q.source.file, error);
  }
}
