// Two entries of the directory become one: shared by a desk officer's merge and by a correction
// that writes two known names as one person.
import type { Db } from '../db/statements.ts';
import { statement } from './directory.ts';

/** Inside the caller's transaction: every form, role and appearance of `gone` moves to `keep`. */
export function moveAll(
  db: Db,
  keep: { id: string; country: string | null },
  gone: { id: string; country: string | null },
): void {
  const at = new Date().toISOString();
  statement(db, 'UPDATE person_forms SET person_id = ? WHERE person_id = ?').run(keep.id, gone.id);
  statement(db, 'UPDATE person_roles SET person_id = ? WHERE person_id = ?').run(keep.id, gone.id);
  // A record naming both (as two people) keeps one appearance.
  statement(db, 'UPDATE OR IGNORE person_records SET person_id = ? WHERE person_id = ?').run(keep.id, gone.id);
  statement(db, 'DELETE FROM person_records WHERE person_id = ?').run(gone.id);
  statement(
    db,
    `UPDATE people SET country = coalesce(country, ?), role = coalesce(role, (SELECT role FROM people WHERE id = ?)),
       confirmed = 1, updated_at = ? WHERE id = ?`,
  ).run(gone.country ?? keep.country, gone.id, at, keep.id);
  statement(db, 'DELETE FROM people WHERE id = ?').run(gone.id);
}
