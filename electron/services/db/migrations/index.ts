import type { DatabaseSync } from 'node:sqlite';
import { sql as library } from './001_library.ts';
import { sql as books } from './002_books.ts';
import { sql as pointKindMarking } from './003_point_kind_marking.ts';
import { sql as recordCorrections } from './004_record_corrections.ts';
import { sql as booksEditor } from './005_books_editor.ts';
import { sql as topicsLedger } from './006_topics_ledger.ts';
import { sql as ledgerLookups } from './007_ledger_lookups.ts';
import { sql as recordEvidence } from './008_record_evidence.ts';
import { run as people, sql as peopleTables } from './009_people.ts';
import { sql as searchParagraphIds } from './010_search_paragraph_ids.ts';

/**
 * One numbered migration: SQL, and optionally code run after it in the same transaction (a
 * back-fill that needs more than SQL). Both are optional; a migration has at least one.
 */
export type Migration = { version: number; name: string; sql?: string; run?: (db: DatabaseSync) => void };

/** Numbered migrations, applied in order; PRAGMA user_version records how many have run. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'library', sql: library },
  { version: 2, name: 'books', sql: books },
  { version: 3, name: 'point kind and marking', sql: pointKindMarking },
  { version: 4, name: 'record corrections', sql: recordCorrections },
  { version: 5, name: 'books editor: opened at, drafted points', sql: booksEditor },
  { version: 6, name: 'topics, record sides, commitment ledger, saved searches', sql: topicsLedger },
  { version: 7, name: 'ledger lookups: commitment words, counterparts by date', sql: ledgerLookups },
  { version: 8, name: 'record evidence, Check marks, confirmations, source text', sql: recordEvidence },
  { version: 9, name: 'people directory: names in every script, roles over time, appearances', sql: peopleTables, run: people },
  { version: 10, name: 'search: the paragraph of each full-text row', sql: searchParagraphIds },
];
