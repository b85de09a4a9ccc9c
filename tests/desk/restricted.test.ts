// A book its owner restricted before it ever left the laptop: the officers it names receive it,
// and an officer outside the list receives nothing of it (not its title, not a point, not even its
// name in the shared library), because the server does not send it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import * as Y from 'yjs';
import { deskSkip, type RunningServer, startPostgres, startServer, token } from '../helpers/desk.ts';
import { type Laptop, laptop } from './laptops.ts';

const TITLE = 'Mekong dams: head of desk only';
const POINT = 'We will raise the Xayaburi flow figures privately.';

/** Every byte this laptop keeps on disk (its database, its journal), as text. */
const onDisk = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => readFileSync(join(f.parentPath, f.name)).toString('latin1'))
    .join('\n');

describe('the desk: a restricted book reaches only the officers it names', { skip: deskSkip() }, () => {
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  let server: RunningServer;
  let kim: Laptop;
  let lee: Laptop;
  let nguyen: Laptop;
  let bookId: string;
  let nguyenSync: string;
  const tokens = new Map<string, string>();

  before(async () => {
    postgres = await startPostgres();
    server = await startServer(postgres.url);
    [kim, lee, nguyen] = [laptop(), laptop(), laptop()];
    for (const [who, name] of [
      [kim, 'Kim'],
      [lee, 'Lee'],
      [nguyen, 'Nguyen'],
    ] as const) {
      tokens.set(name, token(postgres.url, name));
      who.cli('desk', 'join', server.url, '--token', tokens.get(name) as string);
    }
    const shared = await kim.call('books.create', { title: 'Visit of the Foreign Minister' });
    const book = await kim.call('books.create', { title: TITLE });
    bookId = book.id;
    await kim.call('books.addPoint', { bookId, section: 'key-messages', text: POINT });
    assert.match(kim.cli('desk', 'restrict', bookId, 'Lee').stdout, /open only to Kim, Lee/);
    kim.sync();
    lee.sync();
    nguyenSync = nguyen.sync();
    assert.ok(await nguyen.book(shared.id), 'a book shared with the whole desk still reaches everyone');
  });

  after(async () => {
    for (const l of [kim, lee, nguyen]) l?.close();
    await server?.stop();
    postgres?.stop();
  });

  test('an officer it names receives it, title and points', async () => {
    const theirs = await lee.book(bookId);
    assert.equal(theirs.title, TITLE);
    assert.ok(theirs.sections.some((s) => s.points.some((p) => p.text === POINT)));
  });

  test('an officer outside the list receives nothing of it, not even its name', async () => {
    assert.ok(!(await nguyen.call('books.list', {})).some((b) => b.id === bookId));
    assert.doesNotMatch(nguyenSync, new RegExp(`${bookId}|restricted`), 'the sync does not even try it');
    const disk = onDisk(nguyen.dir);
    for (const secret of [TITLE, POINT, bookId]) assert.ok(!disk.includes(secret), `Nguyen's laptop holds “${secret}”`);
  });

  test('the shared library the server sends to everyone does not name it', async () => {
    const db = new pg.Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const rows = (await db.query('SELECT name, state FROM desk_documents')).rows as { name: string; state: Buffer }[];
      const library = rows.find((r) => r.name === 'desk:library');
      assert.ok(library, 'the shared library is stored');
      const doc = new Y.Doc();
      Y.applyUpdate(doc, library.state);
      assert.ok(!JSON.stringify(doc.toJSON()).includes(bookId));
      assert.ok(!library.state.toString('latin1').includes(bookId));
    } finally {
      await db.end();
    }
  });

  test('a book listed in the shared library by a laptop that should not (an older one) is dropped by the server', async () => {
    /** The shared library as an officer's client holds it after a sync, after `edit` (if any) was sent. */
    const library = (officer: string, edit?: (doc: Y.Doc) => void) =>
      new Promise<Y.Doc>((resolve) => {
        const doc = new Y.Doc();
        const provider = new HocuspocusProvider({
          url: server.url,
          name: 'desk:library',
          document: doc,
          token: JSON.stringify({ token: tokens.get(officer), marking: null }),
          onSynced: () => {
            edit?.(doc);
            setTimeout(() => {
              provider.destroy();
              resolve(doc);
            }, 1500);
          },
        });
      });
    await library('Kim', (doc) => doc.getMap('books').set(bookId, true));
    const seen = await library('Nguyen');
    assert.deepEqual([...seen.getMap('books').keys()], []);
  });
});
