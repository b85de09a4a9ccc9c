// The lookups that keep search and the ledger fast (migration 7) must never change what the desk
// officer sees: one counterpart's ledger read from its index is the newest part of the full
// ledger, a library upgraded from before the lookups links and filters as a new one does, and a
// filtered search finds the same paragraphs whether or not an index row has its record entry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { listLedger } from '../../electron/node/ledger/ledger.ts';
import { openDatabase } from '../../electron/node/open/connection.ts';
import type { LedgerEntry, RecordSummary, SearchHit } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';
import { LATER_MOFA } from './topics-corpus.ts';

describe('ledger and search lookups', () => {
  let lib: ReturnType<typeof tempBackend>;
  before(() => {
    lib = tempBackend();
  });
  after(() => lib.dispose());

  test('a counterpart’s ledger, newest first, is the top of the whole ledger for its records', async () => {
    unwrap<RecordSummary>(await lib.dispatch('library.importText', LATER_MOFA));
    const all = listLedger(lib.db);
    const ofVietNam = new Set(
      (lib.db.prepare(`SELECT record_id FROM record_countries WHERE country = 'Viet Nam'`).all() as { record_id: string }[]).map(
        (r) => r.record_id,
      ),
    );
    const expected = all.filter((e) => ofVietNam.has(e.recordId)).map((e) => e.id);
    assert.ok(expected.length > 10);
    assert.deepEqual(
      listLedger(lib.db, { counterpart: 'Viet Nam' }).map((e) => e.id),
      expected,
    );
    assert.deepEqual(
      listLedger(lib.db, { counterpart: 'Viet Nam', limit: 5 }).map((e) => e.id),
      expected.slice(0, 5),
    );
    assert.deepEqual(listLedger(lib.db, { counterpart: 'Thailand' }), []);
  });

  test('a library from before the lookups links a new record’s commitments to the earlier ones', async () => {
    // As an upgraded library: commitments stored, their word entries not yet written.
    const dir = lib.dir;
    lib.db.exec(
      `DELETE FROM commitment_words; INSERT OR REPLACE INTO meta (key, value) VALUES ('commitment_words_pending', '1')`,
    );
    const later = (lib.db.prepare(`SELECT id FROM records ORDER BY imported_at DESC LIMIT 1`).get() as { id: string }).id;
    lib.db.exec(`DELETE FROM commitments WHERE record_id = '${later}'`);
    lib.db.exec('PRAGMA user_version = 10');
    const db = openDatabase(dir);
    try {
      const { indexRecord } = await import('../../electron/node/topics/tagging.ts');
      indexRecord(db, later);
      const again = listLedger(db, { counterpart: 'Viet Nam' }).find(
        (e: LedgerEntry) => e.recordId === later && e.what.startsWith('agreed to conclude'),
      );
      assert.ok(again?.previous, 'the commitment made again is linked to the earlier one');
      assert.equal(
        (db.prepare(`SELECT count(*) AS n FROM meta WHERE key = 'commitment_words_pending'`).get() as { n: number }).n,
        0,
      );
    } finally {
      db.close();
    }
  });

  test('a corrected meeting date moves the record in and out of a date-filtered search', async () => {
    const hits = async (from: string, to: string) =>
      new Set(
        unwrap<SearchHit[]>(
          await lib.dispatch('library.search', { query: 'cooperation', filters: { from, to }, limit: 500 }),
        ).map((h) => h.recordId),
      );
    const id = [...(await hits('0000-01-01', '9999-12-31'))][0] as string;
    unwrap(await lib.dispatch('library.correct', { recordId: id, field: 'meetingDate', value: '1999-05-05' }));
    assert.ok((await hits('1999-01-01', '1999-12-31')).has(id));
    assert.ok(!(await hits('2000-01-01', '9999-12-31')).has(id));
  });

  test('a filtered search finds the same paragraphs with or without the index rows’ record entries', async () => {
    const search = async () =>
      unwrap<SearchHit[]>(
        await lib.dispatch('library.search', {
          query: 'cooperation',
          filters: { country: 'Viet Nam', from: '1990-01-01', to: '2100-12-31' },
          limit: 500,
        }),
      )
        .map((h) => h.paragraphId)
        .sort();
    const withEntries = await search();
    assert.ok(withEntries.length > 0);
    lib.db.exec('DELETE FROM paragraph_index_records');
    assert.deepEqual(await search(), withEntries);
    const none = unwrap<SearchHit[]>(
      await lib.dispatch('library.search', { query: 'cooperation', filters: { country: 'Thailand' }, limit: 500 }),
    );
    assert.equal(none.length, 0);
  });
});

test('correcting a meeting date and reverting it moves the record in a date-filtered search both ways', async () => {
  const lib = tempBackend();
  try {
    const records = unwrap<{ id: string; title: string }[]>(await lib.dispatch('library.list', {}));
    const korean = records.find((r) => r.title.startsWith('ROK-Viet Nam')) as { id: string };
    const inWindow = async () => {
      const hits = unwrap<{ recordId: string }[]>(
        await lib.dispatch('library.search', { query: 'flights', filters: { from: '2020-09-01', to: '2020-09-30' } }),
      );
      return hits.some((h) => h.recordId === korean.id);
    };
    assert.equal(await inWindow(), true);
    unwrap(await lib.dispatch('library.correct', { recordId: korean.id, field: 'meetingDate', value: '2021-03-01' }));
    assert.equal(await inWindow(), false, 'the corrected date is outside the window');
    unwrap(await lib.dispatch('library.revertCorrection', { recordId: korean.id, field: 'meetingDate' }));
    assert.equal(await inWindow(), true, 'the reverted date is back inside it');
  } finally {
    lib.dispose();
  }
});
