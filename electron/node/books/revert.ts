// Undo and redo as inverse operations applied to the book as it is now, not a snapshot written
// back: each edit of a step is taken back only where the thing still reads as the user left it.
// Where another writer (the CLI, another window) changed or removed it since, that edit is skipped
// and said so; every other writer's points and words stay.
import { bookPatchSchema } from '../../shared/schemas.ts';
import type { BookChange, BookEdit, PointState, RevertResult, SectionState } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { transaction } from '../db/statements.ts';
import { getBook, now, touch, updateBook } from './books.ts';
import { pointContent, pointStates, sectionContent, sectionStates } from './changes.ts';
import { pointContentValues } from './snapshot.ts';

type Direction = 'undo' | 'redo';
type PointEdit = Extract<BookEdit, { type: 'point' }>;
type SectionEdit = Extract<BookEdit, { type: 'section' }>;
type Place = { id: string; state: PointState | SectionState; parent: string | null };

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  meeting: 'meeting',
  meetingDate: 'meeting date',
  place: 'place',
  principal: 'principal',
  counterpart: 'counterpart',
  preparedBy: '“prepared by”',
  classification: 'classification',
};

const short = (text: string) => {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return 'An empty point';
  return `The point “${t.length > 48 ? `${t.slice(0, 47)}…` : t}”`;
};

/** Before and after as this direction reads them: undo expects the edit's after and writes its before. */
const ends = <S>(e: { before: S; after: S }, d: Direction) =>
  d === 'undo' ? { expected: e.after, target: e.before } : { expected: e.before, target: e.after };

function writePoint(db: Db, id: string, p: PointState, exists: boolean): void {
  const values = [p.sectionId, ...pointContentValues(p)];
  const stamp = now();
  // A point that comes back (or changes section) goes last for now; its place is set at the end.
  const last = (
    db.prepare('SELECT coalesce(max(ordinal), -1) + 1 AS n FROM points WHERE section_id = ?').get(p.sectionId) as {
      n: number;
    }
  ).n;
  if (exists) {
    db.prepare(
      `UPDATE points SET ordinal = CASE WHEN section_id = ? THEN ordinal ELSE ? END, section_id = ?, text = ?, kind = ?, marking = ?,
         drafted = ?, record_id = ?, paragraph_id = ?, cite_label = ?, cite_title = ?, cite_published_at = ?, source_text = ?,
         updated_at = ? WHERE id = ?`,
    ).run(p.sectionId, last, ...values, stamp, id);
  } else {
    db.prepare(
      `INSERT INTO points (id, ordinal, section_id, text, kind, marking, drafted, record_id, paragraph_id, cite_label, cite_title,
         cite_published_at, source_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, last, ...values, stamp, stamp);
  }
}

function writeOrdinals(db: Db, table: 'points' | 'sections', ids: readonly string[]): void {
  const set = db.prepare(`UPDATE ${table} SET ordinal = ? WHERE id = ?`);
  for (const [i, id] of ids.entries()) set.run(i, id);
}

/** Puts each item after the one it followed (or at its old index when that one is gone), first places first. */
function place(items: Place[], list: (parent: string | null) => string[], write: (ids: string[]) => void): void {
  const byParent = new Map<string | null, Place[]>();
  for (const item of items) byParent.set(item.parent, [...(byParent.get(item.parent) ?? []), item]);
  for (const [parent, group] of byParent) {
    const order = list(parent);
    for (const item of group.sort((a, b) => a.state.index - b.state.index)) {
      const from = order.indexOf(item.id);
      if (from === -1) continue;
      order.splice(from, 1);
      const anchor = item.state.after === null ? -1 : order.indexOf(item.state.after);
      const at = item.state.after === null ? 0 : anchor === -1 ? Math.min(item.state.index, order.length) : anchor + 1;
      order.splice(at, 0, item.id);
    }
    write(order);
  }
}

/** Takes a step back (undo) or does it again (redo) on the book as it is now; one transaction. */
export function revertChange(db: Db, change: BookChange, direction: Direction): RevertResult {
  const bookId = change.bookId;
  return transaction(db, () => {
    const book = getBook(db, bookId);
    const applied: BookEdit[] = [];
    const skipped: string[] = [];
    const places: Place[] = [];
    const sectionPlaces: Place[] = [];
    const touched = new Set<string>();

    for (const e of change.edits) {
      if (e.type !== 'book') continue;
      const { expected, target } = ends(e, direction);
      const current = book[e.field] ?? null;
      if (current === target) applied.push(e);
      else if (current !== expected) skipped.push(`The book’s ${FIELD_NAMES[e.field]} was changed elsewhere.`);
      else if (!bookPatchSchema.safeParse({ [e.field]: target }).success)
        skipped.push(`The book’s ${FIELD_NAMES[e.field]} cannot be set back.`);
      else {
        updateBook(db, bookId, { [e.field]: target });
        applied.push(e);
      }
    }

    const sections = sectionStates(book);
    const sectionEdits = change.edits.filter((e): e is SectionEdit => e.type === 'section');
    // Sections first (a point may come back into one), then points, then sections that go.
    for (const e of sectionEdits) {
      const { expected, target } = ends(e, direction);
      if (!target) continue;
      const current = sections.get(e.id) ?? null;
      const name = `The section “${target.title}”`;
      if (sectionContent(expected) === sectionContent(target)) {
        if (current) sectionPlaces.push({ id: e.id, state: target, parent: null });
        applied.push(e);
      } else if (sectionContent(current) === sectionContent(target)) applied.push(e);
      else if (sectionContent(current) !== sectionContent(expected))
        skipped.push(current ? `${name} was changed elsewhere.` : `${name} was removed elsewhere.`);
      else if (!current && db.prepare('SELECT 1 FROM sections WHERE id = ?').get(e.id))
        skipped.push(`${name} is in another book.`);
      else {
        if (current) db.prepare('UPDATE sections SET key = ?, title = ? WHERE id = ?').run(target.key, target.title, e.id);
        else
          db.prepare('INSERT INTO sections (id, book_id, key, title, ordinal) VALUES (?, ?, ?, ?, ?)').run(
            e.id,
            bookId,
            target.key,
            target.title,
            book.sections.length,
          );
        sectionPlaces.push({ id: e.id, state: target, parent: null });
        applied.push(e);
      }
    }

    const points = pointStates(book);
    const liveSections = new Set(
      (db.prepare('SELECT id FROM sections WHERE book_id = ?').all(bookId) as { id: string }[]).map((r) => r.id),
    );
    for (const e of change.edits.filter((x): x is PointEdit => x.type === 'point')) {
      const { expected, target } = ends(e, direction);
      const current = points.get(e.id) ?? null;
      const what = short((current ?? expected ?? target)?.text ?? '');
      if (expected && target && pointContent(expected) === pointContent(target)) {
        // Only its place changed: put it back if it is still in that section, else leave it be.
        if (current?.sectionId === target.sectionId) places.push({ id: e.id, state: target, parent: target.sectionId });
        applied.push(e);
      } else if (pointContent(current) === pointContent(target)) applied.push(e);
      else if (pointContent(current) !== pointContent(expected))
        skipped.push(`${what} was ${current ? 'changed' : 'deleted'} elsewhere.`);
      else if (target && !liveSections.has(target.sectionId))
        skipped.push(`${what} cannot come back: its section was removed elsewhere.`);
      else if (!current && db.prepare('SELECT 1 FROM points WHERE id = ?').get(e.id)) skipped.push(`${what} is in another book.`);
      else {
        if (current) touched.add(current.sectionId);
        if (target) {
          writePoint(db, e.id, target, current !== null);
          places.push({ id: e.id, state: target, parent: target.sectionId });
        } else db.prepare('DELETE FROM points WHERE id = ?').run(e.id);
        applied.push(e);
      }
    }

    for (const e of sectionEdits) {
      const { expected, target } = ends(e, direction);
      if (target) continue;
      const current = sections.get(e.id) ?? null;
      const name = `The section “${expected?.title ?? current?.title ?? ''}”`;
      const left = db.prepare('SELECT count(*) AS n FROM points WHERE section_id = ?').get(e.id) as { n: number };
      if (!current) applied.push(e);
      else if (sectionContent(current) !== sectionContent(expected)) skipped.push(`${name} was changed elsewhere.`);
      else if (left.n > 0) skipped.push(`${name} has points added elsewhere, so it stays.`);
      else {
        db.prepare('DELETE FROM sections WHERE id = ?').run(e.id);
        applied.push(e);
      }
    }

    const pointOrder = (sectionId: string | null) =>
      (db.prepare('SELECT id FROM points WHERE section_id = ? ORDER BY ordinal').all(sectionId) as { id: string }[]).map(
        (r) => r.id,
      );
    const writePoints = (ids: string[]) => writeOrdinals(db, 'points', ids);
    place(places, pointOrder, writePoints);
    // Sections a point left keep their numbering without gaps.
    for (const id of touched) writePoints(pointOrder(id));
    const sectionOrder = () =>
      (db.prepare('SELECT id FROM sections WHERE book_id = ? ORDER BY ordinal').all(bookId) as { id: string }[]).map((r) => r.id);
    const writeSections = (ids: string[]) => writeOrdinals(db, 'sections', ids);
    place(sectionPlaces, sectionOrder, writeSections);
    writeSections(sectionOrder());
    if (applied.length > 0) touch(db, bookId);
    return { book: getBook(db, bookId), applied: { bookId, edits: applied }, skipped };
  });
}
