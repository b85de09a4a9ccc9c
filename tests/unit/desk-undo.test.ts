// Undo on a library joined to a desk, with no server reachable (a laptop on a plane): the book's
// Yjs UndoManager takes back this laptop's steps one by one, each step waits in the outbox like any
// edit, and undoing every step never empties the book's shared document (its first share is not a step).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Db } from '../../electron/node/db/statements.ts';
import { readBook } from '../../electron/node/desk/doc.ts';
import { bookDocName, loadDoc, outbox, saveDeskSettings } from '../../electron/node/desk/store.ts';
import { openDatabaseFile } from '../../electron/node/open/connection.ts';
import type { Book } from '../../electron/shared/types.ts';
import { callValue, tempBackend } from '../helpers/library.ts';

const texts = (b: Book) => b.sections.flatMap((s) => s.points.map((p) => p.text));

describe('undo on a joined library, offline', () => {
  let lib: ReturnType<typeof tempBackend>;
  let db: Db;
  let book: Book;

  before(async () => {
    lib = tempBackend({ seed: false });
    db = openDatabaseFile(join(lib.dir, 'library.sqlite'));
    // Joined to a desk that is not there: nothing in this test reaches a server.
    saveDeskSettings(db, { url: 'wss://desk.invalid:8443', token: 'bbd_test', officer: 'Kim' });
    book = await callValue(lib, 'books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    await callValue(lib, 'books.addPoint', { bookId: book.id, section: 'key-messages', text: 'We welcome the visit.' });
    await callValue(lib, 'books.addPoint', { bookId: book.id, section: 'key-messages', text: 'Trade grew last year.' });
  });
  after(async () => {
    db.close();
    await lib.dispose();
  });

  test('each undo takes back one step and waits in the outbox; redo does it again', async () => {
    const waiting = outbox(db, bookDocName(book.id)).length;
    const once = await callValue(lib, 'books.undo', { bookId: book.id });
    assert.equal(once.done, true);
    assert.deepEqual(texts(once.book), ['We welcome the visit.']);
    assert.equal(outbox(db, bookDocName(book.id)).length, waiting + 1, 'the undo goes out at the next sync');
    const again = await callValue(lib, 'books.redo', { bookId: book.id });
    assert.deepEqual(texts(again.book), ['We welcome the visit.', 'Trade grew last year.']);
    assert.equal(again.canRedo, false);
  });

  test('undoing every step leaves the book in its shared document, with no points', async () => {
    let step = await callValue(lib, 'books.undo', { bookId: book.id });
    for (let i = 0; i < 10 && step.canUndo; i++) step = await callValue(lib, 'books.undo', { bookId: book.id });
    assert.equal(step.canUndo, false);
    assert.deepEqual(texts(step.book), []);
    const shared = readBook(loadDoc(db, bookDocName(book.id)));
    assert.equal(shared?.title, 'Visit of the Foreign Minister of Viet Nam');
    assert.deepEqual(
      shared?.sections.flatMap((s) => s.points),
      [],
    );
  });

  test('an undo on a book that is not there is refused in words', async () => {
    const res = await lib.call('books.undo', { bookId: 'no-such-book' });
    assert.equal(res.ok, false);
    assert.equal(res.ok ? '' : res.error.code, 'NOT_FOUND');
  });
});
