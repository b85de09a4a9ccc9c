import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Book, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('assembling a briefing book', () => {
  let lib: ReturnType<typeof tempBackend>;
  let record: RecordDetail;
  let book: Book;
  const call = async <T>(method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));
  const talkingPoints = (b: Book) => b.sections.find((s) => s.key === 'talking-points')?.points ?? [];

  before(async () => {
    lib = tempBackend();
    const records = await call<RecordSummary[]>('library.list', {});
    const korean = records.find((r) => r.title.startsWith('ROK-Viet Nam')) as RecordSummary;
    record = await call<RecordDetail>('library.get', { id: korean.id });
  });
  after(() => lib.dispose());

  test('a new book has the standard sections, in order, and a RESTRICTED marking by default', async () => {
    book = await call<Book>('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    assert.deepEqual(
      book.sections.map((s) => s.title),
      [
        'Objectives',
        'Key messages',
        'Talking points',
        'If raised',
        'Background',
        'Previous commitments',
        'Participants and biographies',
        'Programme and logistics',
      ],
    );
    assert.equal(book.classification, 'RESTRICTED');
  });

  test('adding paragraphs 3 and 4 makes two talking points that cite their source', async () => {
    for (const label of ['3', '4']) {
      const paragraph = record.paragraphs.find((p) => p.label === label);
      assert.ok(paragraph, `paragraph ${label}`);
      book = await call<Book>('books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: paragraph.id });
    }
    const points = talkingPoints(book);
    assert.equal(points.length, 2);
    assert.equal(points[0]?.citation?.label, '3');
    assert.equal(points[0]?.citation?.publishedAt, '2020-09-22');
    assert.equal(points[0]?.citation?.recordTitle, record.title);
    assert.match(points[0]?.text ?? '', /^In particular, Minister Kang/);
    const reread = await call<RecordDetail>('library.get', { id: record.id });
    assert.deepEqual(reread.usedParagraphIds.sort(), [`${record.id}:3`, `${record.id}:4`]);
  });

  test('a paragraph can be named by its number alone', async () => {
    const b = await call<Book>('books.addPoint', {
      bookId: book.id,
      recordId: record.id,
      paragraphId: '5.2',
      section: 'commitments',
    });
    assert.equal(b.sections.find((s) => s.key === 'commitments')?.points[0]?.citation?.label, '5.2');
  });

  test('editing the wording keeps the source attached', async () => {
    const second = talkingPoints(book)[1];
    assert.ok(second);
    book = await call<Book>('books.updatePoint', {
      bookId: book.id,
      pointId: second.id,
      text: 'We hope to cooperate on vaccines.',
    });
    const edited = talkingPoints(book)[1];
    assert.equal(edited?.text, 'We hope to cooperate on vaccines.');
    assert.equal(edited?.citation?.label, '4');
    assert.match(edited?.citation?.sourceText ?? '', /^Deputy Prime Minister Minh praised/);
  });

  test('moving a point up reorders it, and the order persists', async () => {
    const second = talkingPoints(book)[1];
    assert.ok(second);
    book = await call<Book>('books.movePoint', { bookId: book.id, pointId: second.id, direction: 'up' });
    assert.deepEqual(
      talkingPoints(book).map((p) => p.citation?.label),
      ['4', '3'],
    );
    // Already first: moving up again changes nothing.
    book = await call<Book>('books.movePoint', { bookId: book.id, pointId: second.id, direction: 'up' });
    const fresh = await call<Book>('books.get', { id: book.id });
    assert.deepEqual(
      talkingPoints(fresh).map((p) => p.citation?.label),
      ['4', '3'],
    );
  });

  test('renaming and setting the cover properties', async () => {
    book = await call<Book>('books.update', {
      id: book.id,
      patch: {
        title: 'Visit of FM Son',
        meetingDate: '2021-06-23',
        place: 'Seoul',
        preparedBy: '',
        classification: 'CONFIDENTIAL',
      },
    });
    assert.equal(book.title, 'Visit of FM Son');
    assert.equal(book.meetingDate, '2021-06-23');
    assert.equal(book.preparedBy, null);
    assert.equal(book.classification, 'CONFIDENTIAL');
  });

  test('deleting a point renumbers the rest and frees the paragraph', async () => {
    const first = talkingPoints(book)[0];
    assert.ok(first);
    book = await call<Book>('books.deletePoint', { bookId: book.id, pointId: first.id });
    assert.deepEqual(
      talkingPoints(book).map((p) => [p.ordinal, p.citation?.label]),
      [[0, '3']],
    );
  });

  test('mistakes get clear errors and change nothing', async () => {
    const before = await call<Book>('books.get', { id: book.id });
    const cases: [string, unknown, string][] = [
      ['books.addPoint', { bookId: 'nope', text: 'x' }, 'NOT_FOUND'],
      ['books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: '99' }, 'NOT_FOUND'],
      ['books.addPoint', { bookId: book.id, recordId: record.id }, 'BAD_INPUT'],
      ['books.addPoint', { bookId: book.id, section: 'annex', text: 'x' }, 'NOT_FOUND'],
      ['books.movePoint', { bookId: book.id, pointId: 'p0', direction: 'sideways' }, 'BAD_INPUT'],
      ['books.update', { id: book.id, patch: { meetingDate: '2021-02-30' } }, 'BAD_INPUT'],
      ['books.update', { id: book.id, patch: { classification: 'TOP' } }, 'BAD_INPUT'],
      ['books.create', { title: '   ' }, 'BAD_INPUT'],
    ];
    for (const [method, input, code] of cases) {
      const result = await lib.dispatch(method, input);
      assert.equal(result.ok, false, `${method} ${JSON.stringify(input)}`);
      if (!result.ok) {
        assert.equal(result.error.code, code, `${method} ${JSON.stringify(input)}: ${result.error.message}`);
        assert.ok(result.error.message.length > 10);
      }
    }
    assert.deepEqual(await call<Book>('books.get', { id: book.id }), before);
  });
});
