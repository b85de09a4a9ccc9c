import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { toFtsQuery } from '../../electron/node/search/search.ts';
import type { RecordSummary, SearchHit } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

describe('searching the library', () => {
  let lib: ReturnType<typeof tempBackend>;
  const search = async (query: string) => unwrap<SearchHit[]>(await lib.dispatch('library.search', { query }));
  const flat = (hit: SearchHit) => hit.snippet.map((p) => p.text).join('');
  const marked = (hit: SearchHit) => hit.snippet.filter((p) => p.match).map((p) => p.text);

  before(async () => {
    lib = tempBackend();
    unwrap(
      await lib.dispatch('library.importText', {
        name: 'vn-readout.txt',
        text: 'Phó Thủ tướng Phạm Bình Minh tiếp Bộ trưởng Ngoại giao Hàn Quốc tại Đà Nẵng.\n\n외교부 장관은 베트남과의 협력을 강조했다.',
      }),
    );
  });
  after(() => lib.dispose());

  test('a first run shows the two sample records', async () => {
    const records = unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}));
    assert.ok(records.some((r) => r.title.startsWith('ROK-Viet Nam Foreign Ministers')));
    assert.equal(records.length, 3);
  });

  test('"flights" finds the paragraph about regular flights, highlighted', async () => {
    const hits = await search('flights');
    assert.equal(hits.length, 1);
    const hit = hits[0] as SearchHit;
    assert.equal(hit.label, '3.1');
    assert.match(hit.recordTitle, /Foreign Ministers/);
    assert.deepEqual(marked(hit), ['flights']);
    assert.match(flat(hit), /Incheon-Hanoi/);
  });

  test('a word matches its longer forms ("flight" finds "flights")', async () => {
    assert.equal((await search('flight')).length, 1);
  });

  test('Vietnamese typed without diacritics finds the text with them, đ included', async () => {
    const hits = await search('Da Nang');
    assert.equal(hits.length, 1);
    assert.deepEqual(marked(hits[0] as SearchHit), ['Đà', 'Nẵng']);
    // The Korean press release writes "Pham Binh Minh"; the Vietnamese text "Phạm Bình Minh": both are found.
    assert.equal((await search('pham binh minh')).length, 2);
    assert.equal((await search('Phạm Bình Minh')).length, 2);
  });

  test('Korean words match by prefix', async () => {
    assert.equal((await search('외교')).length, 1);
  });

  test('search operators are just words, and a query of punctuation finds nothing without failing', async () => {
    assert.deepEqual(await search('"'), []);
    assert.deepEqual(await search('AND OR NOT'), []);
    assert.equal(toFtsQuery('Incheon-Hanoi'), '"Incheon Hanoi"*');
    assert.equal(toFtsQuery('"special entry"'), '"special entry"');
  });

  test('an empty query is rejected with BAD_INPUT', async () => {
    const result = await lib.dispatch('library.search', { query: '   ' });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.code, 'BAD_INPUT');
  });
});
