// The shipped topics, and the index of every record stored before topics existed (migration 006)
// or corrected by a release that did not index again after a correction: its side, countries,
// people, paragraph topics and commitments. Replaces the flag 'topics_pending' that every topic
// and ledger request used to check.
import type { DatabaseSync } from 'node:sqlite';
import { catalogueDue, writeCatalogue } from '../../topics/store.ts';
import { indexRecord } from '../../topics/tagging.ts';

export function up(db: DatabaseSync): void {
  if (catalogueDue(db)) writeCatalogue(db);
  const due = db
    .prepare(
      `SELECT r.id FROM records r LEFT JOIN record_sides s ON s.record_id = r.id
        WHERE s.record_id IS NULL
           OR EXISTS (SELECT 1 FROM record_corrections c WHERE c.record_id = r.id AND c.corrected_at > s.indexed_at)
        ORDER BY r.imported_at, r.id`,
    )
    .all() as { id: string }[];
  for (const { id } of due) indexRecord(db, id);
  db.exec(`DELETE FROM meta WHERE key = 'topics_pending'`);
}
