// The commitment ledger: every commitment found in a record, kept with a status and a note the
// desk officer sets, and linked to the same commitment in an earlier record. Detection is the
// shared extractor (commitments.ts); who committed and to what is read here (topics/actors.ts).
import { randomBytes } from 'node:crypto';
import { fail } from '../../shared/errors.ts';
import type { CommitmentStatus, LedgerEntry, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { personFor, resolvePerson } from '../people/directory.ts';
import { type Actor, resolveCommitment } from './actors.ts';
import { extractCommitments } from './commitments.ts';
import { contentWords, linkCommitment } from './links.ts';

const newId = () => `c${randomBytes(6).toString('hex')}`;

/**
 * Stores the commitments of one record (inside its import transaction). Indexing a record again
 * keeps the status and note of commitments that are still there. Call after the record's
 * countries are stored (indexRecord does): the ledger lists each commitment under them.
 */
export function recordCommitments(db: Db, record: RecordDetail, date: string | null): void {
  const found = extractCommitments(record);
  const kept = new Map(
    (
      statement(db, 'SELECT id, paragraph_id, sentence, status, note, created_at FROM commitments WHERE record_id = ?').all(
        record.id,
      ) as {
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
  const counterparts = (
    statement(db, 'SELECT country FROM record_countries WHERE record_id = ?').all(record.id) as { country: string }[]
  ).map((r) => r.country);
  const at = new Date().toISOString();
  transaction(db, () => {
    // The trigger on commitments takes their words and counterpart entries with them.
    statement(db, 'DELETE FROM commitments WHERE record_id = ?').run(record.id);
    const insert = statement(
      db,
      `INSERT INTO commitments (id, record_id, paragraph_id, ordinal, who, who_country, kind, what, sentence, date, countries, status, note, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addWord = statement(db, 'INSERT OR IGNORE INTO commitment_words (word, k) VALUES (?, ?)');
    const addCounterpart = statement(db, 'INSERT OR IGNORE INTO ledger_counterparts (country, date, k) VALUES (?, ?, ?)');
    let previous: Actor | null = null;
    let lastParagraph = '';
    // This record's words go in after every link is made: linking looks only at other records, and
    // a record with thousands of commitments would otherwise make each lookup pass over its own.
    const ownWords: [number | bigint, Set<string>][] = [];
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
      const words = contentWords(what);
      for (const country of counterparts) addCounterpart.run(country, date ?? '', lastInsertRowid);
      linkCommitment(
        db,
        {
          id,
          record_id: record.id,
          what,
          date,
          countries,
          previous_id: null,
          similarity: null,
          created_at: old?.created_at ?? at,
        },
        words,
      );
      ownWords.push([lastInsertRowid, words]);
    });
    for (const [k, words] of ownWords) for (const w of words) addWord.run(w, k);
  });
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
    for (const l of found)
      later.set(l.previous_id, [...(later.get(l.previous_id) ?? []), { id: l.id, recordTitle: l.title, date: l.date }]);
  }
  // Who, by person: "Bùi Thanh Sơn" in one record and "Bui Thanh Son" in the next are one person.
  const people = new Map<string, LedgerEntry['person']>();
  const personOf = (who: string): LedgerEntry['person'] => {
    if (!people.has(who)) people.set(who, resolvePerson(db, who));
    return people.get(who) ?? null;
  };
  return rows.map((r) => ({
    id: r.id,
    recordId: r.record_id,
    recordTitle: r.title,
    paragraphId: r.paragraph_id,
    label: r.label,
    who: r.who,
    whoCountry: r.who_country,
    person: personOf(r.who),
    kind: r.kind,
    what: r.what,
    sentence: r.sentence,
    date: r.date,
    status: r.status,
    note: r.note,
    previous: r.previous_id
      ? {
          id: r.previous_id,
          recordTitle: r.previous_title ?? '',
          date: r.previous_date,
          similarity: Math.round((r.similarity ?? 0) * 100) / 100,
        }
      : null,
    later: later.get(r.id) ?? [],
  }));
}

export type LedgerQuery = {
  counterpart?: string | undefined;
  status?: CommitmentStatus | undefined;
  recordIds?: string[] | undefined;
  /** One person's commitments (a person id or any form of their name), however each record spells them. */
  person?: string | undefined;
  /** The newest this many; a ledger is read from the top. */
  limit?: number | undefined;
};

/**
 * The ledger, newest meeting first; for one counterpart, the records its side took part in. A
 * counterpart's entries are read newest first from ledger_counterparts' index and the reading
 * stops at the limit, so the top of a long ledger costs the same as a short one.
 */
export function listLedger(db: Db, q: LedgerQuery = {}): LedgerEntry[] {
  const where: string[] = [];
  const args: string[] = [];
  let from = '';
  let order = `coalesce(c.date, '') DESC`;
  if (q.counterpart) {
    from = 'ledger_counterparts lc CROSS JOIN ';
    where.push('lc.country = ?', 'c.rowid = lc.k');
    args.push(q.counterpart);
    order = 'lc.date DESC';
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
  if (q.person) {
    // The records they appear in, then the entries whose "who" is them in any spelling.
    const person = personFor(db, q.person);
    if (!person) return [];
    where.push('c.record_id IN (SELECT record_id FROM person_records WHERE person_id = ?)');
    args.push(person.id);
  }
  const select = from ? SELECT.replace('FROM commitments c', `FROM ${from}commitments c`) : SELECT;
  const rows = db
    .prepare(
      `${select} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order}, r.title, p.ordinal, c.ordinal LIMIT ?`,
    )
    .all(...args, q.person ? -1 : (q.limit ?? -1)) as EntryRow[];
  if (q.person) {
    const id = personFor(db, q.person)?.id;
    return toEntries(db, rows)
      .filter((e) => e.person?.id === id)
      .slice(0, q.limit ?? undefined);
  }
  return toEntries(db, rows);
}

export function getEntry(db: Db, id: string): LedgerEntry {
  const row = db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as EntryRow | undefined;
  if (!row) fail('NOT_FOUND', `There is no commitment ${id} in the ledger.`);
  return toEntries(db, [row])[0] as LedgerEntry;
}

export function updateEntry(
  db: Db,
  id: string,
  change: { status?: CommitmentStatus | undefined; note?: string | undefined },
): LedgerEntry {
  getEntry(db, id);
  const at = new Date().toISOString();
  if (change.status !== undefined)
    db.prepare('UPDATE commitments SET status = ?, updated_at = ? WHERE id = ?').run(change.status, at, id);
  if (change.note !== undefined)
    db.prepare('UPDATE commitments SET note = ?, updated_at = ? WHERE id = ?').run(change.note.trim(), at, id);
  return getEntry(db, id);
}
