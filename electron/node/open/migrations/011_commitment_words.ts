// The word lookup of the commitments stored before it existed (migration 007 made the table; the
// words are folded in JavaScript, so SQL alone cannot fill it). Replaces the flag
// 'commitment_words_pending' that the ledger used to check on every import.
import type { DatabaseSync } from 'node:sqlite';
import { contentWords } from '../../ledger/links.ts';

export function up(db: DatabaseSync): void {
  const add = db.prepare('INSERT OR IGNORE INTO commitment_words (word, k) VALUES (?, ?)');
  for (const c of db.prepare('SELECT rowid AS k, what FROM commitments').all() as { k: number; what: string }[]) {
    for (const w of contentWords(c.what)) add.run(w, c.k);
  }
  db.exec(`DELETE FROM meta WHERE key = 'commitment_words_pending'`);
}
