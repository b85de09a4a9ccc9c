// A briefing book as a Yjs document, the shape every laptop and the desk server share.
// Points live in one map by id and the sections only list their ids, so a point moved by one
// officer (its id leaves one list and joins another) and reworded by another (its Y.Text) keeps
// both changes: a move never copies the wording. Each wording is a Y.Text, so two officers typing
// in the same point keep both edits.

import * as Y from 'yjs';
import { highestMarking } from '../../shared/classification.ts';
import { longestIncreasing } from '../../shared/order.ts';
import { BOOK_FIELDS, type Book, type Citation, type Classification, type PointKind } from '../../shared/types.ts';
import type { BookSnapshot } from '../books/snapshot.ts';

/** The origin of the edits made on this laptop: the undo manager tracks only these. */
export const LOCAL_ORIGIN = 'briefbook-local';

const properties = (doc: Y.Doc) => doc.getMap<unknown>('book');
const sectionMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('sections');
const sectionOrder = (doc: Y.Doc) => doc.getArray<string>('sectionOrder');
const pointMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('points');

/** Changes a Y.Text to `next` by the one span that differs, so concurrent edits elsewhere in it survive. */
export function setText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const max = Math.min(current.length, next.length);
  while (start < max && current[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  const removed = current.length - start - end;
  if (removed > 0) text.delete(start, removed);
  const inserted = next.slice(start, next.length - end);
  if (inserted) text.insert(start, inserted);
}

function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  const current = map.get(key);
  const same =
    typeof value === 'object' && value !== null ? JSON.stringify(current) === JSON.stringify(value) : current === value;
  if (!same || !map.has(key)) map.set(key, value);
}

/**
 * Makes `list` hold `wanted` in order with the fewest deletions and insertions: the ids already in
 * order stay where they are (another officer's insert next to them keeps its place).
 */
function setOrder(list: Y.Array<string>, wanted: readonly string[]): void {
  const want = new Set(wanted);
  const current = list.toArray();
  // Keep the longest run of ids already in the wanted order; drop the rest and reinsert them.
  const rank = new Map(wanted.map((id, i) => [id, i]));
  const kept = keptInOrder(current.filter((id) => want.has(id)).map((id) => rank.get(id) as number));
  const keep = new Set(kept.map((r) => wanted[r] as string));
  const seen = new Set<string>();
  for (let i = current.length - 1; i >= 0; i--) {
    const id = current[i] as string;
    if (!keep.has(id) || seen.has(id)) list.delete(i, 1);
    else seen.add(id);
  }
  wanted.forEach((id, i) => {
    if (list.get(i) !== id) list.insert(i, [id]);
  });
}

/** The longest increasing subsequence of ranks (the ids that need not move). */
function keptInOrder(ranks: readonly number[]): number[] {
  return longestIncreasing(ranks).map((i) => ranks[i] as number);
}

/**
 * Brings the document to what the book is now, changing only what differs. Call inside
 * `doc.transact(..., LOCAL_ORIGIN)` so the change is one update and one undo step.
 */
export function writeBook(doc: Y.Doc, book: Pick<Book, (typeof BOOK_FIELDS)[number] | 'id' | 'sections'>): void {
  const props = properties(doc);
  setIfChanged(props, 'id', book.id);
  for (const field of BOOK_FIELDS) setIfChanged(props, field, book[field] ?? null);
  const sections = sectionMap(doc);
  const points = pointMap(doc);
  const livePoints = new Set<string>();
  for (const s of book.sections) {
    let section = sections.get(s.id);
    if (!section) {
      section = new Y.Map<unknown>();
      section.set('points', new Y.Array<string>());
      sections.set(s.id, section);
    }
    setIfChanged(section, 'key', s.key ?? null);
    setIfChanged(section, 'title', s.title);
    for (const p of s.points) {
      livePoints.add(p.id);
      let point = points.get(p.id);
      if (!point) {
        point = new Y.Map<unknown>();
        point.set('text', new Y.Text());
        points.set(p.id, point);
      }
      setText(point.get('text') as Y.Text, p.text);
      setIfChanged(point, 'kind', p.kind);
      setIfChanged(point, 'marking', p.marking ?? null);
      setIfChanged(point, 'drafted', p.drafted ?? false);
      setIfChanged(point, 'citation', p.citation ?? null);
    }
    setOrder(
      section.get('points') as Y.Array<string>,
      s.points.map((p) => p.id),
    );
  }
  setOrder(
    sectionOrder(doc),
    book.sections.map((s) => s.id),
  );
  const liveSections = new Set(book.sections.map((s) => s.id));
  for (const id of [...sections.keys()]) if (!liveSections.has(id)) sections.delete(id);
  for (const id of [...points.keys()]) if (!livePoints.has(id)) points.delete(id);
}

/**
 * The book the document holds, as a snapshot the library can restore. A point that two officers
 * moved at once is listed twice: it stands where it is first listed. An id whose point or section
 * was deleted by one officer while another moved it is skipped.
 */
export function readBook(doc: Y.Doc): BookSnapshot | null {
  const props = properties(doc);
  const id = props.get('id');
  if (typeof id !== 'string') return null;
  const sections = sectionMap(doc);
  const points = pointMap(doc);
  const seenSections = new Set<string>();
  const seenPoints = new Set<string>();
  const out: BookSnapshot['sections'] = [];
  for (const sectionId of sectionOrder(doc).toArray()) {
    const section = sections.get(sectionId);
    if (!section || seenSections.has(sectionId)) continue;
    seenSections.add(sectionId);
    const list: BookSnapshot['sections'][number]['points'] = [];
    for (const pointId of (section.get('points') as Y.Array<string>).toArray()) {
      const point = points.get(pointId);
      if (!point || seenPoints.has(pointId)) continue;
      seenPoints.add(pointId);
      list.push({
        id: pointId,
        text: (point.get('text') as Y.Text).toString(),
        kind: point.get('kind') as PointKind,
        marking: (point.get('marking') as Classification | null) ?? null,
        drafted: point.get('drafted') === true,
        citation: (point.get('citation') as Citation | null) ?? null,
      });
    }
    out.push({
      id: sectionId,
      key: (section.get('key') as BookSnapshot['sections'][number]['key']) ?? null,
      title: String(section.get('title') ?? ''),
      points: list,
    });
  }
  const field = (name: string) => (props.get(name) as string | null | undefined) ?? null;
  return {
    id,
    title: String(props.get('title') ?? ''),
    meeting: field('meeting'),
    meetingDate: field('meetingDate'),
    place: field('place'),
    principal: field('principal'),
    counterpart: field('counterpart'),
    preparedBy: field('preparedBy'),
    classification: (props.get('classification') as Classification) ?? 'RESTRICTED',
    sections: out,
  } as BookSnapshot;
}

/** The marking the document carries (the book's own, or higher on a point): what decides whether it may leave. */
export function docClassification(doc: Y.Doc): Classification | null {
  const book = readBook(doc);
  return book
    ? highestMarking(
        book.classification,
        book.sections.flatMap((s) => s.points),
      )
    : null;
}

/** A per-officer undo: only edits made on this laptop are taken back, never what arrived from the desk. */
export function localUndoManager(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager([properties(doc), sectionMap(doc), sectionOrder(doc), pointMap(doc)], {
    trackedOrigins: new Set([LOCAL_ORIGIN]),
    captureTimeout: 0,
  });
}

/** Who shared the book first (its owner) and, when the owner restricted it, the officers who may open it. */
export function docAccess(doc: Y.Doc): { owner: string | null; officers: string[] | null } {
  const props = properties(doc);
  const officers = props.get('officers');
  return {
    owner: (props.get('owner') as string | undefined) ?? null,
    officers: Array.isArray(officers) ? (officers as string[]) : null,
  };
}

export function setAccess(doc: Y.Doc, access: { owner?: string; officers?: string[] | null }): void {
  const props = properties(doc);
  if (access.owner && !props.get('owner')) props.set('owner', access.owner);
  if (access.officers !== undefined) setIfChanged(props, 'officers', access.officers);
}
