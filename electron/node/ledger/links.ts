// Finding a commitment again: the same undertaking in another record of the same counterparts.
// Each commitment's content words are kept in commitment_words (migration 7); a new commitment
// looks up the newest ones sharing its two most specific words, by index seeks, so linking costs
// the same in a library of ten records or twenty thousand.
import { fold } from '../../shared/fold.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';

const STOP = new Set(
  'the and for with that this from their both two sides side will would agreed agree to of in on at by as be been its his her they them also further continue continued into between such other which who well more most very'.split(
    ' ',
  ),
);

/** The words that carry a commitment's meaning: folded, three letters or more, common words left out. */
export function contentWords(text: string): Set<string> {
  return new Set((fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w)));
}

/** Dice similarity of two word sets: 1 = the same words, 0 = none shared. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Two commitments this similar (or more) are the same one coming up again. */
export const LINK_SIMILARITY = 0.5;

export type Row = {
  id: string;
  record_id: string;
  what: string;
  date: string | null;
  countries: string;
  previous_id: string | null;
  similarity: number | null;
  created_at: string;
};

/** Records about the same relationship share a participant country (or one of them names none). */
function sameCounterparts(a: string, b: string): boolean {
  if (!a || !b) return true;
  const mine = new Set(a.split('|'));
  return b.split('|').some((c) => mine.has(c));
}

const earlier = (a: Row, b: Row): boolean =>
  a.date && b.date && a.date !== b.date ? a.date < b.date : a.created_at < b.created_at;

/**
 * Links a commitment to the same one in another record of the same counterparts. Candidates are
 * the newest commitments of other records sharing its two most specific words, read from the
 * word lookup by index seeks, so linking costs the same in a library of ten records or twenty
 * thousand.
 */
export function linkCommitment(db: Db, me: Row, words: Set<string>): void {
  const specific = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, 2);
  if (specific.length < 2) return;
  const candidates = statement(
    db,
    `SELECT c.id, c.record_id, c.what, c.date, c.countries, c.previous_id, c.similarity, c.created_at
         FROM commitment_words a
         JOIN commitment_words b ON b.word = ? AND b.k = a.k
         JOIN commitments c ON c.rowid = a.k
        WHERE a.word = ? AND c.record_id != ?
        ORDER BY a.k DESC LIMIT 12`,
  ).all(specific[1] as string, specific[0] as string, me.record_id) as Row[];
  let best: { row: Row; score: number } | null = null;
  for (const row of candidates) {
    if (!sameCounterparts(row.countries, me.countries)) continue;
    const score = similarity(words, contentWords(row.what));
    if (score < LINK_SIMILARITY) continue;
    if (earlier(row, me)) {
      if (!best || score > best.score) best = { row, score };
    } else if (row.previous_id === null || (row.similarity ?? 0) < score) {
      // An older record imported after a newer one: the newer commitment now points back to it.
      statement(db, 'UPDATE commitments SET previous_id = ?, similarity = ? WHERE id = ?').run(me.id, score, row.id);
    }
  }
  if (best)
    statement(db, 'UPDATE commitments SET previous_id = ?, similarity = ? WHERE id = ?').run(best.row.id, best.score, me.id);
}
