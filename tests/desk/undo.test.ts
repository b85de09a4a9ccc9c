// Undo on a book shared through the desk is Yjs's UndoManager on the book's document: it takes back
// this laptop's own edits, step by step, and never the other officer's, even in the same point.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MethodName } from '../../electron/shared/methods.ts';
import type { Book } from '../../electron/shared/types.ts';
import type { ApiClient, CallFn } from '../../renderer/src/api/client.ts';
import { createAppStore } from '../../renderer/src/store/index.ts';
import { deskSkip, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { content, type Laptop, laptop } from './laptops.ts';

const texts = (b: Book) => b.sections.find((s) => s.key === 'key-messages')?.points.map((p) => p.text) ?? [];

describe('undo on the desk: one officer’s own edits only', { skip: deskSkip() }, () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let server: RunningServer;
  let kim: Laptop;
  let lee: Laptop;
  let bookId: string;
  let first: string;
  let second: string;

  before(async () => {
    pg = await startPostgres();
    server = await startServer(pg.url);
    kim = laptop();
    lee = laptop();
    await kim.call('desk.join', { url: server.url, token: token(pg.url, 'Kim') });
    await lee.call('desk.join', { url: server.url, token: token(pg.url, 'Lee') });
    const book = await kim.call('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    bookId = book.id;
    await kim.call('books.addPoint', { bookId, section: 'key-messages', text: 'We welcome the visit.' });
    const made = await kim.call('books.addPoint', { bookId, section: 'key-messages', text: 'Trade grew last year.' });
    [first, second] = (made.sections.find((s) => s.key === 'key-messages')?.points.map((p) => p.id) ?? []) as [string, string];
    kim.sync();
    lee.sync();
    assert.deepEqual(texts(await lee.book(bookId)), ['We welcome the visit.', 'Trade grew last year.']);
  });

  after(async () => {
    kim?.close();
    lee?.close();
    await server?.stop();
    pg?.stop();
  });

  test('Kim undoes twice and redoes once: Lee’s edits stay, Kim’s come back, both PDFs alike', async () => {
    // Kim types in the first point, in two steps.
    await kim.call('books.updatePoint', { bookId, pointId: first, text: 'We warmly welcome the visit.' });
    await kim.call('books.updatePoint', { bookId, pointId: first, text: 'We warmly welcome the visit of the Minister.' });
    // Lee, offline, edits the same point (at its start) and the other point.
    await lee.call('books.updatePoint', { bookId, pointId: first, text: 'Korea: We welcome the visit.' });
    await lee.call('books.updatePoint', { bookId, pointId: second, text: 'Trade grew by 12% last year.' });
    kim.sync();
    lee.sync();
    kim.sync();
    const merged = ['Korea: We warmly welcome the visit of the Minister.', 'Trade grew by 12% last year.'];
    assert.deepEqual(texts(await kim.book(bookId)), merged, 'both officers’ typing merged');

    const once = await kim.call('books.undo', { bookId });
    assert.equal(once.done, true);
    assert.deepEqual(texts(once.book), ['Korea: We warmly welcome the visit.', 'Trade grew by 12% last year.']);
    const twice = await kim.call('books.undo', { bookId });
    assert.deepEqual(texts(twice.book), ['Korea: We welcome the visit.', 'Trade grew by 12% last year.']);
    assert.equal(twice.canRedo, true);
    const redone = await kim.call('books.redo', { bookId });
    assert.deepEqual(texts(redone.book), ['Korea: We warmly welcome the visit.', 'Trade grew by 12% last year.']);
    assert.equal(redone.canRedo, true, 'one step is left to redo');
    const rows = await kim.book(bookId);
    assert.deepEqual(texts(rows), texts(redone.book), 'the library’s rows follow the document');

    kim.sync();
    lee.sync();
    kim.sync();
    const expected = ['Korea: We warmly welcome the visit.', 'Trade grew by 12% last year.'];
    assert.deepEqual(texts(await lee.book(bookId)), expected);
    assert.deepEqual(content(await lee.book(bookId)), content(await kim.book(bookId)));
    assert.equal(kim.pdfText(bookId), lee.pdfText(bookId));
  });

  test('undo never reaches what arrived from the desk, and a new edit clears the redo', async () => {
    // Lee has edited only through the desk for Kim: Lee's own history holds Lee's two edits.
    const lees = await lee.call('books.undo', { bookId });
    assert.deepEqual(texts(lees.book), ['Korea: We warmly welcome the visit.', 'Trade grew last year.']);
    await kim.call('books.updatePoint', { bookId, pointId: second, text: 'Trade grew last year, by 12%.' });
    const after = await kim.call('books.redo', { bookId });
    assert.equal(after.done, false, 'a new edit ends what could be redone');
  });

  test('the app’s Undo and Redo on a joined library go through the book’s document', async () => {
    const methods: string[] = [];
    const client: ApiClient = {
      call: ((method: MethodName, input: never) => {
        methods.push(method);
        return kim.api(method, input);
      }) as CallFn,
      on: () => () => {},
    };
    const app = createAppStore(client);
    await app.init();
    assert.equal(app.getState().desk?.joined, true);
    await app.getState().openBook(bookId);
    app.getState().typePoint(first, 'Korea: We most warmly welcome the visit.');
    await app.getState().flush();
    await lee.call('books.updatePoint', { bookId, pointId: first, text: 'Korea: We warmly welcome the visit today.' });
    lee.sync();
    kim.sync();
    await app.getState().undo();
    assert.ok(methods.includes('books.undo') && !methods.includes('books.revert'), methods.join(', '));
    assert.equal(texts(app.getState().book as Book)[0], 'Korea: We warmly welcome the visit today.', 'Lee’s word stays');
    assert.equal(app.getState().canRedo, true);
    await app.getState().redo();
    assert.equal(texts(app.getState().book as Book)[0], 'Korea: We most warmly welcome the visit today.');
    assert.deepEqual(texts(await kim.book(bookId)), texts(app.getState().book as Book));
    app.dispose();
  });

  test('a library not on a desk is told to use the undo it has', async () => {
    const solo = laptop();
    try {
      const book = await solo.call('books.create', { title: 'Alone' });
      await assert.rejects(solo.call('books.undo', { bookId: book.id }), /has not joined a desk/);
    } finally {
      solo.close();
    }
  });
});
