// The renderer's store, driven through a fake API client (no DOM, no server).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Book, RecordDetail, RecordSummary, SearchResult } from '../../electron/shared/types.ts';
import type { ApiClient, CallFn, OnFn } from '../../renderer/src/api/client.ts';
import { createAppStore, memoryPrefs } from '../../renderer/src/store/index.ts';

const record: RecordSummary = {
  id: 'r1',
  title: 'ROK-Viet Nam Foreign Ministers’ Meeting and Luncheon',
  publisher: 'Ministry of Foreign Affairs',
  publishedAt: '2020-09-22',
  meetingDate: '2020-09-18',
  place: 'Seoul',
  language: 'en',
  paragraphCount: 9,
  sourceName: '000.txt',
  importedAt: '2024-01-01T00:00:00.000Z',
};

const detail: RecordDetail = {
  ...record,
  participants: [],
  dateNotes: [],
  usedParagraphIds: [],
  paragraphs: [{ id: 'r1:3', recordId: 'r1', label: '3', ordinal: 2, text: 'The two sides agreed to resume flights.' }],
};

function makeBook(points: Array<{ id: string; text: string }>): Book {
  return {
    id: 'b1',
    title: 'Visit of the Foreign Minister of Viet Nam',
    meeting: null,
    meetingDate: null,
    place: null,
    principal: null,
    counterpart: null,
    preparedBy: null,
    classification: 'OFFICIAL',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-02T00:00:00.000Z',
    sections: [
      {
        id: 's1',
        bookId: 'b1',
        key: 'talking-points',
        title: 'Talking points',
        ordinal: 0,
        points: points.map((p, i) => ({
          id: p.id,
          sectionId: 's1',
          ordinal: i,
          text: p.text,
          kind: 'talking-point' as const,
          marking: null,
          citation: null,
        })),
      },
    ],
  };
}

type Handler = (input: never) => unknown;

/** A fake client: each method answers from `handlers`; unknown methods fail like the server would. */
function fakeClient(handlers: Record<string, Handler>) {
  const calls: Array<{ method: string; input: unknown }> = [];
  const listeners = new Map<string, Array<(p: unknown) => void>>();
  const call = (async (method: string, input: unknown) => {
    calls.push({ method, input });
    const h = handlers[method];
    if (!h) return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `no ${method}` } };
    const out = await h(input as never);
    if (out && typeof out === 'object' && 'ok' in out) return out;
    return { ok: true, value: out };
  }) as unknown as CallFn;
  const on = ((event: string, cb: (p: unknown) => void) => {
    const list = listeners.get(event) ?? [];
    list.push(cb);
    listeners.set(event, list);
    return () =>
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((x) => x !== cb),
      );
  }) as unknown as OnFn;
  const emit = (event: string, payload: unknown) => {
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };
  const client: ApiClient = { call, on };
  return { client, calls, emit };
}

describe('app store', () => {
  test('loads records from library.list', async () => {
    const { client } = fakeClient({ 'library.list': () => [record], 'books.list': () => [] });
    const store = createAppStore(client);
    assert.equal(store.getState().recordsStatus, 'idle');
    await store.init();
    const s = store.getState();
    assert.equal(s.recordsStatus, 'ready');
    assert.deepEqual(
      s.records.map((r) => r.title),
      [record.title],
    );
    assert.deepEqual(s.toasts, []);
  });

  test('search stores the records found for the query and ignores stale answers', async () => {
    const result: SearchResult = {
      query: 'flights',
      topic: null,
      total: 1,
      truncated: false,
      records: 1,
      offset: 0,
      nextOffset: null,
      groups: [
        {
          recordId: 'r1',
          title: record.title,
          publisher: null,
          date: record.publishedAt,
          sourceCountry: null,
          otherHits: 0,
          hits: [
            {
              paragraphId: 'r1:3',
              label: '3',
              via: 'literal',
              topics: [],
              snippet: [
                { text: 'resume ', match: false },
                { text: 'flights', match: true },
              ],
            },
          ],
        },
      ],
      facets: { topic: [], country: [], participant: [], publisher: [], years: [] },
    };
    let releaseSlow: () => void = () => {};
    const { client, calls } = fakeClient({
      'search.run': (input: { query: string }) =>
        input.query === 'fli'
          ? new Promise((resolve) => {
              releaseSlow = () => resolve({ ...result, groups: [], records: 0, total: 0 });
            })
          : result,
    });
    const store = createAppStore(client);
    store.getState().setQuery('fli');
    const slow = store.getState().search();
    store.getState().setQuery('flights');
    await store.getState().search();
    releaseSlow();
    await slow;
    const s = store.getState();
    assert.equal(s.searchedQuery, 'flights');
    assert.equal(s.searchStatus, 'done');
    assert.equal(s.found?.records, 1);
    assert.equal(s.found?.groups[0]?.hits[0]?.snippet.find((p) => p.match)?.text, 'flights');
    assert.deepEqual(
      calls.filter((c) => c.method === 'search.run').map((c) => (c.input as { query: string }).query),
      ['fli', 'flights'],
    );

    store.getState().setQuery('   ');
    assert.equal(store.getState().found, null);
  });

  test('adding a point replaces the current book with the one the API returns', async () => {
    const before = makeBook([]);
    const after = makeBook([{ id: 'p1', text: 'The two sides agreed to resume flights.' }]);
    const usedAfter: RecordDetail = { ...detail, usedParagraphIds: ['r1:3'] };
    let added = false;
    const { client, calls } = fakeClient({
      'books.create': () => before,
      'books.addPoint': () => {
        added = true;
        return after;
      },
      'library.get': () => (added ? usedAfter : detail),
    });
    const store = createAppStore(client);
    await store.getState().openRecord('r1');
    assert.equal(store.getState().view.name, 'reader');
    await store.getState().createBook('Visit of the Foreign Minister of Viet Nam');
    assert.equal(store.getState().book, before);
    assert.equal(store.getState().books[0]?.pointCount, 0);

    const result = await store.getState().addPoint('r1', 'r1:3');
    const s = store.getState();
    assert.equal(result, after);
    assert.equal(s.book, after, 'the store holds the API copy, not a local edit');
    assert.equal(s.books[0]?.pointCount, 1);
    assert.deepEqual(s.record?.usedParagraphIds, ['r1:3'], 'the reader learns the paragraph is used');
    assert.deepEqual(calls.find((c) => c.method === 'books.addPoint')?.input, {
      bookId: 'b1',
      recordId: 'r1',
      paragraphId: 'r1:3',
    });
  });

  test('an API error becomes a visible message instead of a throw', async () => {
    const { client } = fakeClient({
      'library.list': () => ({ ok: false, error: { code: 'INTERNAL', message: 'The database is locked.' } }),
      'books.list': () => [],
      'library.importText': () => ({ ok: false, error: { code: 'IMPORT_EMPTY', message: 'The pasted text is empty.' } }),
      'books.get': () => {
        throw new Error('connection reset');
      },
    });
    const store = createAppStore(client);
    await assert.doesNotReject(store.init());
    let s = store.getState();
    assert.equal(s.recordsStatus, 'error');
    assert.equal(s.toasts.length, 1);
    assert.equal(s.toasts[0]?.kind, 'error');
    assert.equal(s.toasts[0]?.title, 'Could not load the library');
    assert.equal(s.toasts[0]?.message, 'The database is locked.');

    const imported = await store.getState().importText('   ');
    assert.equal(imported, null);
    assert.equal(store.getState().importError, 'The pasted text is empty.');

    await assert.doesNotReject(store.getState().selectBook('b1'));
    s = store.getState();
    assert.equal(s.toasts.at(-1)?.message, 'connection reset');

    // Mutating without a book says what to do.
    assert.equal(await store.getState().addPoint('r1', 'r1:3'), null);
    assert.match(store.getState().toasts.at(-1)?.message ?? '', /create a briefing book/);

    store.getState().dismissToast(store.getState().toasts[0]?.id ?? -1);
    assert.equal(store.getState().toasts.length, 2);
  });

  test('export follows progress events for its own job only', async () => {
    let finish: () => void = () => {};
    const { client, emit } = fakeClient({
      'books.list': () => [{ id: 'b1', title: 'B', classification: 'OFFICIAL', pointCount: 0, updatedAt: '2024' }],
      'books.get': () => makeBook([]),
      'library.list': () => [],
      'pdf.export': () =>
        new Promise((resolve) => {
          finish = () =>
            resolve({ saved: true, path: null, fileName: 'b.pdf', pages: 3, bytes: 1000, downloadUrl: '/downloads/x' });
        }),
    });
    const store = createAppStore(client, memoryPrefs());
    await store.init();
    assert.equal(store.getState().book?.id, 'b1', 'the most recent book becomes current');
    const pending = store.getState().exportPdf();
    const job = store.getState().exportJob;
    assert.equal(job?.status, 'running');
    emit('pdf.progress', { jobId: 'someone-else', stage: 'write', done: 9, total: 9 });
    assert.equal(store.getState().exportJob?.progress, null);
    emit('pdf.progress', { jobId: job?.jobId, stage: 'layout', done: 1, total: 3 });
    assert.equal(store.getState().exportJob?.progress?.done, 1);
    finish();
    await pending;
    assert.equal(store.getState().exportJob?.status, 'done');
    assert.equal(store.getState().exportJob?.result?.pages, 3);
    store.dispose();
  });

  test('the desk: the live link’s state follows the host’s events, and a refused join says why', async () => {
    const { client, emit } = fakeClient({
      'library.list': () => [record],
      'books.list': () => [],
      'settings.get': () => ({ country: 'Republic of Korea', countries: [] }),
      'desk.join': () => ({ ok: false, error: { code: 'DESK_UNREACHABLE', message: 'Briefbook could not join.' } }),
    });
    const store = createAppStore(client, memoryPrefs());
    await store.init();
    assert.equal(store.getState().deskLive, null);
    emit('desk.changed', { state: 'syncing', message: null, bookId: 'b1', others: ['Kim'] });
    assert.deepEqual(store.getState().deskLive, { state: 'syncing', message: null, bookId: 'b1', others: ['Kim'] });
    assert.equal(await store.getState().joinDesk('wss://desk.example.org', 't'), 'Briefbook could not join.');
    assert.equal(store.getState().desk, null, 'nothing is recorded as joined');
    store.dispose();
  });
});
