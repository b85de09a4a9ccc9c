// The book editor's service: sections, moves, split/merge, undo by snapshot, duplicate, recent first, markings.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type {
  Book,
  CommitmentSuggestion,
  ParticipantSuggestion,
  RecordDetail,
  RecordSummary,
} from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('editing a briefing book', () => {
  let lib: ReturnType<typeof tempBackend>;
  let record: RecordDetail;
  let book: Book;
  const call = async <T>(method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));
  const section = (b: Book, key: string) => b.sections.find((s) => s.key === key || s.title === key);
  const labels = (b: Book, key: string) => section(b, key)?.points.map((p) => p.citation?.label ?? p.text) ?? [];

  before(async () => {
    lib = tempBackend();
    const records = await call<RecordSummary[]>('library.list', {});
    record = await call<RecordDetail>('library.get', {
      id: (records.find((r) => r.title.startsWith('ROK-Viet Nam')) as RecordSummary).id,
    });
    book = await call<Book>('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    for (const label of ['3', '4', '5', '6'])
      book = await call<Book>('books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: label });
  });
  after(() => lib.dispose());

  test('a point moves to another section at a chosen place, and up/down still works', async () => {
    const tp = section(book, 'talking-points');
    const p4 = tp?.points[1];
    assert.ok(p4);
    book = await call<Book>('books.movePoint', { bookId: book.id, pointId: p4.id, section: 'key-messages', index: 0 });
    assert.deepEqual(labels(book, 'talking-points'), ['3', '5', '6']);
    assert.deepEqual(labels(book, 'key-messages'), ['4']);
    book = await call<Book>('books.movePoint', { bookId: book.id, pointId: p4.id, section: tp?.id, index: 3 });
    assert.deepEqual(labels(book, 'talking-points'), ['3', '5', '6', '4']);
    book = await call<Book>('books.movePoint', { bookId: book.id, pointId: p4.id, direction: 'up' });
    assert.deepEqual(labels(book, 'talking-points'), ['3', '5', '4', '6']);
    const bad = await lib.dispatch('books.movePoint', { bookId: book.id, pointId: p4.id });
    assert.equal(bad.ok, false);
  });

  test('a point is inserted where it was dropped', async () => {
    book = await call<Book>('books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: '7', index: 1 });
    assert.deepEqual(labels(book, 'talking-points'), ['3', '7', '5', '4', '6']);
  });

  test('splitting keeps the source on both halves; merging joins them back', async () => {
    const first = section(book, 'talking-points')?.points[0];
    assert.ok(first);
    const at = first.text.indexOf('Deputy Prime Minister Minh said');
    book = await call<Book>('books.splitPoint', { bookId: book.id, pointId: first.id, at });
    const [a, b] = section(book, 'talking-points')?.points ?? [];
    assert.match(a?.text ?? '', /special entry procedures between the two countries\.$/);
    assert.match(b?.text ?? '', /^Deputy Prime Minister Minh said/);
    assert.equal(b?.citation?.label, '3');
    book = await call<Book>('books.mergePoint', { bookId: book.id, pointId: first.id });
    assert.deepEqual(labels(book, 'talking-points'), ['3', '7', '5', '4', '6']);
    assert.match(section(book, 'talking-points')?.points[0]?.text ?? '', /countries\.\nDeputy Prime Minister Minh said/);
  });

  test('sections of the user’s own can be added, renamed, moved and removed', async () => {
    book = await call<Book>('books.addSection', { bookId: book.id, title: 'Economic cooperation', index: 3 });
    assert.equal(book.sections[3]?.title, 'Economic cooperation');
    assert.equal(book.sections[3]?.key, null);
    const id = book.sections[3]?.id as string;
    book = await call<Book>('books.updateSection', { bookId: book.id, sectionId: id, title: 'Trade and investment' });
    book = await call<Book>('books.moveSection', { bookId: book.id, sectionId: id, index: 0 });
    assert.equal(book.sections[0]?.title, 'Trade and investment');
    assert.deepEqual(
      book.sections.map((s) => s.ordinal),
      book.sections.map((_s, i) => i),
    );
    book = await call<Book>('books.removeSection', { bookId: book.id, sectionId: id });
    assert.equal(book.sections.length, 8);
    assert.equal(book.sections[0]?.key, 'objectives');
  });

  test('the book is marked at the highest marking any point carries', async () => {
    assert.equal(book.effectiveClassification, 'RESTRICTED');
    const p = section(book, 'talking-points')?.points[1];
    book = await call<Book>('books.updatePoint', { bookId: book.id, pointId: p?.id, marking: 'CONFIDENTIAL' });
    assert.equal(book.classification, 'RESTRICTED');
    assert.equal(book.effectiveClassification, 'CONFIDENTIAL');
    book = await call<Book>('books.updatePoint', { bookId: book.id, pointId: p?.id, marking: 'OFFICIAL' });
    assert.equal(book.effectiveClassification, 'RESTRICTED');
  });

  test('undo: restoring a snapshot puts the book back exactly, ids and all', async () => {
    const snapshot = structuredClone(book);
    const p = section(book, 'talking-points')?.points[0];
    book = await call<Book>('books.deletePoint', { bookId: book.id, pointId: p?.id });
    book = await call<Book>('books.addSection', { bookId: book.id, title: 'Extra' });
    book = await call<Book>('books.update', { id: book.id, patch: { title: 'Renamed' } });
    const restored = await call<Book>('books.restore', { book: snapshot });
    const shape = (b: Book) => ({
      title: b.title,
      sections: b.sections.map((s) => ({
        id: s.id,
        title: s.title,
        points: s.points.map((x) => [x.id, x.text, x.marking, x.citation?.paragraphId]),
      })),
    });
    assert.deepEqual(shape(restored), shape(snapshot));
    book = restored;
  });

  test('a snapshot cannot take over another book’s points', async () => {
    const other = await call<Book>('books.create', { title: 'Other' });
    const snapshot = structuredClone(other);
    const stolen = section(book, 'talking-points')?.points[0];
    snapshot.sections[0]?.points.push({ ...(stolen as Book['sections'][0]['points'][0]) });
    const res = await lib.dispatch('books.restore', { book: snapshot });
    assert.equal(res.ok, false);
    assert.equal(labels(await call<Book>('books.get', { id: book.id }), 'talking-points').length, 5);
  });

  test('duplicating prepares the next meeting: same sections and points, sources kept, new ids', async () => {
    const copy = await call<Book>('books.duplicate', { id: book.id });
    assert.equal(copy.title, `${book.title} (copy)`);
    assert.notEqual(copy.id, book.id);
    assert.deepEqual(
      copy.sections.map((s) => s.title),
      book.sections.map((s) => s.title),
    );
    assert.deepEqual(labels(copy, 'talking-points'), labels(book, 'talking-points'));
    const ids = new Set(book.sections.flatMap((s) => s.points.map((p) => p.id)));
    assert.ok(copy.sections.flatMap((s) => s.points).every((p) => !ids.has(p.id)));
    const list = await call<{ id: string }[]>('books.list', {});
    assert.equal(list[0]?.id, copy.id, 'the new copy is the most recent');
  });

  test('books are listed most recently opened first', async () => {
    await call<Book>('books.open', { id: book.id });
    const list = await call<{ id: string; openedAt: string }[]>('books.list', {});
    assert.equal(list[0]?.id, book.id);
  });

  test('"Draft as talking point" rewrites a point in the first person and keeps the source', async () => {
    book = await call<Book>('books.update', {
      id: book.id,
      patch: { principal: 'Minister Kang Kyung-wha', counterpart: 'Deputy Prime Minister Pham Binh Minh' },
    });
    book = await call<Book>('books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: '5.3' });
    const p = section(book, 'talking-points')?.points.at(-1);
    book = await call<Book>('books.draftPoint', { bookId: book.id, pointId: p?.id });
    const drafted = section(book, 'talking-points')?.points.at(-1);
    assert.match(drafted?.text ?? '', /^We will continue to step up development cooperation with Viet Nam/);
    assert.equal(drafted?.drafted, true);
    assert.equal(drafted?.citation?.label, '5.3');
    assert.match(drafted?.citation?.sourceText ?? '', /^Minister Kang said that the ROK would/);
  });

  test('previous commitments with the counterpart come with their source and date', async () => {
    const suggestions = await call<CommitmentSuggestion[]>('books.suggestCommitments', { bookId: book.id });
    const route = suggestions.find((c) => /Incheon-Hanoi/.test(c.what));
    assert.ok(route, 'the agreement to resume the Incheon–Hanoi route');
    assert.equal(route.kind, 'agreed');
    assert.equal(route.recordId, record.id);
    assert.equal(route.label, '3.1');
    assert.equal(route.date, record.meetingDate ?? record.publishedAt);
  });

  test('participants come from the records, with the meetings they attended', async () => {
    const people = await call<ParticipantSuggestion[]>('books.suggestParticipants', { bookId: book.id });
    const kang = people.find((p) => /Kang/.test(p.name));
    assert.ok(kang);
    assert.equal(kang.meetings[0]?.recordId, record.id);
    assert.match(kang.draft, /Biography: \(to be completed\)/);
  });
});
