// A desk officer edits the directory: fixes a name, country or role, adds or removes a form of the
// name, merges two entries that are one person. Every edit marks the person confirmed, so what
// the parser reads later does not undo it.

import { normalizeCountry } from '../../shared/countries.ts';
import { fail } from '../../shared/errors.ts';
import type { PersonDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { dropSnapshot, getPerson, refreshSnapshot, requirePerson, statement } from './directory.ts';
import { addFormRow } from './learn.ts';
import { moveAll } from './move.ts';
import { personKey } from './names.ts';

export type PersonPatch = { name?: string | undefined; country?: string | null | undefined; role?: string | null | undefined };

const today = () => new Date().toISOString().slice(0, 10);

function touch(db: Db, id: string, at: string): void {
  statement(db, 'UPDATE people SET confirmed = 1, updated_at = ? WHERE id = ?').run(at, id);
}

/** Who holds a form's key, if anyone. */
function holder(db: Db, key: string): { id: string; name: string } | undefined {
  return statement(db, 'SELECT p.id, p.name FROM person_forms f JOIN people p ON p.id = f.person_id WHERE f.folded = ?').get(
    key,
  ) as { id: string; name: string } | undefined;
}

/**
 * Renames a person (the new name becomes a form of theirs), sets their country, or their role:
 * a role typed here is their role from today, shown above what the records say.
 */
export function updatePerson(db: Db, id: string, patch: PersonPatch): PersonDetail {
  requirePerson(db, id);
  const at = new Date().toISOString();
  transaction(db, () => {
    if (patch.name !== undefined) {
      const name = patch.name.normalize('NFC').trim();
      const key = personKey(name);
      if (!key) fail('BAD_INPUT', 'A person needs a name: type one with at least one letter.');
      const owner = holder(db, key);
      if (owner && owner.id !== id)
        fail('BAD_INPUT', `“${name}” is already a form of ${owner.name}: merge the two entries instead.`);
      if (!owner) addFormRow(db, id, name, 'user', at);
      statement(db, 'UPDATE people SET name = ? WHERE id = ?').run(name, id);
    }
    if (patch.country !== undefined) {
      const c = patch.country?.trim() ? (normalizeCountry(patch.country) ?? patch.country.trim()) : null;
      statement(db, 'UPDATE people SET country = ? WHERE id = ?').run(c, id);
    }
    if (patch.role !== undefined) {
      const role = patch.role?.trim() || null;
      statement(db, 'UPDATE people SET role = ? WHERE id = ?').run(role, id);
      if (role) {
        const country = (statement(db, 'SELECT country FROM people WHERE id = ?').get(id) as { country: string | null }).country;
        statement(
          db,
          `INSERT INTO person_roles (person_id, role, country, date, record_id, origin, seen_at) VALUES (?, ?, ?, ?, NULL, 'user', ?)`,
        ).run(id, role, country, today(), at);
      }
    }
    touch(db, id, at);
  });
  refreshSnapshot(db, [id]);
  return getPerson(db, id);
}

/** Adds a way of writing the name ("부이 타인 선"); a form another person holds is refused with the way out. */
export function addPersonForm(db: Db, id: string, form: string): PersonDetail {
  requirePerson(db, id);
  const clean = form.normalize('NFC').trim();
  const key = personKey(clean);
  if (!key) fail('BAD_INPUT', 'A form of a name needs at least one letter.');
  const owner = holder(db, key);
  if (owner && owner.id !== id)
    fail('BAD_INPUT', `“${clean}” is already a form of ${owner.name}: merge the two entries to make them one person.`);
  const at = new Date().toISOString();
  transaction(db, () => {
    if (!owner) addFormRow(db, id, clean, 'user', at);
    touch(db, id, at);
  });
  refreshSnapshot(db, [id]);
  return getPerson(db, id);
}

/**
 * Takes a form off a person (it was someone else's): the next record that writes it starts a
 * new entry. The last form cannot go; when the shown name goes, another form is shown.
 */
export function removePersonForm(db: Db, id: string, form: string): PersonDetail {
  const person = requirePerson(db, id);
  const key = personKey(form);
  const forms = statement(db, 'SELECT folded, form FROM person_forms WHERE person_id = ? ORDER BY origin DESC, form').all(id) as {
    folded: string;
    form: string;
  }[];
  if (!key || !forms.some((f) => f.folded === key))
    fail('NOT_FOUND', `“${form.trim()}” is not a form of ${person.name}'s name in the directory.`);
  if (forms.length === 1) fail('BAD_INPUT', `“${form.trim()}” is the only form of ${person.name}'s name; it cannot be removed.`);
  const at = new Date().toISOString();
  transaction(db, () => {
    statement(db, 'DELETE FROM person_forms WHERE folded = ? AND person_id = ?').run(key, id);
    if (personKey(person.name) === key) {
      const next = forms.find((f) => f.folded !== key)?.form ?? person.name;
      statement(db, 'UPDATE people SET name = ? WHERE id = ?').run(next, id);
    }
    touch(db, id, at);
  });
  refreshSnapshot(db, [id], [key]);
  return getPerson(db, id);
}

/**
 * Two entries are one person: every form, role and appearance of `mergeId` moves to `keepId`,
 * which keeps its name and takes the other's country and typed role where it has none.
 */
export function mergePeople(db: Db, keepId: string, mergeId: string): PersonDetail {
  if (keepId === mergeId) fail('BAD_INPUT', 'A person cannot be merged with themselves: choose another entry to merge.');
  const keep = requirePerson(db, keepId);
  const gone = requirePerson(db, mergeId);
  transaction(db, () => moveAll(db, keep, gone));
  dropSnapshot(db);
  return getPerson(db, keepId);
}
