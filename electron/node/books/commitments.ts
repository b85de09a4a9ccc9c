// A book's "Previous commitments" filled from the ledger. It lives with books: the library (and its
// ledger) never imports books; books read the ledger.
import { fail } from '../../shared/errors.ts';
import type { Book, CommitmentStatus, LedgerEntry } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { listLedger } from '../ledger/ledger.ts';
import { countryOfPersonNamed, personFor } from '../people/directory.ts';
import { getBook } from './books.ts';
import { sideOf } from './drafting.ts';
import { addPoint } from './points.ts';

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
 * The one way a book reads earlier commitments (its suggestions and filling "Previous
 * commitments"): the ledger's entries with the counterpart, newest first, from records dated
 * before the book's meeting. The counterpart is a country, words naming one ("Foreign Minister of
 * Viet Nam") or a person the directory knows ("Deputy Prime Minister Pham Binh Minh": Viet Nam;
 * without a country, the records they took part in); none: every entry.
 */
export function previousCommitments(db: Db, book: Book, counterpart: string | null): LedgerEntry[] {
  const country = sideOf(counterpart) ?? countryOfPersonNamed(db, counterpart);
  let entries: LedgerEntry[];
  if (country) entries = listLedger(db, { counterpart: country });
  else if (counterpart?.trim()) {
    const person = personFor(db, counterpart);
    entries = person ? listLedger(db, { recordIds: recordsOf(db, person.id) }) : [];
  } else entries = listLedger(db);
  const before = book.meetingDate;
  return before ? entries.filter((e) => !e.date || e.date < before) : entries;
}

const recordsOf = (db: Db, personId: string) =>
  (db.prepare('SELECT record_id FROM person_records WHERE person_id = ?').all(personId) as { record_id: string }[]).map(
    (r) => r.record_id,
  );

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
  const entries = previousCommitments(db, book, counterpart).filter((e) => e.status !== 'dropped' && e.later.length === 0);
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
