// Undo, redo and autosave in the app's store, against a real library through the real dispatch:
// typing is saved after a pause, every change can be undone, and undo writes the book back.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Book, RecordDetail, RecordSummary } from '../../electron/shared/types.ts';
import type { ApiClient } from '../../renderer/src/api/client.ts';
import { SAVE_DELAY_MS } from '../../renderer/src/store/editor.ts';
import { createAppStore } from '../../renderer/src/store/index.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('undo, redo and autosave in the editor', () => {
  let lib: ReturnType<typeof tempBackend>;
  let store: ReturnType<typeof createAppStore>;
  let record: RecordDetail;
  const saved = async () => unwrap<Book>(await lib.dispatch('books.get', { id: store.getState().book?.id }));
  const tp = (b: Book | null) => b?.sections.find((s) => s.key === 'talking-points')?.points ?? [];

  before(async () => {
    lib = tempBackend();
    const client: ApiClient = {
      call: ((method: string, input: unknown) => lib.dispatch(method, input)) as ApiClient['call'],
      on: () => () => {},
    };
    store = createAppStore(client);
    const records = unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}));
    record = unwrap<RecordDetail>(await lib.dispatch('library.get', { id: records.find((r) => r.title.startsWith('ROK'))?.id }));
    await store.getState().createBook('Visit of the Foreign Minister of Viet Nam');
    await store.getState().addPoint(record.id, `${record.id}:3`);
    await store.getState().addPoint(record.id, `${record.id}:4`);
  });
  after(() => lib.dispose());

  test('typing shows at once and is in the database after the pause', async () => {
    const id = tp(store.getState().book)[0]?.id as string;
    store.getState().typePoint(id, 'We agreed');
    store.getState().typePoint(id, 'We agreed to introduce special entry procedures.');
    assert.equal(tp(store.getState().book)[0]?.text, 'We agreed to introduce special entry procedures.');
    assert.equal(store.getState().saveState, 'saving');
    assert.match(tp(await saved())[0]?.text ?? '', /^In particular/, 'not yet written while typing');
    await sleep(SAVE_DELAY_MS + 300);
    assert.equal(tp(await saved())[0]?.text, 'We agreed to introduce special entry procedures.');
    assert.equal(store.getState().saveState, 'saved');
  });

  test('undo puts back the typing, then a move; redo does them again; the database follows', async () => {
    const [a, b] = tp(store.getState().book);
    await store.getState().movePointTo(b?.id as string, a?.sectionId as string, 0);
    assert.deepEqual(
      tp(await saved()).map((p) => p.citation?.label),
      ['4', '3'],
    );

    await store.getState().undo();
    assert.deepEqual(
      tp(await saved()).map((p) => p.citation?.label),
      ['3', '4'],
    );
    await store.getState().undo();
    assert.match(tp(await saved())[0]?.text ?? '', /^In particular/);
    assert.equal(store.getState().canUndo, true, 'the two additions can still be undone');

    await store.getState().redo();
    assert.equal(tp(await saved())[0]?.text, 'We agreed to introduce special entry procedures.');
    await store.getState().redo();
    assert.deepEqual(
      tp(await saved()).map((p) => p.citation?.label),
      ['4', '3'],
    );
    assert.equal(store.getState().canRedo, false);
    assert.deepEqual(
      tp(store.getState().book).map((p) => p.citation?.label),
      ['4', '3'],
      'the store shows what the database has',
    );
  });

  test('a deleted section comes back with its points on undo', async () => {
    const section = store.getState().book?.sections.find((s) => s.key === 'talking-points');
    await store.getState().removeSection(section?.id as string);
    assert.equal((await saved()).sections.length, 7);
    await store.getState().undo();
    const back = await saved();
    assert.equal(back.sections.length, 8);
    assert.equal(back.sections[2]?.title, 'Talking points');
    assert.equal(tp(back).length, 2);
  });

  test('a failed save says "Not saved — retrying" and keeps the text until it lands', async () => {
    let failing = true;
    const flaky: ApiClient = {
      call: ((method: string, input: unknown) =>
        failing && method === 'books.updatePoint'
          ? Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'The database is busy.' } })
          : lib.dispatch(method, input)) as ApiClient['call'],
      on: () => () => {},
    };
    const s2 = createAppStore(flaky);
    await s2.getState().selectBook(store.getState().book?.id as string);
    const id = tp(s2.getState().book)[0]?.id as string;
    s2.getState().typePoint(id, 'We will resume flights.');
    await sleep(SAVE_DELAY_MS + 200);
    assert.equal(s2.getState().saveState, 'retrying');
    assert.equal(tp(s2.getState().book)[0]?.text, 'We will resume flights.');
    failing = false;
    await sleep(1500);
    assert.equal(s2.getState().saveState, 'saved');
    assert.equal(tp(await saved())[0]?.text, 'We will resume flights.');
  });
});
