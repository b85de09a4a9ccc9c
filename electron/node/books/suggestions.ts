// Suggestions for a book from the library: previous commitments with the counterpart, and the
// people found in the records for "Participants and biographies".

import { fold } from '../../shared/fold.ts';
import type { CommitmentSuggestion, ParticipantSuggestion } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { getRecord, listRecords } from '../library/records.ts';
import { getBook } from './books.ts';
import { previousCommitments } from './commitments.ts';

const simple = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Commitments from earlier records with the book's counterpart, newest first, with their source:
 * the ledger's (previousCommitments), as "Previous commitments" is filled.
 */
export function suggestCommitments(db: Db, bookId: string): CommitmentSuggestion[] {
  const book = getBook(db, bookId);
  const cited = new Set(book.sections.flatMap((s) => s.points.map((p) => p.citation?.paragraphId)).filter(Boolean));
  return previousCommitments(db, book, book.counterpart).map((e) => ({
    who: e.who,
    what: e.sentence,
    kind: e.kind,
    recordId: e.recordId,
    paragraphId: e.paragraphId,
    date: e.date,
    recordTitle: e.recordTitle,
    label: e.label,
    inBook: cited.has(e.paragraphId),
  }));
}

/**
 * Everyone the records name, merged by name (diacritics and case ignored), with the meetings they
 * attended; people known only by a role ("the Korean diplomat") are left out, there is no one to write up.
 */
export function suggestParticipants(db: Db, bookId: string): ParticipantSuggestion[] {
  const book = getBook(db, bookId);
  const written = simple(book.sections.flatMap((s) => s.points.map((p) => p.text)).join(' '));
  const people = new Map<string, ParticipantSuggestion>();
  for (const summary of listRecords(db)) {
    const record = getRecord(db, summary.id);
    for (const p of record.participants) {
      if (!p.name) continue;
      const key = simple(p.name);
      const entry = people.get(key) ?? {
        name: p.name,
        role: p.role,
        country: p.country,
        meetings: [],
        inBook: written.includes(key),
        draft: '',
      };
      entry.role ??= p.role;
      entry.country ??= p.country;
      if (!entry.meetings.some((m) => m.recordId === record.id)) {
        entry.meetings.push({ recordId: record.id, title: record.title, date: record.meetingDate ?? record.publishedAt });
      }
      people.set(key, entry);
    }
  }
  return [...people.values()]
    .map((p) => {
      const sorted = { ...p, meetings: p.meetings.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')) };
      return { ...sorted, draft: participantPointText(sorted) };
    })
    .sort((a, b) => (a.country ?? '').localeCompare(b.country ?? '') || a.name.localeCompare(b.name));
}

/** The starting text of a participant's point: what the records say, and what the user must add. */
export function participantPointText(p: Omit<ParticipantSuggestion, 'draft'>): string {
  const head = [`**${p.name}**`, p.role, p.country].filter(Boolean).join(', ');
  const meetings = p.meetings.map((m) => `- ${m.title}${m.date ? ` (${m.date})` : ''}`);
  return [head, ...(meetings.length ? ['Met at:', ...meetings] : []), 'Biography: (to be completed)'].join('\n');
}
