// "Show more records" reads the next page from the grouping kept for the search; whoever writes to
// the library next (this window, the CLI, another window), the same search shows the library as it is.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { parseRecordText } from '../../electron/node/library/parse/index.ts';
import { storeRecord } from '../../electron/node/library/store-record.ts';
import { type Db, openDatabase } from '../../electron/node/open/connection.ts';
import { ALL_PARAGRAPHS, groupAll } from '../../electron/node/search/group.ts';
import { searchLibrary } from '../../electron/node/search/search.ts';
import { tempDir } from '../helpers/library.ts';

const readout = (i: number, word = 'aquaculture') =>
  [
    `Readout of talks on ${word}, round ${i}`,
    '',
    `Jakarta, 2022-05-${String((i % 28) + 1).padStart(2, '0')}. The delegations met for round ${i}.`,
    '',
    `1. The two sides discussed ${word} in coastal province number ${i}.`,
    '',
    `2. They agreed on ${word} training, cohort ${i * 3}.`,
  ].join('\n');

const store = (db: Db, i: number, word?: string) => storeRecord(db, parseRecordText(readout(i, word)), `readout-${i}.txt`);

describe('a search kept for its next pages never shows a library that has changed', () => {
  let dir: string;
  let app: Db;
  let cli: Db;
  before(() => {
    dir = tempDir();
    app = openDatabase(dir);
    cli = openDatabase(dir);
    for (let i = 0; i < 30; i++) store(app, i);
  });
  after(() => {
    app.close();
    cli.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the next page comes from the same grouping, and the pages add up to every record', () => {
    const first = searchLibrary(app, 'aquaculture', { limit: 20 });
    const second = searchLibrary(app, 'aquaculture', { limit: 20, offset: 20 });
    assert.equal(first.records, 30);
    assert.equal(second.records, 30);
    const ids = new Set([...first.groups, ...second.groups].map((g) => g.recordId));
    assert.equal(ids.size, 30);
  });

  test('a record stored by another connection (the CLI) is found by the same search at once', () => {
    assert.equal(searchLibrary(app, 'aquaculture').records, 30);
    store(cli, 100);
    const again = searchLibrary(app, 'aquaculture');
    assert.equal(again.records, 31);
    assert.ok(again.groups.some((g) => g.title.includes('round 100')));
  });

  test('a record stored by this window is found too, and other searches in between do not hide it', () => {
    assert.equal(searchLibrary(app, 'aquaculture').records, 31);
    searchLibrary(app, 'delegations');
    store(app, 101);
    searchLibrary(app, 'coastal');
    assert.equal(searchLibrary(app, 'aquaculture').records, 32);
  });

  test('past the bound, the result says it is truncated and keeps the best matches', () => {
    const all = groupAll(app, 'aquaculture', {}, 10);
    assert.equal(all.total, 10);
    assert.equal(all.truncated, true);
    assert.ok(all.records.reduce((n, r) => n + r.count, 0) === 10);
    assert.equal(groupAll(app, 'aquaculture', {}, ALL_PARAGRAPHS).truncated, false);
  });
});
