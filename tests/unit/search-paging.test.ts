// Search for a common word in a large library: results are grouped by record first and paged by
// record, so every record with a match can be reached, not only those of the first 100 paragraphs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ImportOutcome, SearchHit, SearchResult } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';

const RECORDS = 500;
const CITIES = ['Hanoi', 'Seoul', 'Jakarta', 'Manila', 'Bangkok'];

/** A small readout: three paragraphs name "cooperation", one does not. */
function readout(i: number): string {
  const city = CITIES[i % CITIES.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  return [
    `Readout of consultations on fisheries, round ${i}`,
    '',
    `${city}, 2021-03-${day}. The delegations met for round ${i} of the consultations.`,
    '',
    `1. The two sides reviewed cooperation on fisheries patrols in sector ${i}.`,
    '',
    `2. They agreed to deepen cooperation on port inspections, item ${i * 7}.`,
    '',
    `3. Both welcomed cooperation between coast guards, exercise ${i * 13}.`,
    '',
    `4. The next round, number ${i + 1}, will be held in ${city}.`,
  ].join('\n');
}

describe('search through a large library, a page of records at a time', () => {
  let lib: ReturnType<typeof tempBackend>;
  const run = async (input: object) => unwrap<SearchResult>(await lib.dispatch('search.run', { query: 'cooperation', ...input }));

  before(async () => {
    lib = tempBackend({ seed: false });
    for (let start = 0; start < RECORDS; start += 100) {
      const files = Array.from({ length: 100 }, (_, k) => ({
        name: `readout-${start + k}.txt`,
        base64: Buffer.from(readout(start + k)).toString('base64'),
      }));
      const outcomes = unwrap<ImportOutcome[]>(await lib.dispatch('library.importData', { files }));
      assert.ok(
        outcomes.every((o) => o.ok && !o.duplicate),
        JSON.stringify(outcomes.find((o) => !o.ok)),
      );
    }
  });
  after(() => lib.dispose());

  test('a common word in 500 records lists every record, page by page, with its best paragraphs', async () => {
    const first = await run({ limit: 40 });
    assert.equal(first.records, RECORDS, 'the result says how many records match in all');
    assert.equal(first.total, RECORDS * 3, 'and how many paragraphs');
    assert.equal(first.truncated, false);
    assert.equal(first.groups.length, 40);
    assert.equal(first.nextOffset, 40);
    const seen = new Set<string>();
    let page: SearchResult = first;
    let pages = 0;
    for (;;) {
      pages++;
      for (const g of page.groups) {
        assert.ok(!seen.has(g.recordId), `record ${g.title} is listed once`);
        seen.add(g.recordId);
        assert.ok(g.hits.length >= 1 && g.hits.length <= 3, 'a few best paragraphs per record');
        assert.equal(g.hits.length + (g.otherHits ?? 0), 3, 'the others are counted');
        for (const h of g.hits)
          assert.ok(
            h.snippet.some((part) => part.match && /cooperation/i.test(part.text)),
            'highlighted',
          );
      }
      if (page.nextOffset === null) break;
      page = await run({ limit: 40, offset: page.nextOffset });
      assert.equal(page.records, RECORDS);
    }
    assert.equal(seen.size, RECORDS, 'every record with the word is reached');
    assert.equal(pages, Math.ceil(RECORDS / 40));
    // Paragraph 1 of each readout (fisheries) is tagged with a topic: counted in all 500 records, not the page's 40.
    assert.equal(first.facets.topic[0]?.count, RECORDS, 'facets count every match, not only the page');
  });

  test('one paragraph per record, and the rest counted', async () => {
    const result = await run({ limit: 10, perRecord: 1 });
    assert.ok(result.groups.every((g) => g.hits.length === 1 && g.otherHits === 2));
  });

  test('library.search pages through every paragraph with offset', async () => {
    const ids = new Set<string>();
    for (let offset = 0; ; offset += 500) {
      const hits = unwrap<SearchHit[]>(await lib.dispatch('library.search', { query: 'cooperation', limit: 500, offset }));
      for (const h of hits) ids.add(h.paragraphId);
      if (hits.length < 500) break;
    }
    assert.equal(ids.size, RECORDS * 3);
  });
});
