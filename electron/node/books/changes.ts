// What one edit did to a book, as data: the app keeps it as its own undo step (books.revert takes
// it back). Recorded by comparing the book just before and just after the edit inside one write
// transaction, so no other writer's change can slip in between and be taken for the user's.
import { longestIncreasing } from '../../shared/order.ts';
import {
  BOOK_FIELDS,
  type Book,
  type BookChange,
  type BookEdit,
  type PointState,
  type SectionState,
} from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { getBook } from './books.ts';

export { BOOK_FIELDS };

export function pointStates(book: Book): Map<string, PointState> {
  const states = new Map<string, PointState>();
  for (const s of book.sections)
    s.points.forEach((p, i) => {
      states.set(p.id, {
        sectionId: s.id,
        after: s.points[i - 1]?.id ?? null,
        index: i,
        text: p.text,
        kind: p.kind,
        marking: p.marking,
        drafted: p.drafted ?? false,
        citation: p.citation,
      });
    });
  return states;
}

export function sectionStates(book: Book): Map<string, SectionState> {
  const states = new Map<string, SectionState>();
  book.sections.forEach((s, i) => {
    states.set(s.id, { after: book.sections[i - 1]?.id ?? null, index: i, key: s.key, title: s.title });
  });
  return states;
}

/** What a point or section says, without where it stands: another writer's change to it is a conflict. */
export function pointContent(p: PointState | null | undefined): string {
  if (!p) return 'none';
  return JSON.stringify([p.sectionId, p.text, p.kind, p.marking, p.drafted, p.citation]);
}

export function sectionContent(s: SectionState | null | undefined): string {
  return s ? JSON.stringify([s.key, s.title]) : 'none';
}

/**
 * The items an edit moved: of those in the same list before and after, the fewest whose order
 * changed (all but the longest run kept in order). A neighbour of an inserted or deleted item has a
 * new place too, but it was not moved, and undo must not move it (another writer may have since).
 */
export function movedIds(before: readonly string[], after: readonly string[]): Set<string> {
  const at = new Map(before.map((id, i) => [id, i]));
  const kept = after.filter((id) => at.has(id));
  const rank = kept.map((id) => at.get(id) as number);
  const inOrder = new Set(longestIncreasing(rank).map((i) => kept[i] as string));
  return new Set(kept.filter((id) => !inOrder.has(id)));
}

const pointsIn = (book: Book) => new Map(book.sections.map((s) => [s.id, s.points.map((p) => p.id)]));

export function diffBooks(before: Book, after: Book): BookChange {
  const edits: BookEdit[] = [];
  for (const field of BOOK_FIELDS) {
    if (before[field] !== after[field]) edits.push({ type: 'book', field, before: before[field], after: after[field] });
  }
  const [s0, s1] = [sectionStates(before), sectionStates(after)];
  const movedSections = movedIds(
    before.sections.map((s) => s.id),
    after.sections.map((s) => s.id),
  );
  for (const id of new Set([...s0.keys(), ...s1.keys()])) {
    const [b, a] = [s0.get(id), s1.get(id)];
    if (sectionContent(b) !== sectionContent(a) || movedSections.has(id))
      edits.push({ type: 'section', id, before: b ?? null, after: a ?? null });
  }
  const [p0, p1] = [pointStates(before), pointStates(after)];
  const [order0, order1] = [pointsIn(before), pointsIn(after)];
  const movedPoints = new Set<string>();
  for (const [sectionId, ids] of order1) for (const id of movedIds(order0.get(sectionId) ?? [], ids)) movedPoints.add(id);
  for (const id of new Set([...p0.keys(), ...p1.keys()])) {
    const [b, a] = [p0.get(id), p1.get(id)];
    if (pointContent(b) !== pointContent(a) || movedPoints.has(id))
      edits.push({ type: 'point', id, before: b ?? null, after: a ?? null });
  }
  return { bookId: after.id, edits };
}

/** Runs an edit to one book and returns the book with `change`: what the edit did, for undo. */
export function recordChange(db: Db, bookId: string, edit: () => Book): Book {
  return transaction(db, () => {
    const before = getBook(db, bookId);
    const after = edit();
    return { ...after, change: diffBooks(before, after) };
  });
}
