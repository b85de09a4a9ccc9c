// A book's "Previous commitments" filled from the ledger. It lives with books: the library (and its
// ledger) never imports books; books read the ledger.
import { fail } from '../../shared/errors.ts';
import type { Book, CommitmentStatus, LedgerEntry } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { listLedger } from '../ledger/ledger.ts';
import { addPoint, getBook } from './books.ts';

const STATUS_WORDS: Record<CommitmentStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  dropped: 'Dropped',
};

/** The talking point a commitment becomes in "Previous commitments". */
export function commitmentPoint(e: LedgerEntry): string {
  const date = e.date ? ` (${e.date})` : '';
  return `${e.who} ${e.what}${date}. Status: ${STATUS_WORDS[e.status]}${e.note ? ` — ${e.note}` : ''}.`;
}

/**
 * Fills a book's "Previous commitments" with the counterpart's commitments in one step: the latest
 * occurrence of each (an earlier one that came up again is left to its later record), not dropped,
 * and not already cited there. Each point keeps its source paragraph.
 */
export function fillBook(db: Db, bookId: string, counterpart: string): { book: Book; added: number } {
  let book = getBook(db, bookId);
  const section = book.sections.find((s) => s.key === 'commitments');
  if (!section) fail('NOT_FOUND', `The book “${book.title}” has no “Previous commitments” section.`);
  const cited = new Set(section.points.map((p) => p.citation?.paragraphId).filter(Boolean));
  const entries = listLedger(db, { counterpart }).filter((e) => e.status !== 'dropped' && e.later.length === 0);
  let added = 0;
  for (const e of entries) {
    if (cited.has(e.paragraphId) && section.points.some((p) => p.text === commitmentPoint(e))) continue;
    book = addPoint(db, {
      bookId,
      section: section.id,
      recordId: e.recordId,
      paragraphId: e.paragraphId,
      text: commitmentPoint(e),
    });
    added++;
  }
  return { book, added };
}
