// Topics: the shipped list with both sides' names, every paragraph tagged on import, "East Sea"
// read by who is speaking, and the desk officer's own tags and aliases kept.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openDatabase, openDatabaseFile, schemaVersion } from '../../electron/node/open/connection.ts';
import { migrations } from '../../electron/node/open/migrations/index.ts';
import { buildMatcher } from '../../electron/node/topics/matcher.ts';
import { paragraphTopics } from '../../electron/node/topics/tagging.ts';
import type { ParagraphTopic, RecordSummary, Topic } from '../../electron/shared/types.ts';
import { tempBackend, unwrap } from '../helpers/library.ts';
import { KOREAN, VNA_ENGLISH, VNA_VIETNAMESE, YONHAP } from './topics-corpus.ts';

type Lib = ReturnType<typeof tempBackend>;

async function importAll(lib: Lib, records: { name: string; text: string }[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const r of records) ids[r.name] = unwrap<RecordSummary>(await lib.dispatch('library.importText', r)).id;
  return ids;
}

const tagsOf = async (lib: Lib, recordId: string) =>
  unwrap<ParagraphTopic[]>(await lib.dispatch('topics.forRecord', { recordId }));

describe('topics and their tags', () => {
  let lib: Lib;
  let ids: Record<string, string>;
  let seed1: string;
  let seed2: string;

  before(async () => {
    lib = tempBackend();
    ids = await importAll(lib, [VNA_VIETNAMESE, VNA_ENGLISH, YONHAP, KOREAN]);
    const records = unwrap<RecordSummary[]>(await lib.dispatch('library.list', {}));
    seed1 = records.find((r) => r.title.startsWith('ROK-Viet Nam Foreign Ministers'))?.id as string;
    seed2 = records.find((r) => r.title.startsWith('Vietnam – RoK Consultation'))?.id as string;
  });
  after(() => lib.dispose());

  test('the library ships with the diplomatic topics and both sides’ names for them', async () => {
    const topics = unwrap<Topic[]>(await lib.dispatch('topics.list', {}));
    const scs = topics.find((t) => t.id === 'south-china-sea') as Topic;
    for (const alias of ['East Sea (South China Sea)', 'Biển Đông', 'SCS'])
      assert.ok(
        scs.aliases.some((a) => a.alias === alias),
        alias,
      );
    assert.deepEqual(
      scs.aliases.filter((a) => a.sourceCountry).map((a) => [a.alias, a.sourceCountry]),
      [['East Sea', 'Viet Nam']],
    );
    const names = topics.map((t) => t.name);
    for (const n of [
      'COVID-19 and health',
      'Vaccines',
      'Entry and travel',
      'Aviation',
      'Trade and investment',
      'Development cooperation',
      'Labour',
      'Consular affairs',
      'Maritime security',
      'Korean Peninsula',
      'Mekong cooperation',
      'ASEAN',
      'New Southern Policy',
    ]) {
      assert.ok(names.includes(n), n);
    }
  });

  test('each paragraph of the sample record is tagged with the topics it touches', async () => {
    const tags = await tagsOf(lib, seed1);
    const of = (label: string) =>
      tags
        .filter((t) => t.paragraphId === `${seed1}:${label}`)
        .map((t) => t.topicId)
        .sort();
    assert.ok(of('3.1').includes('aviation'));
    assert.ok(of('4').includes('vaccines'));
    assert.ok(of('5.2').includes('labour') && of('5.2').includes('climate'));
    assert.ok(of('7').includes('new-southern-policy') && of('7').includes('asean'));
    assert.ok(of('7.2').includes('mekong'));
    assert.deepEqual(
      of('8.2').filter((t) => t === 'south-china-sea'),
      ['south-china-sea'],
    );
    assert.ok(of('8.1').includes('korean-peninsula'));
    // "Korea" inside "Korean Peninsula" is not the country, and nothing is inferred in a plain record.
    assert.equal(tags.filter((t) => t.inferred).length, 0);
  });

  test('"East Sea" is the South China Sea in a Vietnamese source, and marked as inferred with the reason', async () => {
    const tags = await tagsOf(lib, ids[VNA_ENGLISH.name] as string);
    const scs = tags.find((t) => t.topicId === 'south-china-sea');
    assert.ok(scs, 'tagged South China Sea');
    assert.equal(scs.inferred, true);
    assert.equal(scs.matched, 'East Sea');
    assert.match(scs.reason ?? '', /Viet Nam.*Vietnam News Agency/);
    assert.ok(!tags.some((t) => t.topicId === 'east-sea-korea'));
  });

  test('"East Sea" in a Korean source is the sea between Korea and Japan, not the South China Sea', async () => {
    const tags = await tagsOf(lib, ids[YONHAP.name] as string);
    assert.ok(!tags.some((t) => t.topicId === 'south-china-sea'));
    const sea = tags.find((t) => t.topicId === 'east-sea-korea');
    assert.equal(sea?.inferred, true);
    assert.match(sea?.reason ?? '', /Republic of Korea/);
    assert.ok(
      tags.some((t) => t.topicId === 'korean-peninsula'),
      '"North Korea" is the Korean Peninsula',
    );
  });

  test('Vietnamese and Korean text is tagged through its own names, with or without particles', async () => {
    const vi = (await tagsOf(lib, ids[VNA_VIETNAMESE.name] as string)).map((t) => t.topicId);
    assert.ok(vi.includes('south-china-sea') && vi.includes('vaccines') && vi.includes('korea'));
    const ko = (await tagsOf(lib, ids[KOREAN.name] as string)).map((t) => t.topicId);
    for (const t of ['south-china-sea', 'new-southern-policy', 'korea', 'viet-nam', 'people-culture'])
      assert.ok(ko.includes(t), t);
    // "East Sea (South China Sea)" names the topic outright: not inferred.
    const seedTags = await tagsOf(lib, seed2);
    assert.equal(seedTags.find((t) => t.topicId === 'south-china-sea')?.inferred, false);
  });

  test('the user adds and removes a tag; re-tagging after an alias change keeps both choices', async () => {
    const para = `${seed1}:6.2`;
    unwrap(await lib.dispatch('topics.untag', { paragraphId: para, topicId: 'maritime-security' }));
    unwrap(await lib.dispatch('topics.tag', { paragraphId: para, topicId: 'korean-peninsula' }));
    // Changing the topic's aliases tags the library again for it.
    unwrap(await lib.dispatch('topics.addAlias', { topicId: 'maritime-security', alias: 'training ship Hannara' }));
    unwrap(await lib.dispatch('topics.addAlias', { topicId: 'korean-peninsula', alias: 'marine training ship' }));
    const tags = (await tagsOf(lib, seed1)).filter((t) => t.paragraphId === para);
    assert.ok(!tags.some((t) => t.topicId === 'maritime-security'), 'the removed tag stays removed');
    assert.equal(tags.find((t) => t.topicId === 'korean-peninsula')?.byUser, true);
  });

  test('a topic the user adds tags the paragraphs already in the library', async () => {
    const topic = unwrap<Topic>(
      await lib.dispatch('topics.create', { name: 'Public administration', aliases: ['hành chính công', 'civil service'] }),
    );
    assert.equal(topic.paragraphCount, 1);
    const again = await lib.dispatch('topics.create', { name: 'Civil Service' });
    assert.equal(!again.ok && again.error.code, 'BAD_INPUT');
    const clash = await lib.dispatch('topics.addAlias', { topicId: topic.id, alias: 'SCS' });
    assert.equal(!clash.ok && clash.error.code, 'BAD_INPUT');
    assert.match(!clash.ok ? clash.error.message : '', /South China Sea/);
  });

  test('a library from before topics existed is tagged when it is next opened', () => {
    // As the library was before migration 013: records stored, none of them indexed.
    lib.db.exec(`DELETE FROM paragraph_topics; DELETE FROM record_sides; DELETE FROM commitments; DELETE FROM commitment_index;
      PRAGMA user_version = 12`);
    const db = openDatabase(lib.dir);
    try {
      assert.ok(paragraphTopics(db, seed1).some((t) => t.topicId === 'south-china-sea'));
      assert.equal((db.prepare('SELECT count(*) AS n FROM record_sides').get() as { n: number }).n, 6);
      assert.equal(schemaVersion(db), migrations.at(-1)?.version);
    } finally {
      db.close();
    }
  });
});

describe('the alias matcher', () => {
  const m = buildMatcher([
    { topicId: 'korea', topicName: 'Korea', alias: 'ROK', sourceCountry: '' },
    { topicId: 'labour', topicName: 'Labour', alias: 'EPS', sourceCountry: '' },
    { topicId: 'scs', topicName: 'South China Sea', alias: 'Biển Đông', sourceCountry: '' },
    { topicId: 'people', topicName: 'People', alias: 'people-to-people', sourceCountry: '' },
    { topicId: 'vn', topicName: 'Viet Nam', alias: '베트남', sourceCountry: '' },
  ]);
  const find = (text: string) => m.find(text, { country: null, why: '' }).map((h) => h.topicId);

  test('matches whole words, diacritics and đ ignored, acronyms by their case', () => {
    assert.deepEqual(find('the ROK side'), ['korea']);
    assert.deepEqual(find('a rok and a hard place; steps and EPSILON'), []);
    assert.deepEqual(find('tình hình bien dong'), ['scs']);
    assert.deepEqual(find('people to people exchanges'), ['people']);
    assert.deepEqual(find('베트남과의 협력'), ['vn']);
  });

  test('a fresh database gets the topic tables from the migration', () => {
    const db = openDatabaseFile(':memory:');
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
      (t) => t.name,
    );
    for (const t of ['topics', 'topic_aliases', 'paragraph_topics', 'commitments', 'saved_searches'])
      assert.ok(tables.includes(t), t);
    db.close();
  });
});
