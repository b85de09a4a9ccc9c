// Learning the directory from records. Every stored, corrected or confirmed record goes through
// learnFromRecord inside the transaction that writes it: its participants become people (or
// appearances of people already known, by any form of the name), each name written in two
// scripts side by side becomes two forms of one person, and each role is kept with the record
// and date it comes from. What a desk officer confirmed or corrected marks the person confirmed;
// a parser's later guess never renames a confirmed person or moves their country.
import { randomBytes } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { normalizeCountry } from '../../shared/countries.ts';
import type { Participant } from '../../shared/types.ts';
import { knownForms, refreshSnapshot, statement } from './directory.ts';
import { learnable } from './learnable.ts';
import { moveAll } from './move.ts';
import { formsOf, knownNamesIn, personKey, scriptOf, splitName } from './names.ts';

type Db = DatabaseSync;

/** What learning needs of a record (a RecordDetail has it all). */
export type LearnableRecord = {
  id: string;
  meetingDate: string | null;
  publishedAt: string | null;
  participants: readonly Participant[];
  /** For names written in two scripts side by side. */
  paragraphs?: readonly { text: string }[];
};

export const newPersonId = (): string => `p${randomBytes(6).toString('hex')}`;

const country = (c: string | null | undefined): string | null => (c?.trim() ? (normalizeCountry(c) ?? c.trim()) : null);

/** Diacritics a form carries: "Bùi Thanh Sơn" says more than "Bui Thanh Son". */
const marks = (s: string): number => s.normalize('NFD').length - s.normalize('NFC').length + (s.match(/[đĐ]/g)?.length ?? 0);

type PersonRow = { id: string; name: string; country: string | null; confirmed: number };

/**
 * The person these keys belong to. One key may be known and another not ("Bùi Thanh Sơn" known,
 * "부이 타인 선" new): the known person takes the new form. Keys held by two people: the confirmed
 * one, else the owner of the name itself.
 */
function findOwner(db: Db, keys: readonly string[], confirmed: boolean): PersonRow | null {
  const owners: PersonRow[] = [];
  for (const key of keys) {
    const row = statement(
      db,
      'SELECT p.id, p.name, p.country, p.confirmed FROM person_forms f JOIN people p ON p.id = f.person_id WHERE f.folded = ?',
    ).get(key) as PersonRow | undefined;
    if (row && !owners.some((o) => o.id === row.id)) owners.push(row);
  }
  const owner = owners.find((o) => o.confirmed === 1) ?? owners[0] ?? null;
  // A desk officer wrote these names as one person ("부이 타인 선 (Bùi Thanh Sơn)"): the entries
  // the directory had learnt apart become one.
  if (confirmed && owner) for (const other of owners) if (other.id !== owner.id) moveAll(db, owner, other);
  return owner;
}

/** Adds a form to a person unless another person already holds its key. */
export function addFormRow(db: Db, personId: string, form: string, origin: 'record' | 'user', at: string): boolean {
  const key = personKey(form);
  if (!key) return false;
  const res = statement(
    db,
    'INSERT OR IGNORE INTO person_forms (folded, person_id, form, script, origin, added_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(key, personId, form.normalize('NFC').trim(), scriptOf(form), origin, at);
  return res.changes > 0;
}

/**
 * Learns the participants of one record. Learning the same record again (a re-index, a
 * correction) replaces what it taught before; people it alone had taught, and nobody confirmed,
 * leave the directory with it.
 */
/** Keys of people the directory knows whom the record's text names (pure work: can run before a write lock). */
export function namedIn(db: Db, record: LearnableRecord): Set<string> {
  const texts = record.paragraphs?.map((p) => p.text) ?? [];
  return texts.length > 0 ? knownNamesIn(texts, knownForms(db)) : new Set();
}

export function learnFromRecord(
  db: Db,
  record: LearnableRecord,
  opts: { confirmed?: boolean; named?: ReadonlySet<string> } = {},
): void {
  const confirmed = opts.confirmed === true;
  const date = record.meetingDate ?? record.publishedAt ?? null;
  const texts = record.paragraphs?.map((p) => p.text) ?? [];
  const at = new Date().toISOString();
  const before = (
    statement(db, 'SELECT person_id FROM person_records WHERE record_id = ?').all(record.id) as { person_id: string }[]
  ).map((r) => r.person_id);
  statement(db, 'DELETE FROM person_records WHERE record_id = ?').run(record.id);
  statement(db, 'DELETE FROM person_roles WHERE record_id = ?').run(record.id);

  const touched = new Set<string>();
  for (const p of record.participants) {
    if (!p.name?.trim()) continue; // "the Korean diplomat": a role, not a person the directory can name
    const name = splitName(p.name).name;
    if (normalizeCountry(name)) continue; // "베트남 외교장관" read as a name: a country
    if (!learnable(name, texts, confirmed)) continue;
    const forms = formsOf(p, texts);
    const keys = forms.map(personKey).filter((k): k is string => k !== null);
    if (keys.length === 0) continue;
    const c = country(p.country);
    let person = findOwner(db, keys, confirmed);
    if (!person) {
      const id = newPersonId();
      statement(
        db,
        'INSERT INTO people (id, name, country, role, confirmed, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?, ?)',
      ).run(id, name, c, confirmed ? 1 : 0, at, at);
      person = { id, name, country: c, confirmed: confirmed ? 1 : 0 };
    } else if (confirmed) {
      // A desk officer's word: the name as they confirmed it, their country, and the entry is confirmed.
      statement(db, 'UPDATE people SET name = ?, country = coalesce(?, country), confirmed = 1, updated_at = ? WHERE id = ?').run(
        // Confirmed before: their name stays. Else the officer's spelling, unless they gave the shown name as another form.
        person.confirmed === 1 || (keys.includes(personKey(person.name) ?? '') && personKey(name) !== personKey(person.name))
          ? person.name
          : name,
        c,
        at,
        person.id,
      );
    } else if (person.confirmed === 0) {
      // A parser's guess fills gaps: a country not known yet, the same name with its diacritics.
      const better = personKey(person.name) === personKey(name) && marks(name) > marks(person.name) ? name : person.name;
      if (better !== person.name || (person.country === null && c !== null))
        statement(db, 'UPDATE people SET name = ?, country = coalesce(country, ?), updated_at = ? WHERE id = ?').run(
          better,
          c,
          at,
          person.id,
        );
    }
    for (const form of forms) addFormRow(db, person.id, form, 'record', at);
    if (p.role?.trim())
      statement(
        db,
        'INSERT INTO person_roles (person_id, role, country, date, record_id, origin, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ).run(person.id, p.role.trim(), c, date, record.id, confirmed ? 'confirmed' : 'parser', at);
    statement(
      db,
      `INSERT INTO person_records (person_id, record_id, name, role, country, date, confirmed) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (person_id, record_id) DO UPDATE SET confirmed = max(confirmed, excluded.confirmed)`,
    ).run(person.id, record.id, name, p.role?.trim() || null, c, date, confirmed ? 1 : 0);
    touched.add(person.id);
  }

  // People the directory knows, named in the text in any script, whom the participant list left
  // out (the parser could not read "부이 타인 선"): the record names them, so they appear in it.
  if (texts.length > 0) {
    const known = knownForms(db);
    for (const key of opts.named ?? knownNamesIn(texts, known)) {
      const entry = known.get(key);
      if (!entry || touched.has(entry.id)) continue;
      const form = statement(db, 'SELECT form FROM person_forms WHERE folded = ?').get(key) as { form: string } | undefined;
      if (!form) continue;
      statement(
        db,
        `INSERT OR IGNORE INTO person_records (person_id, record_id, name, role, country, date, confirmed, how)
         VALUES (?, ?, ?, NULL, ?, ?, 0, 'named')`,
      ).run(entry.id, record.id, form.form, entry.country, date);
      touched.add(entry.id);
    }
  }

  // People only this record had taught, that nobody confirmed or edited, were the parser's mistake.
  const removedKeys: string[] = [];
  for (const id of before) {
    if (touched.has(id)) continue;
    const orphan = statement(
      db,
      `SELECT 1 FROM people p WHERE p.id = ? AND p.confirmed = 0 AND p.role IS NULL
          AND NOT EXISTS (SELECT 1 FROM person_records WHERE person_id = p.id)
          AND NOT EXISTS (SELECT 1 FROM person_forms WHERE person_id = p.id AND origin = 'user')`,
    ).get(id);
    if (!orphan) {
      touched.add(id);
      continue;
    }
    for (const r of statement(db, 'SELECT folded FROM person_forms WHERE person_id = ?').all(id) as { folded: string }[])
      removedKeys.push(r.folded);
    statement(db, 'DELETE FROM people WHERE id = ?').run(id);
  }
  refreshSnapshot(db, touched, removedKeys);
}

/** Whether a person settled a record's participant list (corrected or confirmed it). */
export function participantsSettled(record: {
  corrections?: readonly { field: string }[] | undefined;
  confirmations?: readonly { field: string }[] | undefined;
}): boolean {
  return (
    (record.corrections ?? []).some((c) => c.field === 'participants') ||
    (record.confirmations ?? []).some((c) => c.field === 'participants')
  );
}

/**
 * Migration 9: the directory from the records already in the library, oldest first (a corrected
 * participant list is the officer's word, so it counts as confirmed).
 */
export function backfillPeople(db: Db): void {
  const records = db
    .prepare(
      `SELECT r.id, r.meeting_date, r.published_at, r.participants_json,
              (SELECT value_json FROM record_corrections c WHERE c.record_id = r.id AND c.field = 'participants') AS corrected,
              EXISTS (SELECT 1 FROM record_confirmations k WHERE k.record_id = r.id AND k.field = 'participants') AS confirmed
         FROM records r ORDER BY coalesce(r.meeting_date, r.published_at, ''), r.imported_at`,
    )
    .all() as {
    id: string;
    meeting_date: string | null;
    published_at: string | null;
    participants_json: string;
    corrected: string | null;
    confirmed: number;
  }[];
  const paragraphs = db.prepare('SELECT text FROM paragraphs WHERE record_id = ? ORDER BY ordinal');
  for (const r of records) {
    let participants: Participant[];
    try {
      participants = JSON.parse(r.corrected ?? r.participants_json) as Participant[];
    } catch {
      continue;
    }
    if (!Array.isArray(participants) || !participants.some((p) => p?.name)) continue;
    learnFromRecord(
      db,
      {
        id: r.id,
        meetingDate: r.meeting_date,
        publishedAt: r.published_at,
        participants,
        paragraphs: paragraphs.all(r.id) as { text: string }[],
      },
      { confirmed: r.corrected !== null || r.confirmed === 1 },
    );
  }
}
