// Importing records: pasted text, files and folders, or bytes the browser sent. Every format goes
// through extractDocument (text + hints) and then the one text parser, so a record reads the same
// whichever way it arrived. Reading, extracting and parsing hold no lock on the library: only
// storeRecord writes, in one short transaction, so a failure never leaves half a record and a
// slow file never keeps another writer (autosave, the command line) waiting.

import { basename, extname } from 'node:path';
import { BriefbookError, fail } from '../../shared/errors.ts';
import type { ImportOutcome, RecordSummary } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { type PeopleDirectory, peopleDirectory } from '../people/directory.ts';
import { decodeText } from './decode.ts';
import { extractHtml } from './extract/html.ts';
import { type ExtractedDocument, extractDocument } from './extract/index.ts';
import { boundRecordText } from './extract/long-text.ts';
import { markdownToText } from './extract/markdown.ts';
import { expandPaths, MAX_IMPORT_BYTES, readSource, TEXT_EXTENSIONS, tooLarge } from './import-source.ts';
import { parseRecordText } from './parse/index.ts';
import type { MentionsRead, ParsedRecord } from './parse/types.ts';
import { storeRecord } from './store-record.ts';

export {
  expandPaths,
  IMPORT_EXTENSIONS,
  type ImportSource,
  MAX_IMPORT_BYTES,
  pathSources,
  TEXT_EXTENSIONS,
  tooLarge,
} from './import-source.ts';

type Stored = { record: RecordSummary; duplicate: boolean; warnings?: string[] };

/** Imports pasted text as one record. Throws BriefbookError with a desk-officer message on bad input. */
export function importText(db: Db, text: string, name: string | null = null): Stored {
  if (text.trim() === '') fail('IMPORT_EMPTY', 'The pasted text is empty: paste the text of a meeting record first.');
  const parsed = parseRecordText(boundRecordText(text, 'The pasted text'), {
    ...(name ? { fileName: name } : {}),
    directory: peopleDirectory(db),
  });
  return storeRecord(db, parsed, name);
}

/**
 * Reads a record out of extracted text. The library is only read (the people directory helps name
 * the participants), never written, so no lock is held however long the text takes.
 */
export function parseDocument(
  db: Db,
  doc: ExtractedDocument,
  name: string,
  directory: PeopleDirectory = peopleDirectory(db),
  mentionsRead?: MentionsRead[],
): ParsedRecord {
  if (doc.text.trim() === '') fail('IMPORT_EMPTY', `${name} has no text in it: there is nothing to import.`);
  // The directory is read once per connection and kept current by what each stored record teaches it.
  // The parser weighs the file's hints (title, publisher, date) against what the text says.
  const opts = { fileName: name, hints: doc.hints, directory, ...(mentionsRead ? { mentionsRead } : {}) };
  try {
    return parseRecordText(doc.text, opts);
  } catch (error) {
    if (error instanceof BriefbookError && error.code === 'IMPORT_EMPTY') fail('IMPORT_EMPTY', `${name}: ${error.message}`);
    throw error;
  }
}

/** Imports one file of any supported format: extract and parse first, then one short write. */
export async function importDocument(db: Db, bytes: Uint8Array, name: string): Promise<Stored> {
  if (bytes.length > MAX_IMPORT_BYTES) tooLarge(name, bytes.length);
  const doc = await extractDocument(bytes, name);
  const stored = storeRecord(db, parseDocument(db, doc, name), name);
  return { ...stored, ...readWarnings(doc) };
}

/** How the file was read (a guessed encoding, damaged bytes), for the import result. */
export function readWarnings(doc: ExtractedDocument): { warnings?: string[] } {
  return doc.warnings?.length ? { warnings: doc.warnings } : {};
}

/** Imports one file from disk. Every failure is a BriefbookError naming the file and what is wrong with it. */
export async function importFile(db: Db, path: string): Promise<Stored> {
  return importDocument(db, readSource(path), basename(path));
}

/** What the user reads when a file could not be imported: the file, and why in their words. */
export function failedOutcome(file: string, error: unknown): ImportOutcome {
  if (error instanceof BriefbookError) return { file, ok: false, error: { code: error.code, message: error.message } };
  const message = (error as Error)?.message ?? String(error);
  if (/database is locked|SQLITE_BUSY/i.test(message))
    return {
      file,
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `${basename(file)} was not imported: another program kept the library busy for too long. Import it again.`,
      },
    };
  return { file, ok: false, error: { code: 'INTERNAL', message: `${basename(file)} could not be imported: ${message}` } };
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
      return { file, ok: true, ...storeRecord(db, parseDocument(db, doc, name), name) };
    } catch (error) {
      return failedOutcome(file, error);
    }
  });
}
