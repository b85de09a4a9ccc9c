// What the desk refuses, and what survives a server killed in the middle of a sync: no token or a
// wrong one, a book marked above the server's accreditation (refused by the laptop and by the
// server), an unreachable server; and nothing the server acknowledged is lost.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, describe, test } from 'node:test';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import * as Y from 'yjs';
import { readBook, writeBook } from '../../electron/node/desk/doc.ts';
import { DATABASE_FILE } from '../../electron/node/open/connection.ts';
import type { Book } from '../../electron/shared/types.ts';
import { deskSkip, freePort, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { repoRoot } from '../helpers/library.ts';
import { content, type Laptop, laptop } from './laptops.ts';

/** Signs in to the server as a client that does not play by the rules; resolves with the refusal, or null once synced. */
function connect(url: string, name: string, credentials: string, doc = new Y.Doc()): Promise<string | null> {
  return new Promise((resolve) => {
    const provider = new HocuspocusProvider({
      url,
      name,
      document: doc,
      token: credentials,
      onAuthenticationFailed: ({ reason }) => {
        provider.destroy();
        resolve(reason);
      },
      onSynced: () => {
        setTimeout(() => {
          provider.destroy();
          resolve(null);
        }, 1500);
      },
    });
  });
}

describe('the desk refuses what it must, and loses nothing it acknowledged', { skip: deskSkip() }, () => {
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  let db: pg.Client;
  let server: RunningServer;
  let kim: Laptop;
  let lee: Laptop;
  let kimToken: string;

  before(async () => {
    postgres = await startPostgres();
    server = await startServer(postgres.url, { port: await freePort() });
    db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    kim = laptop();
    lee = laptop();
    kimToken = token(postgres.url, 'Kim');
    kim.cli('desk', 'join', server.url, '--token', kimToken);
    lee.cli('desk', 'join', server.url, '--token', token(postgres.url, 'Lee'));
  });

  after(async () => {
    kim?.close();
    lee?.close();
    await db?.end();
    await server?.stop();
    postgres?.stop();
  });

  const stored = async (name: string) =>
    (await db.query('SELECT state FROM desk_documents WHERE name = $1', [name])).rows[0]?.state as Buffer | undefined;

  test('a laptop without a valid token is refused, in words', async () => {
    const stranger = laptop();
    try {
      const r = stranger.cli('desk', 'join', server.url, '--token', 'bbd_not-a-real-token');
      assert.notEqual(r.code, 0);
      assert.match(r.stderr, /did not accept this laptop’s token: ask the desk administrator for a new one/);
      assert.match(stranger.cli('desk', 'status').stdout, /has not joined a desk/);
    } finally {
      stranger.close();
    }
    assert.match((await connect(server.url, 'desk:library', '')) ?? '', /did not accept/);
    assert.match((await connect(server.url, 'desk:library', JSON.stringify({ token: 'nope' }))) ?? '', /did not accept/);
  });

  test('an unreachable server is said so, and the laptop keeps its changes', async () => {
    const port = await freePort();
    const r = kim.cli('desk', 'join', `ws://127.0.0.1:${port}`, '--token', kimToken);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /could not join: the desk server at .* cannot be reached\. .*Nothing was changed\./);
    const plain = kim.cli('desk', 'join', 'ws://desk.example.org:8443', '--token', kimToken);
    assert.match(plain.stderr, /must start with wss:\/\/ \(encrypted\)/);
  });

  test('a book marked above the accreditation never leaves the laptop, and the server refuses it', async () => {
    const secret = await kim.call('books.create', { title: 'Negotiating margins', classification: 'SECRET' });
    await kim.call('books.addPoint', { bookId: secret.id, text: 'Our bottom line is 3%.' });
    const out = kim.sync();
    assert.match(out, /This book is marked SECRET; the desk server is accredited for RESTRICTED only; it stays on this laptop\./);
    assert.equal(await stored(`book:${secret.id}`), undefined);
    lee.sync();
    assert.equal(
      (await lee.call('books.list', {})).some((b) => b.id === secret.id),
      false,
    );
    // A point marked SECRET in a RESTRICTED book makes the book SECRET too.
    const mixed = await kim.call('books.create', { title: 'Mixed' });
    const withPoint = await kim.call('books.addPoint', { bookId: mixed.id, text: 'A secret line.' });
    const pointId = withPoint.sections.flatMap((s) => s.points)[0]?.id as string;
    await kim.call('books.updatePoint', { bookId: mixed.id, pointId, marking: 'SECRET' });
    assert.match(kim.sync(), new RegExp(`${mixed.id}: This book is marked SECRET`));
    assert.equal(await stored(`book:${mixed.id}`), undefined);

    // A client that says its book is SECRET is refused at sign-in; one that hides it is cut off and nothing is stored.
    const refusal = await connect(server.url, 'book:bforged01', JSON.stringify({ token: kimToken, marking: 'SECRET' }));
    assert.equal(
      refusal,
      'This book is marked SECRET; the desk server is accredited for RESTRICTED only; it stays on this laptop.',
    );
    const doc = new Y.Doc();
    writeBook(doc, { ...(await kim.book(secret.id)), id: 'bforged02' } as Book);
    await connect(server.url, 'book:bforged02', JSON.stringify({ token: kimToken }), doc);
    assert.equal(await stored('book:bforged02'), undefined);
    const peek = new Y.Doc();
    const answer = await connect(server.url, 'book:bforged02', JSON.stringify({ token: kimToken }), peek);
    assert.ok(answer !== null || readBook(peek) === null, 'another officer never receives it either');
  });

  test('an officer who is not the owner cannot restrict a book by sending the change himself', async () => {
    const open = await kim.call('books.create', { title: 'Whole desk' });
    kim.sync();
    lee.sync();
    const library = new DatabaseSync(join(lee.dir, DATABASE_FILE), { readOnly: true });
    const row = library.prepare('SELECT state FROM desk_docs WHERE name = ?').get(`book:${open.id}`) as { state: Uint8Array };
    library.close();
    const forged = new Y.Doc();
    Y.applyUpdate(forged, row.state);
    forged.getMap('book').set('officers', ['Park']);
    await connect(server.url, `book:${open.id}`, JSON.stringify({ token: token(postgres.url, 'Park') }), forged);
    const r = await db.query('SELECT officers FROM desk_documents WHERE name = $1', [`book:${open.id}`]);
    assert.equal(r.rows[0]?.officers, null, 'the restriction was not stored');
    await kim.call('books.update', { id: open.id, patch: { place: 'Seoul' } });
    assert.doesNotMatch(kim.sync(), /restricted/);
  });

  test('killing the server during a sync loses nothing acknowledged; both laptops converge after restart', async () => {
    const ids: string[] = [];
    for (let b = 0; b < 30; b++) {
      const book = await kim.call('books.create', { title: `Programme day ${b + 1}` });
      for (let i = 0; i < 10; i++) await kim.call('books.addPoint', { bookId: book.id, text: `Item ${i + 1} of day ${b + 1}.` });
      ids.push(book.id);
    }
    const sync = spawn(process.execPath, [join(repoRoot, 'bin/briefbook.mjs'), '--data', kim.dir, 'desk', 'sync']);
    const exited = new Promise<number>((resolve) => sync.once('exit', (code) => resolve(code ?? -1)));
    // The server is killed once the first books are acknowledged and before the last are.
    const watch = new DatabaseSync(join(kim.dir, DATABASE_FILE), { readOnly: true });
    const waitingBooks = () =>
      (watch.prepare(`SELECT count(DISTINCT doc) AS n FROM desk_outbox WHERE doc LIKE 'book:%'`).get() as { n: number }).n;
    const initially = waitingBooks();
    let running = true;
    void exited.then(() => {
      running = false;
    });
    while (running && waitingBooks() >= initially - 2) await new Promise((r) => setTimeout(r, 2));
    server.process.kill('SIGKILL');
    watch.close();
    await exited;
    // Whatever left the outbox (the server said it had stored it) is in PostgreSQL, whole.
    const library = new DatabaseSync(join(kim.dir, DATABASE_FILE), { readOnly: true });
    const waiting = new Set(
      (library.prepare('SELECT DISTINCT doc FROM desk_outbox').all() as { doc: string }[]).map((r) => r.doc),
    );
    let acknowledged = 0;
    for (const id of ids) {
      const name = `book:${id}`;
      if (waiting.has(name)) continue;
      acknowledged++;
      const mine = library.prepare('SELECT state FROM desk_docs WHERE name = ?').get(name) as { state: Uint8Array };
      const state = await stored(name);
      assert.ok(state, `${name} was acknowledged, so the server has it`);
      const theirs = new Y.Doc();
      Y.applyUpdate(theirs, state);
      assert.ok(Y.snapshotContainsUpdate(Y.snapshot(theirs), mine.state), `${name}: the server holds every acknowledged edit`);
    }
    library.close();
    console.log(`# killed mid-sync: ${acknowledged} of ${ids.length} books acknowledged before the kill`);
    server = await startServer(postgres.url, { port: server.port });
    kim.sync();
    lee.sync();
    for (const id of ids) assert.deepEqual(content(await lee.book(id)), content(await kim.book(id)));
    assert.equal((await lee.book(ids[29] as string)).sections.flatMap((s) => s.points).length, 10);
    assert.match(kim.cli('desk', 'status').stdout, /Up to date\. 2 books stay on this laptop \(marked above RESTRICTED\)/);
  });
});
