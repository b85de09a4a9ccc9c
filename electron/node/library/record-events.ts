// The one event: a record was stored, corrected or read again. What hangs off a record (its topic
// tags, its side, its commitments in the ledger, what the people directory learns) belongs to
// other domains, so the library does not import them: they listen here, registered in one place
// (open/record-listeners.ts, when a library is opened), and run inside the transaction that
// changed the record, so a record and everything that hangs off it land together or not at all.
import type { RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';

export type RecordListener = {
  name: string;
  /**
   * Work that needs no lock (topic matching, names found in the text), done before the write;
   * `ahead`, what planAhead worked out for the same record on another connection, if it did.
   */
  plan: (db: Db, record: RecordDetail, ahead?: unknown) => unknown;
  /** The part of the plan that may be worked out on another connection (an import's parse worker); plan checks it is still current. */
  planAhead?: (db: Db, record: RecordDetail) => unknown;
  /**
   * Inside the write. A new record comes whole, with the full-text rows just written and the plan;
   * a changed one (a correction, a re-read) by its id.
   */
  changed: (db: Db, record: RecordDetail | string, indexRows?: readonly number[], plan?: unknown) => void;
};

const listeners: RecordListener[] = [];

export function onRecordChanged(listener: RecordListener): void {
  if (!listeners.some((l) => l.name === listener.name)) listeners.push(listener);
}

function registered(): readonly RecordListener[] {
  // A record stored with nobody listening would be untagged and missing from the ledger for good.
  if (listeners.length === 0)
    throw new Error('No record listeners: open the library with open/connection.ts, which registers them.');
  return listeners;
}

/** Each listener's plan for a record about to be stored (before the write lock is taken). */
export function planRecord(db: Db, record: RecordDetail, ahead?: readonly unknown[]): unknown[] {
  return registered().map((l, i) => l.plan(db, record, ahead?.[i]));
}

/** What each listener can plan for a record on another connection, handed to planRecord later. */
export function planRecordAhead(db: Db, record: RecordDetail): unknown[] {
  return registered().map((l) => l.planAhead?.(db, record));
}

/** A record was just stored (whole) or changed (by id): every listener, inside the caller's transaction. */
export function recordChanged(db: Db, record: RecordDetail | string, indexRows: readonly number[] = [], plans?: unknown[]): void {
  registered().forEach((l, i) => {
    l.changed(db, record, indexRows, plans?.[i]);
  });
}
