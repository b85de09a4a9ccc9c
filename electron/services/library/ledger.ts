// The commitment ledger: every commitment found in a record, kept with a status and a note the
// desk officer sets, and linked to the same commitment in an earlier record. Detection is the
// shared extractor (commitments.ts); who committed and to what is read here (topics/actors.ts).
import { randomBytes } from 'node:crypto';
import { fail } from '../../api/errors.ts';
import type { Book, CommitmentStatus, LedgerEntry, RecordDetail } from '../../api/types.ts';
import { addPoint, getBook } from '../books/books.ts';
import type { Db } from '../db/connection.ts';
import { extractCommitments } from './commitments.ts';
import { foldWord } from './fold.ts';
import { type Actor, resolveCommitment } from './topics/actors.ts';
import { atomically } from './topics/store.ts';

const STOP = new Set(
  'the and for with that this from their both two sides side will would agreed agree to of in on at by as be been its his her they them also further continue continued into between such other which who well more most very'.split(
    ' ',
  ),
);

/** The words that carry a commitment's meaning: folded, three letters or more, common words left out. */
export function contentWords(text: string): Set<string> {
  return new Set((foldWord(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)));
}

/** Dice similarity of two word sets: 1 = the same words, 0 = none shared. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two commitments this similar (or more) are the same one coming up again. */
export const LINK_SIMILARITY = 0.5;

const newId = () => `c${randomBytes(6).toString('hex')}`;

/**
 * Stores the commitments of one record (inside its import transaction). Indexing a record again
 * keeps the status and note of commitments that are still there.
 */
export function recordCommitments(db: Db, record: RecordDetail, date: string | null): void {
  const found = extractCommitments(record);
  const kept = new Map(
    (
      db.prepare('SELECT id, paragraph_id, sentence, status, note, created_at FROM commitments WHERE record_id = ?').all(record.id) as {
        id: string;
        paragraph_id: string;
        sentence: string;
        status: string;
        note: string;
        created_at: string;
      }[]
    ).map((r) => [`${r.paragraph_id}\n${r.sentence}`, r]),
  );
  const countries = [...new Set(record.participants.map((p) => p.country).filter(Boolean))].sort().join('|');
  const at = new Date().toISOString();
  atomically(db, () => {
    db.prepare('DELETE FROM commitment_index WHERE rowid IN (SELECT rowid FROM commitments WHERE record_id = ?)').run(record.id);
    db.prepare('DELETE FROM commitments WHERE record_id = ?').run(record.id);
    const insert = db.prepare(
      `INSERT INTO commitments (id, record_id, paragraph_id, ordinal, who, who_country, kind, what, sentence, date, countries, status, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const index = db.prepare('INSERT OR REPLACE INTO commitment_index (rowid, what, commitment_id) VALUES (?, ?, ?)');
    let previous: Actor | null = null;
    let lastParagraph = '';
    found.forEach((c, ordinal) => {
      if (c.paragraphId !== lastParagraph) previous = null;
      lastParagraph = c.paragraphId;
      const { actor, what } = resolveCommitment(c.what, c.kind, record.participants, previous);
      previous = actor;
      const old = kept.get(`${c.paragraphId}\n${c.what}`);
      const id = old?.id ?? newId();
      const { lastInsertRowid } = insert.run(
        id,
        record.id,
        c.paragraphId,
        ordinal,
        actor?.who ?? c.who,
        actor?.whoCountry ?? null,
        c.kind,
        what,
        c.what,
        date,
        countries,
        old?.status ?? 'open',
        old?.note ?? '',
        old?.created_at ?? at,
        at,
      );
      index.run(lastInsertRowid, foldWord(what), id);
      linkCommitment(db, id);
    });
  });
}

type Row = {
  id: string;
  record_id: string;
  what: string;
  date: string | null;
  countries: string;
  previous_id: string | null;
  similarity: number | null;
  created_at: string;
};

/** Records about the same relationship share a participant country (or one of them names none). */
function sameCounterparts(a: string, b: string): boolean {
  if (!a || !b) return true;
  const mine = new Set(a.split('|'));
  return b.split('|').some((c) => mine.has(c));
}

const earlier = (a: Row, b: Row): boolean => (a.date && b.date && a.date !== b.date ? a.date < b.date : a.created_at < b.created_at);

/**
 * Links a commitment to the same one in another record of the same counterparts. Candidates come
 * from the full-text index (records sharing its two most specific words), so linking costs the
 * same in a library of ten records or twenty thousand.
 */
function linkCommitment(db: Db, id: string): void {
  const me = db.prepare('SELECT id, record_id, what, date, countries, previous_id, similarity, created_at FROM commitments WHERE id = ?').get(id) as Row;
  const words = contentWords(me.what);
  const specific = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 2);
  if (specific.length < 2) return;
  const candidates = db
    .prepare(
      `SELECT c.id, c.record_id, c.what, c.date, c.countries, c.previous_id, c.similarity, c.created_at
         FROM (SELECT rowid AS k FROM commitment_index WHERE commitment_index MATCH ? ORDER BY rowid DESC LIMIT 12) m
         JOIN commitments c ON c.rowid = m.k`,
    )
    .all(specific.map((w) => `"${w}"`).join(' AND ')) as Row[];
  let best: { row: Row; score: number } | null = null;
  for (const row of candidates) {
    if (row.record_id === me.record_id || !sameCounterparts(row.countries, me.countries)) continue;
    const score = similarity(words, contentWords(row.what));
    if (score < LINK_SIMILARITY) continue;
    if (earlier(row, me)) {
      if (!best || score > best.score) best = { row, score };
    } else if (row.previous_id === null || (row.similarity ?? 0) < score) {
      // An older record imported after a newer one: the newer commitment now points back to it.
      db.prepare('UPDATE commitments SET previous_id = ?, similarity = ? WHERE id = ?').run(me.id, score, row.id);
    }
  }
  if (best) db.prepare('UPDATE commitments SET previous_id = ?, similarity = ? WHERE id = ?').run(best.row.id, best.score, me.id);
}

const SELECT = `SELECT c.id, c.record_id, r.title, c.paragraph_id, p.label, c.who, c.who_country, c.kind, c.what, c.sentence, c.date,
    c.status, c.note, c.previous_id, c.similarity, pr.title AS previous_title, pc.date AS previous_date
  FROM commitments c
  JOIN records r ON r.id = c.record_id
  JOIN paragraphs p ON p.id = c.paragraph_id
  LEFT JOIN commitments pc ON pc.id = c.previous_id
  LEFT JOIN records pr ON pr.id = pc.record_id`;

type EntryRow = {
  id: string;
  record_id: string;
  title: string;
  paragraph_id: string;
  label: string;
  who: string;
  who_country: string | null;
  kind: LedgerEntry['kind'];
  what: string;
  sentence: string;
  date: string | null;
  status: CommitmentStatus;
  note: string;
  previous_id: string | null;
  similarity: number | null;
  previous_title: string | null;
  previous_date: string | null;
};

function toEntries(db: Db, rows: EntryRow[]): LedgerEntry[] {
  const later = new Map<string, LedgerEntry['later']>();
  for (let i = 0; i < rows.length; i += 500) {
    const ids = rows.slice(i, i + 500).map((r) => r.id);
    const found = db
      .prepare(
        `SELECT c.previous_id, c.id, r.title, c.date FROM commitments c JOIN records r ON r.id = c.record_id
          WHERE c.previous_id IN (${ids.map(() => '?').join(',')}) ORDER BY c.date`,
      )
      .all(...ids) as { previous_id: string; id: string; title: string; date: string | null }[];
    for (const l of found) later.set(l.previous_id, [...(later.get(l.previous_id) ?? []), { id: l.id, recordTitle: l.title, date: l.date }]);
  }
  return rows.map((r) => ({
    id: r.id,
    recordId: r.record_id,
    recordTitle: r.title,
    paragraphId: r.paragraph_id,
    label: r.label,
    who: r.who,
    whoCountry: r.who_country,
    kind: r.kind,
    what: r.what,
    sentence: r.sentence,
    date: r.date,
    status: r.status,
    note: r.note,
    previous: r.previous_id
      ? { id: r.previous_id, recordTitle: r.previous_title ?? '', date: r.previous_date, similarity: Math.round((r.similarity ?? 0) * 100) / 100 }
      : null,
    later: later.get(r.id) ?? [],
  }));
}

export type LedgerQuery = {
  counterpart?: string | undefined;
  status?: CommitmentStatus | undefined;
  recordIds?: string[] | undefined;
  /** The newest this many; a ledger is read from the top. */
  limit?: number | undefined;
};

/** The ledger, newest meeting first; for one counterpart, the records its side took part in. */
export function listLedger(db: Db, q: LedgerQuery = {}): LedgerEntry[] {
  const where: string[] = [];
  const args: string[] = [];
  if (q.counterpart) {
    where.push('c.record_id IN (SELECT record_id FROM record_countries WHERE country = ?)');
    args.push(q.counterpart);
  }
  if (q.status) {
    where.push('c.status = ?');
    args.push(q.status);
  }
  if (q.recordIds) {
    if (q.recordIds.length === 0) return [];
    where.push(`c.record_id IN (${q.recordIds.map(() => '?').join(',')})`);
    args.push(...q.recordIds);
  }
  const rows = db
    .prepare(`${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY coalesce(c.date, '') DESC, r.title, p.ordinal, c.ordinal LIMIT ?`)
    .all(...args, q.limit ?? -1) as EntryRow[];
  return toEntries(db, rows);
}

export function getEntry(db: Db, id: string): LedgerEntry {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as EntryRow | undefined;
  if (!row) fail('NOT_FOUND', `There is no commitment ${id} in the ledger.`);
  return toEntries(db, [row])[0] as LedgerEntry;
}

export function updateEntry(db: Db, id: string, change: { status?: CommitmentStatus | undefined; note?: string | undefined }): LedgerEntry {
  getEntry(db, id);
  const at = new Date().toISOString();
  if (change.status !== undefined) db.prepare('UPDATE commitments SET status = ?, updated_at = ? WHERE id = ?').run(change.status, at, id);
  if (change.note !== undefined) db.prepare('UPDATE commitments SET note = ?, updated_at = ? WHERE id = ?').run(change.note.trim(), at, id);
  return getEntry(db, id);
}

const STATUS_WORDS: Record<CommitmentStatus, string> = { open: 'Open', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' };

/** The talking point a commitment becomes in "Previous commitments". */
export function commitmentPoint(e: LedgerEntry): string {
  const date = e.date ? ` (${e.date})` : '';
  return `${e.who} ${e.what}${date}. Status: ${STATUS_WORDS[e.status]}${e.note ? ` — ${e.note}` : ''}.`;
}

/**
 * Fills a book's "Previous commitments" with the counterpart's commitments in one step: the latest
 * occurrence of each (an earlier one that came up again is left to its later record), not dropped,
 * and not already cited there. Each point keeps its source paragraph.
 */
export function fillBook(db: Db, bookId: string, counterpart: string): { book: Book; added: number } {
  let book = getBook(db, bookId);
  const section = book.sections.find((s) => s.key === 'commitments');
  if (!section) fail('NOT_FOUND', `The book “${book.title}” has no “Previous commitments” section.`);
  const cited = new Set(section.points.map((p) => p.citation?.paragraphId).filter(Boolean));
  const entries = listLedger(db, { counterpart }).filter((e) => e.status !== 'dropped' && e.later.length === 0);
  let added = 0;
  for (const e of entries) {
    if (cited.has(e.paragraphId) && section.points.some((p) => p.text === commitmentPoint(e))) continue;
    book = addPoint(db, { bookId, section: section.id, recordId: e.recordId, paragraphId: e.paragraphId, text: commitmentPoint(e) });
    added++;
  }
  return { book, added };
}
