// Two officers' laptops and a real desk server on a real PostgreSQL: offline edits merge with
// nothing lost, a record reaches the other laptop once with its corrections, undo takes back only
// one's own work, and an owner can keep a book to named officers.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Book, RecordSummary } from '../../electron/shared/types.ts';
import { deskSkip, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { content, koreanRecord, type Laptop, laptop } from './laptops.ts';

describe('the desk: two laptops, one book', { skip: deskSkip() }, () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let server: RunningServer;
  let kim: Laptop;
  let nguyen: Laptop;
  let bookId: string;
  let records: RecordSummary[];

  before(async () => {
    pg = await startPostgres();
    server = await startServer(pg.url);
    kim = laptop();
    nguyen = laptop();
    kim.cli('import', koreanRecord);
    records = await kim.call('library.list', {});
    const book = await kim.call('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    bookId = book.id;
    const detail = await kim.call('library.get', { id: records[0]?.id as string });
    for (const p of detail.paragraphs.slice(0, 3))
      await kim.call('books.addPoint', { bookId, recordId: detail.id, paragraphId: p.id });
    await kim.call('books.addPoint', { bookId, section: 'key-messages', text: 'We welcome the visit.' });
    for (const [who, name] of [
      [kim, 'Kim'],
      [nguyen, 'Nguyen'],
    ] as const)
      assert.match(who.cli('desk', 'join', server.url, '--token', token(pg.url, name)).stdout, new RegExp(`as ${name}`));
    kim.sync();
    assert.match(nguyen.sync(), /Books: 1 new/);
  });

  after(async () => {
    kim?.close();
    nguyen?.close();
    await server?.stop();
    pg?.stop();
  });

  test('the book and the record it cites reach the other laptop, once', async () => {
    assert.deepEqual(content(await nguyen.book(bookId)), content(await kim.book(bookId)));
    const theirs = await nguyen.call('library.list', {});
    assert.deepEqual(
      theirs.map((r) => r.id),
      records.map((r) => r.id),
    );
    nguyen.sync();
    assert.equal((await nguyen.call('library.list', {})).length, 1, 'a second sync imports nothing twice');
  });

  test('edits made offline on both laptops merge with nothing lost; both PDFs are the same', async () => {
    const start = await kim.book(bookId);
    const key = start.sections.find((s) => s.key === 'key-messages')?.points[0];
    assert.ok(key);
    // Both officers type in the same point, one at each end, and each changes something else.
    await kim.call('books.updatePoint', { bookId, pointId: key.id, text: 'We warmly welcome the visit.' });
    await nguyen.call('books.updatePoint', {
      bookId,
      pointId: key.id,
      text: 'We welcome the visit of the Deputy Prime Minister.',
    });
    await kim.call('books.update', { id: bookId, patch: { place: 'Seoul' } });
    await nguyen.call('books.addPoint', { bookId, section: 'if-raised', text: 'If raised: the East Sea (South China Sea).' });
    const talking = start.sections.find((s) => s.key === 'talking-points')?.points ?? [];
    // One moves a point to the background, the other rewords it.
    await kim.call('books.movePoint', { bookId, pointId: talking[0]?.id as string, section: 'background', index: 0 });
    await nguyen.call('books.updatePoint', {
      bookId,
      pointId: talking[0]?.id as string,
      text: 'The two sides discussed COVID-19.',
    });

    assert.match(kim.sync(), /Sent [1-9]/);
    assert.match(nguyen.sync(), /received [1-9]/);
    kim.sync();

    const [a, b] = [await kim.book(bookId), await nguyen.book(bookId)];
    assert.deepEqual(content(a), content(b));
    const point = (book: Book, id: string) => book.sections.flatMap((s) => s.points).find((p) => p.id === id);
    assert.equal(point(a, key.id)?.text, 'We warmly welcome the visit of the Deputy Prime Minister.');
    assert.equal(a.place, 'Seoul');
    assert.ok(a.sections.find((s) => s.key === 'if-raised')?.points.some((p) => p.text.includes('East Sea')));
    const background = a.sections.find((s) => s.key === 'background');
    assert.equal(background?.points[0]?.id, talking[0]?.id, 'the move is kept');
    assert.equal(background?.points[0]?.text, 'The two sides discussed COVID-19.', 'and so is the rewording');
    assert.equal(kim.pdfText(bookId), nguyen.pdfText(bookId));
  });

  test('a correction made on one laptop reaches the other', async () => {
    const id = records[0]?.id as string;
    await nguyen.call('library.correct', { recordId: id, field: 'title', value: 'Korea–Viet Nam Foreign Ministers’ Meeting' });
    assert.match(nguyen.sync(), /Sent [1-9]/);
    assert.match(kim.sync(), /1 correction received/);
    assert.equal((await kim.call('library.get', { id })).title, 'Korea–Viet Nam Foreign Ministers’ Meeting');
    assert.equal((await kim.call('library.list', {})).length, 1);
  });

  test('undo on one laptop takes back only that officer’s work', async () => {
    const before = await kim.book(bookId);
    const mine = await kim.call('books.update', { id: bookId, patch: { counterpart: 'Pham Binh Minh' } });
    await nguyen.call('books.update', { id: bookId, patch: { principal: 'Minister Kang' } });
    kim.sync();
    nguyen.sync();
    kim.sync();
    assert.equal((await kim.book(bookId)).principal, 'Minister Kang');
    const undone = await kim.call('books.revert', { change: mine.change as NonNullable<Book['change']>, direction: 'undo' });
    assert.equal(undone.book.counterpart, before.counterpart);
    kim.sync();
    nguyen.sync();
    const theirs = await nguyen.book(bookId);
    assert.equal(theirs.counterpart, before.counterpart, 'Kim’s change is undone on both laptops');
    assert.equal(theirs.principal, 'Minister Kang', 'Nguyen’s change is kept');
  });

  test('an owner restricts a book to named officers: the server refuses the others', async () => {
    const secretive = await kim.call('books.create', { title: 'Head of desk only' });
    kim.sync();
    nguyen.sync();
    assert.ok(await nguyen.book(secretive.id));
    const refused = nguyen.cli('desk', 'restrict', secretive.id, 'Kim');
    assert.notEqual(refused.code, 0, 'only the owner restricts');
    assert.match(refused.stderr, /Only the book’s owner, Kim/);
    assert.match(kim.cli('desk', 'restrict', secretive.id, 'Kim').stdout, /open only to Kim/);
    kim.sync();
    await kim.call('books.update', { id: secretive.id, patch: { place: 'Hanoi' } });
    kim.sync();
    const out = nguyen.sync();
    assert.match(out, /restricted by Kim to named officers, and Nguyen is not one of them/);
    assert.notEqual((await nguyen.book(secretive.id)).place, 'Hanoi');
  });
});
