// Suggestions for a book from the library: previous commitments with the counterpart, and the
// people found in the records for "Participants and biographies".

import { fold } from '../../shared/fold.ts';
import type { Book, CommitmentSuggestion, ParticipantSuggestion, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { extractAllCommitments } from '../ledger/commitments.ts';
import { normalizeCountry } from '../library/parse/countries.ts';
import { getRecord, listRecords } from '../library/records.ts';
import { getBook } from './books.ts';
import { sideOf } from './drafting.ts';

const simple = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words of a counterpart description that name someone or somewhere ("Pham Binh Minh", "Viet Nam"). */
function counterpartWords(counterpart: string): string[] {
  const stop = new Set([
    'minister',
    'deputy',
    'prime',
    'foreign',
    'affairs',
    'the',
    'of',
    'and',
    'for',
    'fm',
    'mr',
    'ms',
    'mrs',
    'h',
    'e',
    'his',
    'her',
    'excellency',
    'president',
    'vice',
    'ambassador',
    'secretary',
    'general',
    'state',
  ]);
  return simple(counterpart)
    .split(' ')
    .filter((w) => w.length >= 3 && !stop.has(w));
}

/** A record concerns the counterpart when a participant, or the text, names them or their country. */
function concerns(record: RecordDetail, counterpart: string | null): boolean {
  if (!counterpart?.trim()) return true;
  // The counterpart's country, whichever country it is: a participant from it makes the record theirs too.
  const side = sideOf(counterpart);
  const words = counterpartWords(counterpart);
  const people = record.participants
    .map((p) => simple([p.name, p.role, p.country, ...p.aliases].filter(Boolean).join(' ')))
    .join(' | ');
  if (words.some((w) => new RegExp(`\\b${w}\\b`).test(people))) return true;
  if (side && record.participants.some((p) => p.country && (normalizeCountry(p.country) ?? p.country) === side)) return true;
  const body = simple(`${record.title} ${record.paragraphs.map((p) => p.text).join(' ')}`);
  return words.length > 0 && words.every((w) => body.includes(w));
}

function recordsBefore(db: Db, book: Book): RecordDetail[] {
  return listRecords(db)
    .filter(
      (r) =>
        !book.meetingDate ||
        !(r.meetingDate ?? r.publishedAt) ||
        (r.meetingDate ?? r.publishedAt ?? '') < (book.meetingDate ?? ''),
    )
    .map((r) => getRecord(db, r.id));
}

/** Commitments from earlier records that concern the book's counterpart, newest first, with their source. */
export function suggestCommitments(db: Db, bookId: string): CommitmentSuggestion[] {
  const book = getBook(db, bookId);
  const records = recordsBefore(db, book).filter((r) => concerns(r, book.counterpart));
  const byId = new Map(records.map((r) => [r.id, r]));
  const cited = new Set(book.sections.flatMap((s) => s.points.map((p) => p.citation?.paragraphId)).filter(Boolean));
  return extractAllCommitments(records, book.meetingDate).map((c) => {
    const record = byId.get(c.recordId);
    return {
      ...c,
      recordTitle: record?.title ?? '',
      label: record?.paragraphs.find((p) => p.id === c.paragraphId)?.label ?? '',
      inBook: cited.has(c.paragraphId),
    };
  });
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
