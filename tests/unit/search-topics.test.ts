// Search that understands the domain: a topic found under any of its names and through its tags,
// facets, results grouped by record, and saved searches.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { RecordSummary, SavedSearch, SearchHit, SearchResult } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';
import { KOREAN, LATER_MOFA, VNA_ENGLISH, VNA_VIETNAMESE, YONHAP } from './topics-corpus.ts';

describe('searching by topic', () => {
  let lib: ReturnType<typeof tempBackend>;
  const id: Record<string, string> = {};
  const recordsFor = async (query: string, filters = {}) =>
    new Set(unwrap<SearchHit[]>(await lib.dispatch('library.search', { query, filters, limit: 500 })).map((h) => h.recordId));
  const run = async (query: string, filters = {}) => unwrap<SearchResult>(await lib.dispatch('search.run', { query, filters }));

  before(async () => {
    lib = tempBackend();
    for (const r of [VNA_VIETNAMESE, VNA_ENGLISH, YONHAP, KOREAN, LATER_MOFA]) {
      id[r.name] = unwrap<RecordSummary>(await lib.dispatch('library.importText', r)).id;
    }
    for (const r of unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}))) {
      if (r.title.startsWith('ROK-Viet Nam Foreign Ministers’ Meeting')) id.seed1 = r.id;
      if (r.title.startsWith('Vietnam – RoK Consultation')) id.seed2 = r.id;
    }
  });
  after(() => lib.dispose());

  test('every name of the South China Sea finds every record that speaks of it, whatever it calls it', async () => {
    const expected = [id.seed1, id.seed2, id[VNA_VIETNAMESE.name], id[VNA_ENGLISH.name], id[KOREAN.name]].sort();
    for (const alias of ['South China Sea', 'East Sea (South China Sea)', 'Biển Đông', 'bien dong', 'SCS', '남중국해']) {
      assert.deepEqual([...(await recordsFor(alias))].sort(), expected, alias);
    }
    // The Korean wire report's "East Sea" is another sea.
    assert.ok(!(await recordsFor('South China Sea')).has(id[YONHAP.name] as string));
  });

  test('"Viet Nam", "Vietnam" and "Việt Nam" find the same records; so do the names of Korea', async () => {
    const vn = ['Viet Nam', 'Vietnam', 'Việt Nam', 'viet nam', '베트남'];
    const first = [...(await recordsFor(vn[0] as string))].sort();
    for (const name of [id.seed1, id.seed2, id[VNA_VIETNAMESE.name], id[KOREAN.name]]) assert.ok(first.includes(name as string));
    for (const alias of vn) assert.deepEqual([...(await recordsFor(alias))].sort(), first, alias);
    const korea = [...(await recordsFor('ROK'))].sort();
    for (const alias of ['RoK', 'Republic of Korea', 'South Korea', '한국'])
      assert.deepEqual([...(await recordsFor(alias))].sort(), korea, alias);
    assert.ok(korea.includes(id.seed2 as string) && korea.includes(id[KOREAN.name] as string));
  });

  test('"NSPP" finds the New Southern Policy, and the plain words typed rank first', async () => {
    for (const alias of ['New Southern Policy', 'New Southern Policy Plus', 'NSPP', '신남방정책']) {
      const records = await recordsFor(alias);
      for (const r of [id.seed1, id.seed2, id[KOREAN.name]]) assert.ok(records.has(r as string), `${alias} → ${r}`);
    }
    const hits = unwrap<SearchHit[]>(await lib.dispatch('library.search', { query: 'NSPP' }));
    assert.equal(hits[0]?.via, 'literal');
    assert.equal(hits[0]?.recordId, id.seed2);
    assert.ok(hits.slice(1).every((h) => h.via !== 'literal'));
  });

  test('an inferred "East Sea" is found through its tag and highlighted', async () => {
    const result = await run('South China Sea');
    assert.equal(result.topic?.id, 'south-china-sea');
    const group = result.groups.find((g) => g.recordId === id[VNA_ENGLISH.name]);
    assert.equal(group?.hits[0]?.via, 'tag');
    assert.deepEqual(
      group?.hits[0]?.snippet.filter((p) => p.match).map((p) => p.text),
      ['East Sea'],
    );
  });

  test('results come grouped by record with facets; filters narrow them', async () => {
    const result = await run('vaccine');
    assert.ok(result.groups.length >= 3);
    assert.ok(result.groups.every((g) => new Set(g.hits.map((h) => h.paragraphId)).size === g.hits.length));
    const country = result.facets.country.map((f) => f.value);
    assert.ok(country.includes('Viet Nam') && country.includes('Republic of Korea'));
    assert.ok(result.facets.topic.some((f) => f.value === 'vaccines'));
    assert.ok(result.facets.publisher.some((f) => f.value === 'Ministry of Foreign Affairs, Republic of Korea'));

    const dated = await run('vaccine', { from: '2021-01-01', to: '2021-12-31' });
    assert.deepEqual(dated.groups.map((g) => g.recordId).sort(), [id[VNA_ENGLISH.name], id[LATER_MOFA.name]].sort());
    // The person typed without diacritics: the sample record's "Pham Binh Minh" and the Vietnamese report's "Phạm Bình Minh".
    const byPerson = await run('vaccine', { participant: 'pham binh minh' });
    assert.deepEqual(byPerson.groups.map((g) => g.recordId).sort(), [id.seed1, id[VNA_VIETNAMESE.name]].sort());
    const byPublisher = await run('vaccine', { publisher: 'Vietnam News Agency (VNA)' });
    assert.deepEqual(
      byPublisher.groups.map((g) => g.recordId),
      [id[VNA_ENGLISH.name]],
    );
    const byTopic = await run('', { topic: 'Aviation', country: 'Vietnam' });
    assert.ok(byTopic.groups.some((g) => g.recordId === id.seed1));
    assert.ok(
      byTopic.groups.some((g) => g.recordId === id[VNA_ENGLISH.name]),
      'commercial flights',
    );
  });

  test('a search is saved with its filters, listed, replaced under the same name and removed', async () => {
    const saved = unwrap<SavedSearch>(
      await lib.dispatch('search.save', { name: 'SCS with Viet Nam', query: 'Biển Đông', filters: { country: 'Viet Nam' } }),
    );
    unwrap(
      await lib.dispatch('search.save', {
        name: 'SCS with Viet Nam',
        query: 'SCS',
        filters: { country: 'Viet Nam', from: '2020-01-01' },
      }),
    );
    const list = unwrap<SavedSearch[]>(await lib.dispatch('search.saved', {}));
    assert.equal(list.length, 1);
    assert.equal(list[0]?.query, 'SCS');
    assert.deepEqual(list[0]?.filters, { country: 'Viet Nam', from: '2020-01-01' });
    unwrap(await lib.dispatch('search.removeSaved', { id: saved.id }));
    assert.deepEqual(unwrap<SavedSearch[]>(await lib.dispatch('search.saved', {})), []);
  });

  test('mistakes get clear errors', async () => {
    const unknown = await lib.dispatch('search.run', { query: 'x', filters: { topic: 'Atlantis' } });
    assert.equal(!unknown.ok && unknown.error.code, 'NOT_FOUND');
    const badDate = await lib.dispatch('search.run', { query: 'x', filters: { from: '2020-13-01' } });
    assert.equal(!badDate.ok && badDate.error.code, 'BAD_INPUT');
    const empty = await lib.dispatch('search.run', { query: ' ' });
    assert.equal(!empty.ok && empty.error.code, 'BAD_INPUT');
  });
});
