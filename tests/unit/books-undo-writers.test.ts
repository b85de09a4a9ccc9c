// Undo with more than one writer: the app's window (store A, through the real dispatch) and the
// CLI or another window writing to the same library. Undo takes back only A's own edits.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Book, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import type { ApiClient } from '../../renderer/src/api/client.ts';
import { createAppStore } from '../../renderer/src/store/index.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('undo with another writer', () => {
  let lib: ReturnType<typeof tempBackend>;
  let record: RecordDetail;
  const get = async (id: string) => unwrap<Book>(await lib.dispatch('books.get', { id }));
  const tp = (b: Book | null) => b?.sections.find((s) => s.key === 'talking-points')?.points ?? [];
  const texts = (b: Book | null) => tp(b).map((p) => p.text);
  const para = (label: string) => record.paragraphs.find((p) => p.label === label)?.text as string;
  /** The CLI (or another window): calls straight to the same library, never through A's store. */
  const cli = async <T = Book>(method: string, input: unknown) => unwrap<T>(await lib.dispatch(method, input));
  const windowA = () => {
    const client: ApiClient = {
      call: ((method: string, input: unknown) => lib.dispatch(method, input)) as ApiClient['call'],
      on: () => () => {},
    };
    return createAppStore(client);
  };
  /** A book with two points from paragraphs 3 and 4, made in window A. */
  const setUp = async () => {
    const a = windowA();
    await a.getState().createBook('Visit of the Foreign Minister of Viet Nam');
    await a.getState().addPoint(record.id, `${record.id}:3`);
    await a.getState().addPoint(record.id, `${record.id}:4`);
    return { a, bookId: a.getState().book?.id as string, ids: tp(a.getState().book).map((p) => p.id) };
  };
  const edit = async (a: ReturnType<typeof windowA>, pointId: string, text: string) => {
    a.getState().typePoint(pointId, text);
    await a.getState().flush();
  };

  before(async () => {
    lib = tempBackend();
    const records = unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}));
    record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: records.find((r) => r.title.startsWith('ROK'))?.id }));
  });
  after(() => lib.dispose());

  test('Undo after another writer’s change takes back only the user’s own change', async () => {
    const { a, bookId, ids } = await setUp();
    const [first, second] = ids as [string, string];
    await edit(a, first, 'We agreed to resume flights.');

    // Meanwhile the CLI adds a point and another window rewrites the second one.
    await cli('books.addPoint', { bookId, recordId: record.id, paragraphId: '5' });
    await cli('books.updatePoint', { bookId, pointId: second, text: 'Their wording of point two.' });

    await a.getState().undo();
    const after = await get(bookId);
    assert.deepEqual(texts(after), [para('3'), 'Their wording of point two.', para('5')]);
    assert.deepEqual(texts(a.getState().book), texts(after), 'the window shows the other writer’s point too');
    assert.equal(a.getState().toasts.length, 0, 'nothing to warn about');

    await a.getState().redo();
    assert.deepEqual(texts(await get(bookId)), ['We agreed to resume flights.', 'Their wording of point two.', para('5')]);
  });

  test('undoing an addition after the CLI added its own removes only the window’s point', async () => {
    const { a, bookId } = await setUp();
    await a.getState().addPoint(record.id, `${record.id}:6`);
    await cli('books.addPoint', { bookId, recordId: record.id, paragraphId: '5' });
    await a.getState().undo();
    assert.deepEqual(
      tp(await get(bookId)).map((p) => p.citation?.label),
      ['3', '4', '5'],
    );
    await a.getState().redo();
    assert.deepEqual(
      tp(await get(bookId)).map((p) => p.citation?.label),
      ['3', '4', '6', '5'],
      'the point comes back where it was: after para 4',
    );
  });

  test('a deleted point and a move come back in place around points added elsewhere', async () => {
    const { a, bookId, ids } = await setUp();
    await a.getState().addPoint(record.id, `${record.id}:6`);
    await a.getState().deletePoint(ids[0] as string);
    await cli('books.addPoint', { bookId, recordId: record.id, paragraphId: '5', index: 0 });
    await a.getState().undo();
    assert.deepEqual(
      tp(await get(bookId)).map((p) => p.citation?.label),
      ['3', '5', '4', '6'],
      'para 3 is back at the top, the CLI’s point stays where the CLI put it',
    );

    const six = tp(await get(bookId)).find((p) => p.citation?.label === '6')?.id as string;
    await a.getState().movePointTo(six, tp(a.getState().book)[0]?.sectionId as string, 0);
    await cli('books.deletePoint', { bookId, pointId: tp(await get(bookId)).find((p) => p.citation?.label === '5')?.id });
    await a.getState().undo();
    assert.deepEqual(
      tp(await get(bookId)).map((p) => p.citation?.label),
      ['3', '4', '6'],
      'the move is undone; the CLI’s deletion stays',
    );
  });

  test('an edit changed elsewhere since is left alone, with a notice', async () => {
    const { a, bookId, ids } = await setUp();
    const first = ids[0] as string;
    await edit(a, first, 'Our wording.');
    await cli('books.updatePoint', { bookId, pointId: first, text: 'The other window’s wording.' });
    await a.getState().undo();
    assert.equal(tp(await get(bookId))[0]?.text, 'The other window’s wording.', 'the other writer’s words stay');
    const toast = a.getState().toasts.at(-1);
    assert.equal(toast?.title, 'Could not undo');
    assert.match(toast?.message ?? '', /The point “The other window’s wording\.” was changed elsewhere/);
    assert.equal(a.getState().canRedo, false, 'nothing was undone, so there is nothing to redo');

    // A point deleted elsewhere does not come back when the window undoes its edit to it.
    await edit(a, ids[1] as string, 'Second, reworded.');
    await cli('books.deletePoint', { bookId, pointId: ids[1] });
    await a.getState().undo();
    assert.equal(tp(await get(bookId)).length, 1);
    assert.match(a.getState().toasts.at(-1)?.message ?? '', /was deleted elsewhere/);
  });

  test('split, join, section moves and removals undo and redo in place', async () => {
    const { a, bookId, ids } = await setUp();
    const labels = async () => tp(await get(bookId)).map((p) => p.text.slice(0, 12));
    const start = await labels();
    await a.getState().splitPoint(ids[0] as string, 20);
    assert.equal(tp(await get(bookId)).length, 3);
    await a.getState().mergePoint(ids[0] as string);
    await a.getState().undo();
    await a.getState().undo();
    assert.deepEqual(await labels(), start);
    const tpSection = tp(a.getState().book)[0]?.sectionId as string;
    await a.getState().moveSection(tpSection, 0);
    await a.getState().removeSection(tpSection);
    await a.getState().addSection('Press lines');
    const own = a.getState().book?.sections.at(-1)?.id as string;
    await cli('books.addPoint', { bookId, section: own, text: 'Added from the CLI.' });
    await a.getState().undo();
    const kept = await get(bookId);
    assert.equal(kept.sections.at(-1)?.title, 'Press lines', 'a section with another writer’s point stays');
    assert.match(a.getState().toasts.at(-1)?.message ?? '', /has points added elsewhere/);
    await a.getState().undo();
    await a.getState().undo();
    const back = await get(bookId);
    assert.equal(back.sections[2]?.id, tpSection, 'the section is back in its place with its points');
    assert.deepEqual(await labels(), start);
    await a.getState().redo();
    assert.equal((await get(bookId)).sections[0]?.id, tpSection);
  });

  test('another window’s edits are not on this window’s undo stack', async () => {
    const { a, bookId, ids } = await setUp();
    const b = windowA();
    await b.getState().selectBook(bookId);
    await edit(b, ids[0] as string, 'Window B’s words.');
    await a.getState().selectBook(bookId);
    // A's own last step is adding para 4: that is what its undo takes back, not B's typing.
    await a.getState().undo();
    assert.deepEqual(texts(await get(bookId)), ['Window B’s words.']);
    await b.getState().undo();
    assert.deepEqual(texts(await get(bookId)), [para('3')]);
  });
});
