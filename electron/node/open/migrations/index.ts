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
import { up as commitmentWords } from './011_commitment_words.ts';
import { up as recordFingerprints } from './012_record_fingerprints.ts';
import { up as topicsIndexed } from './013_topics_indexed.ts';
import { sql as desk } from './014_desk.ts';
import { up as catalogue, due as catalogueDue } from './catalogue.ts';

/**
 * One numbered migration: `up` runs once, in a transaction, when a library older than `version`
 * opens; SQL-only ones run their SQL, back-fills run code over the records already stored.
 */
export type Migration = { version: number; name: string; up: (db: DatabaseSync) => void };

/** Runs at every open after the migrations, when what it brings is newer than the library. */
export type Refresh = { name: string; due: (db: DatabaseSync) => boolean; up: (db: DatabaseSync) => void };

const exec =
  (sql: string) =>
  (db: DatabaseSync): void =>
    db.exec(sql);

/** Numbered migrations, applied in order; PRAGMA user_version records how many have run. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'library', up: exec(library) },
  { version: 2, name: 'books', up: exec(books) },
  { version: 3, name: 'point kind and marking', up: exec(pointKindMarking) },
  { version: 4, name: 'record corrections', up: exec(recordCorrections) },
  { version: 5, name: 'books editor: opened at, drafted points', up: exec(booksEditor) },
  { version: 6, name: 'topics, record sides, commitment ledger, saved searches', up: exec(topicsLedger) },
  { version: 7, name: 'ledger lookups: commitment words, counterparts by date', up: exec(ledgerLookups) },
  { version: 8, name: 'record evidence, Check marks, confirmations, source text', up: exec(recordEvidence) },
  {
    version: 9,
    name: 'people directory: names in every script, roles over time, appearances',
    up: (db) => {
      db.exec(peopleTables);
      people(db);
    },
  },
  { version: 10, name: 'search: the paragraph of each full-text row', up: exec(searchParagraphIds) },
  { version: 11, name: 'ledger: the words of the commitments already stored', up: commitmentWords },
  { version: 12, name: 'duplicates: the fingerprints of the records already stored', up: recordFingerprints },
  { version: 13, name: 'topics: the shipped catalogue, and the records already stored indexed', up: topicsIndexed },
  { version: 14, name: 'desk: settings, shared documents, outbox, shared records', up: exec(desk) },
];

export const refreshes: readonly Refresh[] = [{ name: 'the shipped topic catalogue', due: catalogueDue, up: catalogue }];
