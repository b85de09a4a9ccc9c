// Importing records: pasted text, files and folders, or bytes the browser sent. Every format goes
// through extractDocument (text + hints) and then the one text parser, so a record reads the same
// whichever way it arrived. One bad file never stops the others, and storeRecord is one
// transaction, so a failure never leaves half a record.

import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { BriefbookError, fail } from '../../api/errors.ts';
import { megabytes } from '../../api/limits.ts';
import type { ImportOutcome, RecordSummary } from '../../api/types.ts';
import type { Db } from '../db/connection.ts';
import { peopleDirectory } from '../people/directory.ts';
import { readFileBounded } from '../read-file.ts';
import { decodeText } from './decode.ts';
import { extractHtml } from './extract/html.ts';
import { type ExtractedDocument, extractDocument, FORMAT_BY_EXTENSION, MAX_IMPORT_BYTES } from './extract/index.ts';
import { boundRecordText } from './extract/long-text.ts';
import { markdownToText } from './extract/markdown.ts';
import { parseRecordText } from './parse/index.ts';
import type { ParsedRecord } from './parse/types.ts';
import { storeRecord } from './records.ts';

export { MAX_IMPORT_BYTES };
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);
/** What a folder import picks up. */
export const IMPORT_EXTENSIONS = new Set(Object.keys(FORMAT_BY_EXTENSION));

type Stored = { record: RecordSummary; duplicate: boolean; warnings?: string[] };

/** A file to import: on disk, or bytes sent by the browser. `file` is what the user sees. */
export type ImportSource = { file: string; path: string } | { file: string; name: string; bytes: Uint8Array };

export type ImportProgressStep = {
  done: number;
  total: number;
  file: string;
  outcome: ImportOutcome;
};

export type ImportBatchOptions = {
  onProgress?: (step: ImportProgressStep) => void;
  /** Checked before each file: cancel stops after the current file and keeps what was imported. */
  isCancelled?: () => boolean;
  /** Give the event loop a turn between files (when the batch runs on the main thread). */
  yieldBetween?: boolean;
  /**
   * Commit several records at once (at most GROUP_COMMIT_MS apart) instead of one transaction per
   * record: only for a connection the batch has to itself (the import worker's). Each record is
   * still all-or-nothing (a savepoint), and its progress is reported once it is committed.
   */
  groupCommits?: boolean;
};

/** One COMMIT per record costs more than parsing it; a group commit every quarter second does not. */
const GROUP_COMMIT_MS = 250;

function sizeText(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function tooLarge(name: string, size: number): never {
  fail(
    'IMPORT_TOO_LARGE',
    `${name} is ${size > MAX_IMPORT_BYTES + 1 ? sizeText(size) : `over ${megabytes(MAX_IMPORT_BYTES)}`}; Briefbook imports records of up to ${megabytes(MAX_IMPORT_BYTES)}. Split it, or import the part you need as text.`,
  );
}

/** Imports pasted text as one record. Throws BriefbookError with a desk-officer message on bad input. */
export function importText(db: Db, text: string, name: string | null = null): Stored {
  if (text.trim() === '') fail('IMPORT_EMPTY', 'The pasted text is empty: paste the text of a meeting record first.');
  const parsed = parseRecordText(boundRecordText(text, 'The pasted text'), {
    ...(name ? { fileName: name } : {}),
    directory: peopleDirectory(db),
  });
  return storeRecord(db, parsed, name);
}

/** Parses extracted text and stores it; the file's own metadata fills what the text does not say. */
function storeDocument(db: Db, doc: ExtractedDocument, name: string): Stored {
  if (doc.text.trim() === '') fail('IMPORT_EMPTY', `${name} has no text in it: there is nothing to import.`);
  // The directory is read once per connection and kept current by what each stored record teaches it.
  const opts = { fileName: name, hints: doc.hints, directory: peopleDirectory(db) };
  let parsed: ParsedRecord;
  try {
    parsed = parseRecordText(doc.text, opts);
  } catch (error) {
    if (error instanceof BriefbookError && error.code === 'IMPORT_EMPTY') fail('IMPORT_EMPTY', `${name}: ${error.message}`);
    throw error;
  }
  // The parser weighs the file's hints (title, publisher, date) against what the text says.
  return storeRecord(db, parsed, name);
}

/** Read a file within the import limit, with the user's own spelling of it in every message. */
function readSource(path: string): Uint8Array {
  const name = basename(path);
  const read = readFileBounded(path, MAX_IMPORT_BYTES);
  if (read.ok) return read.bytes;
  switch (read.problem) {
    case 'missing':
      return fail('IMPORT_UNREADABLE', `Briefbook cannot find or open ${path}.`);
    case 'not-a-file':
      return fail('IMPORT_UNREADABLE', `${name} is ${read.what}, not a file: there is nothing to import.`);
    case 'too-large':
      return tooLarge(name, read.size);
    case 'empty':
      return fail('IMPORT_EMPTY', `${name} is empty: there is nothing to import.`);
    default:
      return fail('IMPORT_UNREADABLE', `Briefbook cannot read ${name}: ${read.detail}`);
  }
}

/** Imports one file of any supported format. */
export async function importDocument(db: Db, bytes: Uint8Array, name: string): Promise<Stored> {
  if (bytes.length > MAX_IMPORT_BYTES) tooLarge(name, bytes.length);
  const doc = await extractDocument(bytes, name);
  const stored = storeDocument(db, doc, name);
  // How the file was read (a guessed encoding, damaged bytes), for the import result.
  return doc.warnings?.length ? { ...stored, warnings: doc.warnings } : stored;
}

/** Imports one file from disk. Every failure is a BriefbookError naming the file and what is wrong with it. */
export async function importFile(db: Db, path: string): Promise<Stored> {
  return importDocument(db, readSource(path), basename(path));
}

/** Expands folders into the record files inside them (recursively), in name order. */
export function expandPaths(paths: readonly string[], extensions: ReadonlySet<string> = IMPORT_EXTENSIONS): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // Missing paths are reported by the import with the user's own spelling.
    }
    if (!isDir) {
      out.push(full);
      continue;
    }
    const entries = readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue; // hidden files, Word's lock files
      const child = join(full, entry.name);
      if (entry.isDirectory()) out.push(...expandPaths([child], extensions));
      else if (extensions.has(extname(entry.name).toLowerCase())) out.push(child);
    }
  }
  return out;
}

function failedOutcome(file: string, error: unknown): ImportOutcome {
  if (error instanceof BriefbookError)
    return {
      file,
      ok: false,
      error: { code: error.code, message: error.message },
    };
  return {
    file,
    ok: false,
    error: {
      code: 'INTERNAL',
      message: `${basename(file)} could not be imported: ${(error as Error)?.message ?? String(error)}`,
    },
  };
}

/**
 * Imports many files of every format, one after another, reporting each outcome as it happens.
 * Cancelling stops before the next file; the files not reached are reported as cancelled.
 */
export async function importBatch(
  db: Db,
  sources: readonly ImportSource[],
  opts: ImportBatchOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  const total = sources.length;
  const pending: ImportProgressStep[] = [];
  let openedAt = 0;
  let open = false;
  const commit = () => {
    if (open) db.exec('COMMIT');
    open = false;
    for (const step of pending.splice(0)) opts.onProgress?.(step);
  };
  try {
    for (const [i, source] of sources.entries()) {
      const cancelled = opts.isCancelled?.() ?? false;
      if (opts.groupCommits && !cancelled && !open && !db.isTransaction) {
        db.exec('BEGIN IMMEDIATE');
        open = true;
        openedAt = performance.now();
      }
      const outcome = await importOne(source, cancelled);
      outcomes.push(outcome);
      pending.push({ done: i + 1, total, file: source.file, outcome });
      if (!open || performance.now() - openedAt >= GROUP_COMMIT_MS) commit();
      if (opts.yieldBetween) await new Promise<void>((r) => setImmediate(r));
    }
  } finally {
    commit();
  }
  return outcomes;

  async function importOne(source: ImportSource, cancelled: boolean): Promise<ImportOutcome> {
    let outcome: ImportOutcome;
    if (cancelled) {
      outcome = {
        file: source.file,
        ok: false,
        error: {
          code: 'CANCELLED',
          message: `${displayName(source)} was not imported: the import was cancelled.`,
        },
      };
    } else {
      try {
        const stored =
          'bytes' in source ? await importDocument(db, source.bytes, source.name) : await importFile(db, source.path);
        outcome = { file: source.file, ok: true, ...stored };
      } catch (error) {
        outcome = failedOutcome(source.file, error);
      }
    }
    return outcome;
  }
}

function displayName(source: ImportSource): string {
  return 'bytes' in source ? source.name : basename(source.path);
}

/** Paths (files and folders) as import sources. */
export function pathSources(paths: readonly string[]): ImportSource[] {
  return expandPaths(paths).map((path) => ({ file: path, path }));
}

/**
 * The synchronous import of text, Markdown and HTML files, for seeding a new library with the
 * sample records while it opens (PDF and Word need the asynchronous importBatch).
 */
export function importFiles(db: Db, paths: readonly string[]): ImportOutcome[] {
  return expandPaths(paths, new Set([...TEXT_EXTENSIONS, '.html', '.htm'])).map((file): ImportOutcome => {
    try {
      const name = basename(file);
      const bytes = readSource(file);
      const ext = extname(name).toLowerCase();
      let doc: ExtractedDocument;
      if (ext === '.html' || ext === '.htm') doc = extractHtml(bytes, name);
      else if (ext === '.md' || ext === '.markdown')
        doc = {
          format: 'markdown',
          ...markdownToText(decodeText(bytes, name)),
        };
      else if (TEXT_EXTENSIONS.has(ext)) doc = { format: 'text', text: decodeText(bytes, name), hints: {} };
      else fail('IMPORT_UNSUPPORTED', `${name}: only text, Markdown and HTML records can be imported this way.`);
      return { file, ok: true, ...storeDocument(db, doc, name) };
    } catch (error) {
      return failedOutcome(file, error);
    }
  });
}
