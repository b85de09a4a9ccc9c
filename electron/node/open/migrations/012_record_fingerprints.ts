// The fingerprints (migration 004) of the records stored before they existed, so the same record
// imported again in another format is recognised from the first import after the upgrade.
import type { DatabaseSync } from 'node:sqlite';
import { fingerprint, storeFingerprint } from '../../library/duplicates.ts';

export function up(db: DatabaseSync): void {
  const missing = db
    .prepare('SELECT r.id FROM records r LEFT JOIN record_fingerprints f ON f.record_id = r.id WHERE f.record_id IS NULL')
    .all() as { id: string }[];
  const texts = db.prepare('SELECT text FROM paragraphs WHERE record_id = ? ORDER BY ordinal');
  for (const { id } of missing) {
    const paragraphs = (texts.all(id) as { text: string }[]).map((p) => p.text);
    storeFingerprint(db, id, fingerprint(paragraphs));
  }
}
