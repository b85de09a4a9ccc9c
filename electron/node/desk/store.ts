// What this laptop keeps of the desk: the settings of the desk it joined, each shared document's
// Yjs state, and the outbox of updates made here that the server has not yet stored. A book edit
// writes its rows, its document and its outbox entry in one SQLite transaction.
import * as Y from 'yjs';
import type { Classification } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { LOCAL_ORIGIN, localUndoManager } from './doc.ts';

export type DeskConnection = { url: string; token: string; officer: string; accredited: Classification | null };

export const LIBRARY_DOC = 'desk:library';
export const bookDocName = (bookId: string) => `book:${bookId}`;

export function deskSettings(db: Db): DeskConnection | null {
  const rows = statement(db, 'SELECT key, value FROM desk_settings').all() as { key: string; value: string }[];
  const s = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  if (!s.url || !s.token) return null;
  return {
    url: s.url,
    token: s.token,
    officer: s.officer ?? '',
    accredited: (s.accredited as Classification | undefined) ?? null,
  };
}

export function saveDeskSettings(db: Db, settings: Partial<DeskConnection>): void {
  const put = statement(
    db,
    'INSERT INTO desk_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  transaction(db, () => {
    for (const [key, value] of Object.entries(settings)) if (typeof value === 'string') put.run(key, value);
  });
}

const storedState = (db: Db, name: string) =>
  (statement(db, 'SELECT state FROM desk_docs WHERE name = ?').get(name) as { state: Uint8Array } | undefined)?.state ?? null;

export function loadDoc(db: Db, name: string, state = storedState(db, name)): Y.Doc {
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  return doc;
}

/** What was last written of each kept document: while the store still holds exactly that, nothing needs merging. */
const written = new WeakMap<Y.Doc, Uint8Array>();

/** A book's document kept in memory while the library is open, with the undo history of this laptop's edits. */
export type BookSession = { doc: Y.Doc; undo: Y.UndoManager };
const sessions = new WeakMap<Db, Map<string, BookSession>>();
const SESSIONS_KEPT = 50;

/**
 * The book's document as stored, kept between edits so Yjs's UndoManager can take back this
 * laptop's own edits. What the stored copy gained since (a sync, another process) is merged in
 * untracked. A kept copy that holds what the store does not (an edit whose transaction was rolled
 * back) is dropped and read again: its undo history starts afresh rather than send a lost edit.
 */
export function bookSession(db: Db, name: string): BookSession {
  let open = sessions.get(db);
  if (!open) {
    open = new Map();
    sessions.set(db, open);
  }
  const state = storedState(db, name);
  const kept = open.get(name);
  const mine = kept && written.get(kept.doc);
  if (kept && mine && state && Buffer.compare(mine, state) === 0) {
    open.delete(name);
    open.set(name, kept);
    return kept;
  }
  const stored = loadDoc(db, name, state);
  if (kept) {
    open.delete(name);
    Y.applyUpdate(kept.doc, Y.encodeStateAsUpdate(stored), 'desk');
    if (Y.equalSnapshots(Y.snapshot(kept.doc), Y.snapshot(stored))) {
      open.set(name, kept);
      return kept;
    }
    kept.undo.destroy();
  }
  const session = { doc: stored, undo: localUndoManager(stored) };
  open.set(name, session);
  // The least recently edited book forgets its undo history first.
  if (open.size > SESSIONS_KEPT) {
    const [oldest, dropped] = open.entries().next().value as [string, BookSession];
    dropped.undo.destroy();
    open.delete(oldest);
  }
  return session;
}

/**
 * Runs a change to a document and keeps what it changed: the update goes to the outbox until the
 * server has stored it, and the state to the store. Answers how many updates the change made.
 */
export function keepChange(db: Db, name: string, bookId: string | null, doc: Y.Doc, change: () => void): number {
  const updates: Uint8Array[] = [];
  const onUpdate = (u: Uint8Array) => updates.push(u);
  doc.on('update', onUpdate);
  try {
    change();
  } finally {
    doc.off('update', onUpdate);
  }
  if (updates.length === 0 && hasDoc(db, name)) return 0;
  const stamp = new Date().toISOString();
  const put = statement(db, 'INSERT INTO desk_outbox (doc, data, created_at) VALUES (?, ?, ?)');
  if (updates.length) put.run(name, Y.mergeUpdates(updates), stamp);
  saveDoc(db, name, doc, bookId);
  return updates.length;
}

export function hasDoc(db: Db, name: string): boolean {
  return statement(db, 'SELECT 1 FROM desk_docs WHERE name = ?').get(name) !== undefined;
}

export function saveDoc(db: Db, name: string, doc: Y.Doc, bookId: string | null, synced = false): void {
  const state = Y.encodeStateAsUpdate(doc);
  written.set(doc, state);
  statement(
    db,
    `INSERT INTO desk_docs (name, book_id, state, synced_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(name) DO UPDATE SET state = excluded.state, synced_at = coalesce(excluded.synced_at, desk_docs.synced_at)`,
  ).run(name, bookId, state, synced ? new Date().toISOString() : null);
}

export function docNames(db: Db): { name: string; bookId: string | null }[] {
  return (
    statement(db, 'SELECT name, book_id FROM desk_docs ORDER BY name').all() as { name: string; book_id: string | null }[]
  ).map((r) => ({ name: r.name, bookId: r.book_id }));
}

/**
 * Applies a local edit to a document as one Yjs transaction with this laptop's origin, and keeps
 * the update in the outbox until the server has stored it; all in one SQLite transaction.
 */
export function editDoc(
  db: Db,
  name: string,
  bookId: string | null,
  edit: (doc: Y.Doc) => void,
  undoable = bookId !== null,
): number {
  return transaction(db, () => {
    // A book's edits go through its kept document, so this laptop's undo can take them back; its
    // first share is not one of them (undoing it would empty the book's document for everyone).
    const doc = undoable && hasDoc(db, name) ? bookSession(db, name).doc : loadDoc(db, name);
    return keepChange(db, name, bookId, doc, () => doc.transact(() => edit(doc), LOCAL_ORIGIN));
  });
}

export type OutboxEntry = { id: number; doc: string; bytes: number };

export function outbox(db: Db, name?: string): OutboxEntry[] {
  const rows = (
    name
      ? statement(db, 'SELECT id, doc, length(data) AS bytes FROM desk_outbox WHERE doc = ? ORDER BY id').all(name)
      : statement(db, 'SELECT id, doc, length(data) AS bytes FROM desk_outbox ORDER BY id').all()
  ) as OutboxEntry[];
  return rows;
}

/** The server stored everything up to `lastId` of this document: those updates leave the outbox. */
export function acknowledge(db: Db, name: string, lastId: number): void {
  statement(db, 'DELETE FROM desk_outbox WHERE doc = ? AND id <= ?').run(name, lastId);
}
