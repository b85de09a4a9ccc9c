// The desk as the app runs it: a change made on one laptop reaches the other with nobody typing
// `desk sync`, the sidebar's state goes Syncing… → Up to date (Offline when the server is gone),
// and each officer sees who else has the book open.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { DeskLiveState } from '../../electron/shared/types.ts';
import { deskSkip, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { type Laptop, laptop, until } from './laptops.ts';

describe('the desk while the app runs', { skip: deskSkip() }, () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let server: RunningServer;
  let kim: Laptop;
  let lee: Laptop;
  const states: DeskLiveState['state'][] = [];

  before(async () => {
    pg = await startPostgres();
    server = await startServer(pg.url);
    kim = laptop({ live: true });
    lee = laptop({ live: true });
    kim.events.subscribe((event, payload) => {
      if (event === 'desk.changed') states.push((payload as DeskLiveState).state);
    });
    await kim.call('desk.join', { url: server.url, token: token(pg.url, 'Kim') });
    await lee.call('desk.join', { url: server.url, token: token(pg.url, 'Lee') });
  });

  after(async () => {
    kim?.close();
    lee?.close();
    await server?.stop();
    pg?.stop();
  });

  test('a book made on one laptop appears on the other, and edits follow, without a manual sync', async () => {
    const book = await kim.call('books.create', { title: 'Programme of the visit' });
    await until('the book on the other laptop', async () => (await lee.call('books.list', {})).some((b) => b.id === book.id));
    await kim.call('books.update', { id: book.id, patch: { place: 'Hanoi' } });
    await until('the edit on the other laptop', async () => (await lee.book(book.id)).place === 'Hanoi');
    assert.ok(states.includes('syncing') && states.includes('up-to-date'), `states seen: ${states.join(', ')}`);
  });

  test('each officer sees who else has the book open', async () => {
    const book = (await kim.call('books.list', {}))[0];
    assert.ok(book);
    await kim.call('desk.live', { bookId: book.id });
    await lee.call('desk.live', { bookId: book.id });
    const seen = await until('Lee seen by Kim', async () => {
      const live = await kim.call('desk.live', { bookId: book.id });
      return live.others.length ? live.others : null;
    });
    assert.deepEqual(seen, ['Lee']);
    assert.deepEqual((await lee.call('desk.live', { bookId: book.id })).others, ['Kim']);
    await lee.call('desk.live', { bookId: null });
    await until('Lee gone', async () => (await kim.call('desk.live', { bookId: book.id })).others.length === 0);
  });

  test('with the server gone the app says Offline, and catches up when it returns', async () => {
    const port = server.port;
    await server.stop();
    const book = (await kim.call('books.list', {}))[0];
    assert.ok(book);
    await kim.call('books.update', { id: book.id, patch: { principal: 'The Minister' } });
    await until('Offline', async () => (await kim.call('desk.live', { bookId: null })).state === 'offline');
    server = await startServer(pg.url, { port });
    await until('the edit on the other laptop', async () => (await lee.book(book.id)).principal === 'The Minister', 45_000);
  });
});
