// The people directory: everyone the records name, with their name in every script and spelling,
// their roles over time and the records they appear in.
// - people: one row per person; `role` is a role a desk officer typed (it wins over roles read
//   from records); `confirmed` = a desk officer confirmed, corrected or edited the entry, so
//   what the parser reads never overwrites its name or country.
// - person_forms: every form of the name ("Bùi Thanh Sơn", "Bui Thanh Son", "부이 타인 선"); the
//   key is the folded form (lower case, no diacritics, đ → d), one person per key.
// - person_roles: each role as a record gave it (with the record and its date), or as typed.
// - person_records: who appears in which record, written how; `how` is 'participant' (the record's
//   participant list) or 'named' (the text writes a known form of their name, in any script).
// The back-fill reads the participants of every record already in the library (corrected lists
// count as confirmed) through the same code that learns from a newly stored record.
import type { DatabaseSync } from 'node:sqlite';
import { backfillPeople } from '../../people/learn.ts';

export const sql = `
CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  country TEXT,
  role TEXT,
  confirmed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_by_name ON people(name);

CREATE TABLE person_forms (
  folded TEXT PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  form TEXT NOT NULL,
  script TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT 'record',
  added_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX person_forms_by_person ON person_forms(person_id);

CREATE TABLE person_roles (
  id INTEGER PRIMARY KEY,
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  country TEXT,
  date TEXT,
  record_id TEXT REFERENCES records(id) ON DELETE CASCADE,
  origin TEXT NOT NULL,
  seen_at TEXT NOT NULL
);
CREATE INDEX person_roles_by_person ON person_roles(person_id, date);
CREATE INDEX person_roles_by_record ON person_roles(record_id);

CREATE TABLE person_records (
  person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  country TEXT,
  date TEXT,
  confirmed INTEGER NOT NULL DEFAULT 0,
  how TEXT NOT NULL DEFAULT 'participant',
  PRIMARY KEY (person_id, record_id)
) WITHOUT ROWID;
CREATE INDEX person_records_by_record ON person_records(record_id);
`;

export function run(db: DatabaseSync): void {
  backfillPeople(db);
}
