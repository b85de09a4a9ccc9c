// The desk's shared people directory ('desk:people'): the edits an officer makes by hand (a merge,
// a form of a name, a name, country or role fixed) reach the other laptops and are made there
// through the directory's own functions. Each laptop numbers its people itself, so an edit names
// the person by a form of their name, which every laptop's directory resolves. For each field of
// each person the latest edit wins, whoever made it.
import type * as Y from 'yjs';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { resolvePerson } from '../people/directory.ts';
import { addPersonForm, mergePeople, type PersonPatch, removePersonForm, updatePerson } from '../people/edit.ts';
import { personKey } from '../people/names.ts';
import { deskSettings, editDoc } from './store.ts';

export const PEOPLE_DOC = 'desk:people';

type Field = keyof PersonPatch;
export type PeopleEdit =
  | { kind: 'field'; person: string; field: Field; value: string | null }
  | { kind: 'form'; person: string; form: string; removed?: boolean }
  | { kind: 'merge'; keep: string; gone: string };
type Shared = PeopleEdit & { at: string; officer: string };

const editsOf = (doc: Y.Doc) => doc.getMap<string>('edits');

/** The entry an edit takes: one per officer for a field, so the latest of several officers' edits can be told. */
// A form added and the same form removed share an entry: the later of the two stands.
function entryKey(edit: PeopleEdit, officer: string): string {
  if (edit.kind === 'merge') return `merge|${personKey(edit.keep)}|${personKey(edit.gone)}`;
  if (edit.kind === 'form') return `form|${personKey(edit.person)}|${personKey(edit.form)}`;
  return `field|${personKey(edit.person)}|${edit.field}|${officer}`;
}

/** After a hand edit of the directory on a library joined to a desk: the edit goes into the shared directory. */
export function deskPeopleEdited(db: Db, edits: PeopleEdit[]): void {
  const officer = deskSettings(db)?.officer;
  if (!officer) return;
  const at = new Date().toISOString();
  editDoc(db, PEOPLE_DOC, null, (doc) => {
    for (const edit of edits) editsOf(doc).set(entryKey(edit, officer), JSON.stringify({ ...edit, at, officer }));
  });
}

const current = (db: Db, id: string) =>
  statement(db, 'SELECT name, country, role FROM people WHERE id = ?').get(id) as Record<Field, string | null>;

/** The edits a patch made (call after it), naming the person as they were named before it: how the other laptops know them. */
export function patchEdits(db: Db, id: string, patch: PersonPatch, namedBefore: string): PeopleEdit[] {
  const after = current(db, id);
  return (['name', 'country', 'role'] as const)
    .filter((field) => patch[field] !== undefined)
    .map((field) => ({ kind: 'field', person: namedBefore, field, value: after[field] }));
}

/** Makes here the edits the shared directory holds that this directory lacks; returns how many it made. */
export function applyPeople(db: Db, doc: Y.Doc): number {
  const all = [...editsOf(doc).values()].map((json) => JSON.parse(json) as Shared);
  // The latest edit of each field of each person; then every edit in the order it was made.
  const latest = new Map<string, Shared>();
  for (const e of all) {
    if (e.kind !== 'field') continue;
    const key = `${personKey(e.person)}|${e.field}`;
    const known = latest.get(key);
    if (!known || e.at > known.at) latest.set(key, e);
  }
  const edits = [...all.filter((e) => e.kind !== 'field'), ...latest.values()].sort((a, b) => a.at.localeCompare(b.at));
  let applied = 0;
  for (const e of edits) {
    try {
      if (applyOne(db, e)) applied++;
    } catch {
      // The edit does not fit this directory (a name now someone else's): the directory stays as it is.
    }
  }
  return applied;
}

function applyOne(db: Db, e: Shared): boolean {
  if (e.kind === 'merge') {
    const keep = resolvePerson(db, e.keep);
    const gone = resolvePerson(db, e.gone);
    if (!keep || !gone || keep.id === gone.id) return false;
    mergePeople(db, keep.id, gone.id);
    return true;
  }
  const person = resolvePerson(db, e.person);
  // A person this laptop has not met yet: their records bring them, and a later sync the edit.
  if (!person) return false;
  if (e.kind === 'form') {
    const holder = resolvePerson(db, e.form);
    if (e.removed) {
      // The form was someone else's: it leaves this person here too (not a namesake's).
      if (holder?.id !== person.id) return false;
      removePersonForm(db, person.id, e.form);
      return true;
    }
    if (holder) return false;
    addPersonForm(db, person.id, e.form);
    return true;
  }
  const now = current(db, person.id)[e.field];
  if ((now ?? null) === (e.value?.trim() || null)) return false;
  updatePerson(db, person.id, { [e.field]: e.value });
  return true;
}
