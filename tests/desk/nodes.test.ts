// A ministry that runs two desk server nodes behind one address: both on the same PostgreSQL, and
// passing each other every update and who is in which book through Redis. An officer on one node
// and an officer on the other write the same point at once and both see the same book, and each
// sees that the other has it open. Without Redis, the node that has the book open would keep its
// own copy and the two laptops would never meet: this test fails then.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Book } from '../../electron/shared/types.ts';
import { freePort, type RunningServer, redisSkip, startPostgres, startRedis, startServer, token } from '../helpers/desk.ts';
import { content, type Laptop, laptop, until } from './laptops.ts';

const firstText = (b: Book) => b.sections.find((s) => s.key === 'key-messages')?.points[0]?.text;

describe('two desk server nodes sharing PostgreSQL and Redis', { skip: redisSkip() }, () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let nodes: RunningServer[] = [];
  let kim: Laptop;
  let lee: Laptop;
  let bookId: string;

  before(async () => {
    pg = await startPostgres();
    redis = await startRedis();
    nodes = [await startServer(pg.url, { redis: redis.url }), await startServer(pg.url, { redis: redis.url })];
    assert.notEqual(nodes[0]?.port, nodes[1]?.port);
    kim = laptop({ live: true });
    lee = laptop({ live: true });
    await kim.call('desk.join', { url: nodes[0]?.url as string, token: token(pg.url, 'Kim') });
    await lee.call('desk.join', { url: nodes[1]?.url as string, token: token(pg.url, 'Lee') });
    const book = await kim.call('books.create', { title: 'Visit of the Foreign Minister of Viet Nam' });
    bookId = book.id;
    await kim.call('books.addPoint', { bookId, section: 'key-messages', text: 'We welcome the visit.' });
    await until('the book on the other node’s laptop', async () =>
      (await lee.call('books.list', {})).some((b) => b.id === bookId),
    );
  });

  after(async () => {
    kim?.close();
    lee?.close();
    for (const node of nodes) await node.stop();
    await redis?.stop();
    pg?.stop();
  });

  test('each officer sees the other in the book, across the nodes', async () => {
    await kim.call('desk.live', { bookId });
    await lee.call('desk.live', { bookId });
    const kimSees = await until('Lee seen by Kim', async () => {
      const live = await kim.call('desk.live', { bookId });
      return live.others.length ? live.others : null;
    });
    assert.deepEqual(kimSees, ['Lee']);
    const leeSees = await until('Kim seen by Lee', async () => {
      const live = await lee.call('desk.live', { bookId });
      return live.others.length ? live.others : null;
    });
    assert.deepEqual(leeSees, ['Kim']);
  });

  test('both type in the same point, live, on different nodes: both edits are in both books', async () => {
    // The book is open on both nodes (each officer has it on screen); the edits go in at once.
    const pointId = (await kim.book(bookId)).sections.find((s) => s.key === 'key-messages')?.points[0]?.id as string;
    await until('the point on Lee’s laptop', async () => firstText(await lee.book(bookId)) === 'We welcome the visit.');
    await Promise.all([
      kim.call('books.updatePoint', { bookId, pointId, text: 'We warmly welcome the visit.' }),
      lee.call('books.updatePoint', { bookId, pointId, text: 'We welcome the visit of the Minister.' }),
    ]);
    const merged = 'We warmly welcome the visit of the Minister.';
    await until('Kim’s laptop has both edits', async () => firstText(await kim.book(bookId)) === merged);
    await until('Lee’s laptop has both edits', async () => firstText(await lee.book(bookId)) === merged);
    // A second round, each on the other's latest: still one book.
    await kim.call('books.update', { id: bookId, patch: { place: 'Hanoi' } });
    await lee.call('books.update', { id: bookId, patch: { principal: 'Minister Kang' } });
    await until('both properties on both laptops', async () => {
      const [a, b] = [await kim.book(bookId), await lee.book(bookId)];
      return a.principal === 'Minister Kang' && b.place === 'Hanoi';
    });
    assert.deepEqual(content(await lee.book(bookId)), content(await kim.book(bookId)));
  });

  test('a node whose Redis does not answer refuses to start, saying so', async () => {
    const nowhere = `redis://127.0.0.1:${await freePort()}`;
    await assert.rejects(startServer(pg.url, { redis: nowhere }), /Redis at 127\.0\.0\.1:\d+ does not answer/);
  });
});
