// Sharing a book as one .briefbook file: a colleague opens it on their own laptop; nothing is duplicated; bad files change nothing.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type {
  Book,
  BookFileResult,
  BookOpenResult,
  BookSummary,
  RecordDetail,
  RecordSummary,
} from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('sharing a briefing book as a .briefbook file', () => {
  let mine: ReturnType<typeof tempBackend>;
  let theirs: ReturnType<typeof tempBackend>;
  let book: Book;
  let file: string;
  const call = async <T>(lib: typeof mine, method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));

  before(async () => {
    mine = tempBackend();
    theirs = tempBackend({ seed: false });
    const records = await call<RecordSummary[]>(mine, 'library.list', {});
    const record = await call<RecordDetail>(mine, 'library.get', {
      id: (records.find((r) => r.title.startsWith('ROK-Viet Nam')) as RecordSummary).id,
    });
    book = await call<Book>(mine, 'books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    book = await call<Book>(mine, 'books.update', { id: book.id, patch: { counterpart: 'Pham Binh Minh', place: 'Seoul' } });
    for (const label of ['3', '5.2'])
      book = await call<Book>(mine, 'books.addPoint', { bookId: book.id, recordId: record.id, paragraphId: label });
    book = await call<Book>(mine, 'books.addPoint', {
      bookId: book.id,
      section: 'objectives',
      text: 'Land the **social security** agreement.',
    });
    file = join(mine.dir, 'visit.briefbook');
  });
  after(() => {
    mine.dispose();
    theirs.dispose();
  });

  test('saving writes the book and the one record it cites', async () => {
    const saved = await call<BookFileResult>(mine, 'books.saveFile', { bookId: book.id, outPath: file });
    assert.equal(saved.saved, true);
    assert.equal(saved.records, 1);
    const json = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(json.format, 'briefbook');
    assert.equal(json.version, 1);
    assert.ok(json.records[0].paragraphs.length > 5);
  });

  test('a colleague with an empty library opens it: the book, its points, sources and records arrive', async () => {
    const opened = await call<BookOpenResult>(theirs, 'books.openFile', { path: file });
    assert.equal(opened.recordsAdded, 1);
    assert.equal(opened.book.title, book.title);
    assert.equal(opened.book.place, 'Seoul');
    const tp = opened.book.sections.find((s) => s.key === 'talking-points')?.points ?? [];
    assert.deepEqual(
      tp.map((p) => p.citation?.label),
      ['3', '5.2'],
    );
    const record = await call<RecordDetail>(theirs, 'library.get', { id: tp[0]?.citation?.recordId });
    assert.ok(record.usedParagraphIds.includes(tp[0]?.citation?.paragraphId as string), 'the citation points into their library');
    assert.equal(
      opened.book.sections.find((s) => s.key === 'objectives')?.points[0]?.text,
      'Land the **social security** agreement.',
    );
  });

  test('opening it again, or in a library that has the records, does not duplicate them', async () => {
    const before = (await call<RecordSummary[]>(theirs, 'library.list', {})).length;
    const again = await call<BookOpenResult>(theirs, 'books.openData', {
      name: 'visit.briefbook',
      base64: readFileSync(file).toString('base64'),
    });
    assert.equal(again.recordsAdded, 0);
    assert.equal(again.recordsMatched, 1);
    assert.equal((await call<RecordSummary[]>(theirs, 'library.list', {})).length, before);
    const inMine = await call<BookOpenResult>(mine, 'books.openFile', { path: file });
    assert.equal(inMine.recordsAdded, 0);
  });

  test('a damaged or foreign file is refused in words, and the library and books stay as they were', async () => {
    const books = (await call<BookSummary[]>(theirs, 'books.list', {})).length;
    const records = (await call<RecordSummary[]>(theirs, 'library.list', {})).length;
    const cases: [string, string, RegExp][] = [
      ['notes.briefbook', 'Dear colleague, see attached.', /could not be read/],
      ['other.briefbook', JSON.stringify({ format: 'something-else', version: 1 }), /made by another program/],
      ['newer.briefbook', JSON.stringify({ format: 'briefbook', version: 99 }), /newer version of Briefbook/],
    ];
    const damaged = JSON.parse(readFileSync(file, 'utf8'));
    damaged.book.sections[2].points[0].kind = 'rumour';
    cases.push(['damaged.briefbook', JSON.stringify(damaged), /is damaged and was not opened .*Nothing was changed/]);
    for (const [name, text, message] of cases) {
      const path = join(theirs.dir, name);
      writeFileSync(path, text);
      const res = await theirs.dispatch('books.openFile', { path });
      assert.equal(res.ok, false, name);
      if (!res.ok) assert.match(res.error.message, message, name);
    }
    assert.equal((await call<BookSummary[]>(theirs, 'books.list', {})).length, books);
    assert.equal((await call<RecordSummary[]>(theirs, 'library.list', {})).length, records);
  });
});
