import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { BriefbookError, fail } from '../../api/errors.ts';
import type { ImportOutcome, RecordSummary } from '../../api/types.ts';
import type { Db } from '../db/connection.ts';
import { decodeText } from './decode.ts';
import { parseRecordText } from './parse/index.ts';
import { storeRecord } from './records.ts';

export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;
export const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** Imports pasted text as one record. Throws BriefbookError with a desk-officer message on bad input. */
export function importText(db: Db, text: string, name: string | null = null): { record: RecordSummary; duplicate: boolean } {
  if (text.trim() === '') fail('IMPORT_EMPTY', 'The pasted text is empty: paste the text of a meeting record first.');
  const parsed = parseRecordText(text, name ? { fileName: name } : {});
  return storeRecord(db, parsed, name);
}

/** Imports one file. Every failure is a BriefbookError naming the file and what is wrong with it. */
export function importFile(db: Db, path: string): { record: RecordSummary; duplicate: boolean } {
  const name = basename(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) fail('IMPORT_UNREADABLE', `${name} is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof BriefbookError) throw error;
    fail('IMPORT_UNREADABLE', `Briefbook cannot find or open ${path}.`);
  }
  const ext = extname(name).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext)) {
    fail(
      'IMPORT_UNSUPPORTED',
      `${name}: Briefbook imports text records (.txt, .md) for now${ext ? `; ${ext} files are not supported yet` : ''}. Copy the text and paste it instead.`,
    );
  }
  if (size > MAX_IMPORT_BYTES) {
    fail('IMPORT_TOO_LARGE', `${name} is ${(size / 1024 / 1024).toFixed(0)} MB; Briefbook imports records of up to 25 MB.`);
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail('IMPORT_UNREADABLE', `Briefbook cannot read ${name}: ${(error as Error).message}`);
  }
  const text = decodeText(bytes, name);
  if (text.trim() === '') fail('IMPORT_EMPTY', `${name} has no text in it: there is nothing to import.`);
  try {
    return storeRecord(db, parseRecordText(text, { fileName: name }), name);
  } catch (error) {
    if (error instanceof BriefbookError && error.code === 'IMPORT_EMPTY') {
      fail('IMPORT_EMPTY', `${name}: ${error.message}`);
    }
    throw error;
  }
}

/** Expands folders into the text files inside them (recursively), in name order. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    const full = resolve(p);
    let isDir = false;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      // Missing paths are reported by importFile with the user's own spelling.
    }
    if (!isDir) {
      out.push(full);
      continue;
    }
    const entries = readdirSync(full, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = join(full, entry.name);
      if (entry.isDirectory()) out.push(...expandPaths([child]));
      else if (TEXT_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(child);
    }
  }
  return out;
}

/** Imports many files; one bad file never stops the others. */
export function importFiles(db: Db, paths: readonly string[]): ImportOutcome[] {
  return expandPaths(paths).map((file): ImportOutcome => {
    try {
      const { record, duplicate } = importFile(db, file);
      return { file, ok: true, duplicate, record };
    } catch (error) {
      if (error instanceof BriefbookError) return { file, ok: false, error: { code: error.code, message: error.message } };
      return {
        file,
        ok: false,
        error: { code: 'INTERNAL', message: `${basename(file)} could not be imported: ${(error as Error).message}` },
      };
    }
  });
}
