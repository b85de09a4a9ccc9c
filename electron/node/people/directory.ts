// Reading the people directory: the list, one person with their forms, roles over time and
// records, a name resolved to its person (for search, the ledger and drafting), and the snapshot
// the parser reads while it imports (every known form folded → the person's name, role and country).
import type { DatabaseSync } from 'node:sqlite';
import { fail } from '../../shared/errors.ts';
import type { KnownPerson, PeopleDirectory } from '../../shared/people.ts';
import type { PersonDetail, PersonForm, PersonRef, PersonRole, PersonSummary } from '../../shared/types.ts';
import { statement } from '../db/statements.ts';
import { personKey } from './names.ts';

type Db = DatabaseSync;

export type { KnownPerson, PeopleDirectory };

export { statement };

/** The latest role: the one typed by a desk officer, else the newest a record gives (confirmed first on the same day). */
const LATEST_ROLE = `coalesce(p.role, (SELECT r.role FROM person_roles r WHERE r.person_id = p.id
  ORDER BY coalesce(r.date, '') DESC, (r.origin != 'parser') DESC, r.id DESC LIMIT 1))`;

type PersonRow = {
  id: string;
  name: string;
  country: string | null;
  latest_role: string | null;
  confirmed: number;
  updated_at: string;
  record_count: number;
};

const PERSON_COLUMNS = `p.id, p.name, p.country, ${LATEST_ROLE} AS latest_role, p.confirmed, p.updated_at,
  (SELECT count(*) FROM person_records pr WHERE pr.person_id = p.id) AS record_count`;

function formsByPerson(db: Db, ids: readonly string[]): Map<string, { form: string; script: string; origin: string }[]> {
  const out = new Map<string, { form: string; script: string; origin: string }[]>();
  const rows = statement(
    db,
    `SELECT person_id, form, script, origin FROM person_forms WHERE person_id IN (SELECT value FROM json_each(?))
      ORDER BY origin = 'user', form`,
  ).all(JSON.stringify(ids)) as { person_id: string; form: string; script: string; origin: string }[];
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    if (list.length === 0) out.set(r.person_id, list);
    list.push(r);
  }
  return out;
}

function toSummary(row: PersonRow, forms: { form: string }[]): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    otherForms: forms.map((f) => f.form).filter((f) => f !== row.name),
    country: row.country,
    role: row.latest_role,
    recordCount: row.record_count,
    confirmed: row.confirmed === 1,
    updatedAt: row.updated_at,
  };
}

/**
 * The directory, most-met first. A query matches any form in any script, diacritics ignored
 * ("bui" finds "Bùi Thanh Sơn"), or the country or role.
 */
export function listPeople(db: Db, query = '', limit = 500): PersonSummary[] {
  const q = personKey(query) ?? '';
  const rows = (
    q
      ? statement(
          db,
          `SELECT ${PERSON_COLUMNS} FROM people p
            WHERE p.id IN (SELECT person_id FROM person_forms WHERE instr(folded, ?) > 0)
               OR instr(lower(coalesce(p.country, '')), ?) > 0 OR instr(lower(coalesce(${LATEST_ROLE}, '')), ?) > 0
            ORDER BY record_count DESC, p.name LIMIT ?`,
        ).all(q, q, q, limit)
      : statement(db, `SELECT ${PERSON_COLUMNS} FROM people p ORDER BY record_count DESC, p.name LIMIT ?`).all(limit)
  ) as PersonRow[];
  const forms = formsByPerson(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toSummary(r, forms.get(r.id) ?? []));
}

export function requirePerson(db: Db, id: string): PersonRow {
  const row = statement(db, `SELECT ${PERSON_COLUMNS} FROM people p WHERE p.id = ?`).get(id) as PersonRow | undefined;
  if (!row) fail('NOT_FOUND', `There is no person with id ${id} in the people directory.`);
  return row;
}

/** One person: every form of the name, each role over time with the records it comes from, and their records. */
export function getPerson(db: Db, id: string): PersonDetail {
  const row = requirePerson(db, id);
  const forms = formsByPerson(db, [id]).get(id) ?? [];
  const roleRows = db
    .prepare(
      `SELECT pr.role, pr.country, pr.date, pr.record_id, pr.origin, r.title
         FROM person_roles pr LEFT JOIN records r ON r.id = pr.record_id
        WHERE pr.person_id = ? ORDER BY coalesce(pr.date, ''), pr.id`,
    )
    .all(id) as {
    role: string;
    country: string | null;
    date: string | null;
    record_id: string | null;
    origin: string;
    title: string | null;
  }[];
  const roles = new Map<string, PersonRole>();
  for (const r of roleRows) {
    const key = `${personKey(r.role) ?? r.role}\n${r.country ?? ''}`;
    let role = roles.get(key);
    if (!role) {
      role = { role: r.role, country: r.country, from: r.date, to: r.date, byUser: false, confirmed: false, records: [] };
      roles.set(key, role);
    }
    if (r.date && (!role.from || r.date < role.from)) role.from = r.date;
    if (r.date && (!role.to || r.date > role.to)) role.to = r.date;
    if (r.origin === 'user') role.byUser = true;
    if (r.origin !== 'parser') role.confirmed = true;
    if (r.record_id && !role.records.some((x) => x.recordId === r.record_id))
      role.records.push({ recordId: r.record_id, title: r.title ?? r.record_id, date: r.date });
  }
  const records = (
    db
      .prepare(
        `SELECT pr.record_id, r.title, pr.date, pr.name, pr.role, pr.country, pr.confirmed, pr.how
           FROM person_records pr JOIN records r ON r.id = pr.record_id
          WHERE pr.person_id = ? ORDER BY coalesce(pr.date, '') DESC, r.title`,
      )
      .all(id) as {
      record_id: string;
      title: string;
      date: string | null;
      name: string;
      role: string | null;
      country: string | null;
      confirmed: number;
      how: 'participant' | 'named';
    }[]
  ).map((r) => ({
    recordId: r.record_id,
    title: r.title,
    date: r.date,
    nameAsWritten: r.name,
    role: r.role,
    country: r.country,
    confirmed: r.confirmed === 1,
    how: r.how,
  }));
  return {
    ...toSummary(row, forms),
    forms: forms.map((f): PersonForm => ({ form: f.form, script: f.script, byUser: f.origin === 'user' })),
    // Newest role first: "Minister of Foreign Affairs" (2021–2024) above "Deputy Minister" (2016–2020).
    roles: [...roles.values()].sort((a, b) => (b.to ?? '').localeCompare(a.to ?? '')),
    records,
  };
}

/** The person a name belongs to, by any of its forms in any script (diacritics and case ignored). */
export function resolvePerson(db: Db, name: string | null | undefined): PersonRef | null {
  const key = personKey(name);
  if (!key) return null;
  const row = statement(db, 'SELECT p.id, p.name FROM person_forms f JOIN people p ON p.id = f.person_id WHERE f.folded = ?').get(
    key,
  ) as PersonRef | undefined;
  return row ? { id: row.id, name: row.name } : null;
}

/** A person id, or a name in any of its forms: the person, if the directory knows them. */
export function personFor(db: Db, idOrName: string): PersonRef | null {
  const byId = statement(db, 'SELECT id, name FROM people WHERE id = ?').get(idOrName) as PersonRef | undefined;
  return byId ? { id: byId.id, name: byId.name } : resolvePerson(db, idOrName);
}

/** Every form of a person's name. */
export function formsOfPerson(db: Db, id: string): string[] {
  return (statement(db, 'SELECT form FROM person_forms WHERE person_id = ? ORDER BY form').all(id) as { form: string }[]).map(
    (r) => r.form,
  );
}

// —— The parser's snapshot ——
// Built once per connection (every known form, folded, in a Map) and kept up to date by the
// directory's own writes on that connection; a write by another connection (PRAGMA data_version
// moves) makes the next import read it again.

/** A known person as the snapshot holds them: with their id, for the directory's own use. */
export type KnownEntry = KnownPerson & { id: string };
type Snapshot = { known: Map<string, KnownEntry> | null; dataVersion: number };
const snapshots = new WeakMap<Db, Snapshot>();

const dataVersion = (db: Db): number => (statement(db, 'PRAGMA data_version').get() as { data_version: number }).data_version;

function knownOf(db: Db, id: string): KnownEntry | null {
  const row = statement(db, `SELECT p.id, p.name, p.country, ${LATEST_ROLE} AS role FROM people p WHERE p.id = ?`).get(id) as
    | KnownEntry
    | undefined;
  return row ? { id: row.id, name: row.name, role: row.role, country: row.country } : null;
}

function load(db: Db): Map<string, KnownEntry> {
  const byPerson = new Map<string, KnownEntry>();
  for (const r of db.prepare(`SELECT p.id, p.name, p.country, ${LATEST_ROLE} AS role FROM people p`).all() as KnownEntry[])
    byPerson.set(r.id, { id: r.id, name: r.name, role: r.role, country: r.country });
  const known = new Map<string, KnownEntry>();
  for (const f of db.prepare('SELECT folded, person_id FROM person_forms').all() as { folded: string; person_id: string }[]) {
    const person = byPerson.get(f.person_id);
    if (person) known.set(f.folded, person);
  }
  return known;
}

function snapshot(db: Db): Snapshot {
  const version = dataVersion(db);
  let snap = snapshots.get(db);
  if (!snap || snap.dataVersion !== version) {
    snap = { known: null, dataVersion: version };
    snapshots.set(db, snap);
  }
  return snap;
}

/** Every known form, folded → the person (read once per connection). */
export function knownForms(db: Db): Map<string, KnownEntry> {
  const snap = snapshot(db);
  snap.known ??= load(db);
  return snap.known;
}

/**
 * The directory as the parser sees it. Cheap to ask for before every record: the forms are read
 * once (on the first lookup) and kept for the connection.
 */
/** personKey of what the parser asks about, remembered ("Foreign Minister" comes back in every record); bounded. */
const spanKeys = new Map<string, string | null>();
function spanKey(name: string): string | null {
  let key = spanKeys.get(name);
  if (key === undefined) {
    if (spanKeys.size >= 50_000) spanKeys.clear();
    key = personKey(name);
    spanKeys.set(name, key);
  }
  return key;
}

export function peopleDirectory(db: Db): PeopleDirectory {
  const current = snapshot(db);
  return {
    lookup(name) {
      const key = spanKey(name);
      if (!key) return null;
      current.known ??= load(db);
      const found = current.known.get(key);
      return found ? { name: found.name, role: found.role, country: found.country } : null;
    },
  };
}

/** After the directory changed on this connection: the people touched, as they are now, in the snapshot. */
export function refreshSnapshot(db: Db, personIds: Iterable<string>, removedKeys: Iterable<string> = []): void {
  const snap = snapshots.get(db);
  if (!snap?.known) return;
  for (const key of removedKeys) snap.known.delete(key);
  for (const id of personIds) {
    const known = knownOf(db, id);
    const keys = statement(db, 'SELECT folded FROM person_forms WHERE person_id = ?').all(id) as { folded: string }[];
    for (const { folded } of keys) {
      if (known) snap.known.set(folded, known);
      else snap.known.delete(folded);
    }
  }
}

/** Forget the snapshot (a merge, a removed person): the next lookup reads the directory again. */
export function dropSnapshot(db: Db): void {
  snapshots.delete(db);
}

/**
 * The country of the person a description names, if the directory knows them: "Foreign Minister
 * Yoko Kamikawa" → the person "Yoko Kamikawa" (or "Kamikawa") → Japan. The name is the
 * description's last words, as titles come first in English; a title-last form ("박진 장관") is
 * tried from the front too.
 */
export function countryOfPersonNamed(db: Db, description: string | null | undefined): string | null {
  const words = (description ?? '').replace(/[(),]/g, ' ').trim().split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (const name of [words.slice(-n).join(' '), words.slice(0, n).join(' ')]) {
      const ref = resolvePerson(db, name);
      if (!ref) continue;
      const row = statement(db, 'SELECT country FROM people WHERE id = ?').get(ref.id) as { country: string | null } | undefined;
      if (row?.country) return row.country;
    }
  }
  return null;
}
