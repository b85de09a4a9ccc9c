// An upgraded library is complete the moment it opens: the migrations that run code do every
// back-fill once (topics, commitment words, fingerprints, people), so no request has to.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { findDuplicate, fingerprint, storeFingerprint } from '../../electron/node/library/duplicates.ts';
import { DATABASE_FILE, openDatabase, schemaVersion } from '../../electron/node/open/connection.ts';
import { migrations } from '../../electron/node/open/migrations/index.ts';
import { searchParagraphs } from '../../electron/node/search/search.ts';
import { indexRecord, paragraphTopics } from '../../electron/node/topics/tagging.ts';
import { tempDir } from '../helpers/library.ts';

const latest = migrations.at(-1)?.version ?? 0;

const PARTICIPANTS = JSON.stringify([
  { name: 'Bùi Thanh Sơn', role: 'Minister of Foreign Affairs', country: 'Viet Nam', aliases: [] },
]);
const TEXT = [
  'Minister of Foreign Affairs Bùi Thanh Sơn held talks with the Foreign Minister of the Republic of Korea in Hanoi.',
  'The two sides agreed to conclude negotiations on the upgraded trade agreement by the end of the year.',
  'They discussed the situation in the South China Sea and maritime security in the region.',
];

/** The full-text form of a paragraph, as every version wrote it (đ folded, positions kept). */
const indexed = (text: string) => text.replace(/đ/g, 'd').replace(/Đ/g, 'D');

/** Stores one record with the columns and rows the first schema had: what every later version also wrote. */
function storeAsVersionOne(db: DatabaseSync, id: string, title: string): void {
  db.prepare(
    `INSERT INTO records (id, content_hash, title, publisher, published_at, meeting_date, language, participants_json, imported_at)
     VALUES (?, ?, ?, 'Ministry of Foreign Affairs of Viet Nam', '2024-03-01', '2024-03-01', 'en', ?, ?)`,
  ).run(id, `hash-${id}`, title, PARTICIPANTS, `2024-03-0${id.length}T00:00:00Z`);
  for (const [i, text] of TEXT.entries()) {
    const pid = `${id}:${i + 1}`;
    db.prepare('INSERT INTO paragraphs (id, record_id, label, ordinal, text) VALUES (?, ?, ?, ?, ?)').run(
      pid,
      id,
      String(i + 1),
      i,
      text,
    );
    db.prepare('INSERT INTO paragraph_index (body, paragraph_id) VALUES (?, ?)').run(indexed(text), pid);
  }
}

/**
 * A record the releases with topics (version 6 on) had indexed: its side, a topic tag and one
 * commitment, but no word lookup yet.
 */
function indexAsVersionSix(db: DatabaseSync, id: string): void {
  const at = '2024-03-02T00:00:00Z';
  db.prepare(
    `INSERT INTO record_sides (record_id, source_country, reason, date, indexed_at) VALUES (?, 'Viet Nam', 'publisher', '2024-03-01', ?)`,
  ).run(id, at);
  db.prepare(
    `INSERT OR IGNORE INTO topics (id, name, kind, builtin, created_at) VALUES ('south-china-sea', 'South China Sea', 'subject', 1, ?)`,
  ).run(at);
  db.prepare(
    `INSERT INTO paragraph_topics (paragraph_id, topic_id, record_id, origin) VALUES (?, 'south-china-sea', ?, 'auto')`,
  ).run(`${id}:3`, id);
  db.prepare(
    `INSERT INTO commitments (id, record_id, paragraph_id, ordinal, who, kind, what, sentence, date, countries, created_at, updated_at)
     VALUES (?, ?, ?, 0, 'both sides', 'agreed', 'conclude negotiations on the upgraded trade agreement', ?, '2024-03-01', 'Viet Nam', ?, ?)`,
  ).run(`c-${id}`, id, `${id}:2`, TEXT[1] as string, at, at);
}

/**
 * A library as Briefbook left it at `version`: one record stored under the first schema, indexed
 * by the first release with topics and carried through every upgrade since; and one stored by the
 * release at `version` with what that release wrote on import (what it filled in lazily left out).
 */
function libraryAt(version: number): string {
  const dir = tempDir();
  const db = new DatabaseSync(join(dir, DATABASE_FILE));
  db.exec('PRAGMA foreign_keys = ON');
  const upTo = (from: number, to: number) => {
    for (const m of migrations.filter((x) => x.version > from && x.version <= to)) {
      db.exec('BEGIN');
      m.up(db);
      db.exec(`PRAGMA user_version = ${m.version}; COMMIT`);
    }
  };
  if (version >= 1) {
    upTo(0, 1);
    storeAsVersionOne(db, 'old', 'Talks in Hanoi (imported long ago)');
    upTo(1, Math.min(version, 6));
    if (version >= 6) indexAsVersionSix(db, 'old');
    upTo(6, version);
    storeAsVersionOne(db, 'recent', 'Talks in Hanoi (imported last)');
    if (version >= 7) {
      const rows = db
        .prepare(`SELECT rowid AS k, paragraph_id FROM paragraph_index WHERE paragraph_id LIKE 'recent:%'`)
        .all() as { k: number; paragraph_id: string }[];
      for (const r of rows) db.prepare(`INSERT INTO paragraph_index_records (k, record_id) VALUES (?, 'recent')`).run(r.k);
      if (version >= 10)
        db.exec(`UPDATE paragraph_index_records SET paragraph_id = (SELECT paragraph_id FROM paragraph_index WHERE rowid = k)`);
    }
    // From version 4 on, an import wrote the record's fingerprint; from 13 on, it is indexed as it is stored.
    if (version >= 4) storeFingerprint(db, 'recent', fingerprint(TEXT));
    if (version >= 13) indexRecord(db, 'recent');
  }
  db.close();
  return dir;
}

test('a library from every earlier schema version opens complete', () => {
  for (let version = 0; version < latest; version++) {
    const dir = libraryAt(version);
    const db = openDatabase(dir);
    try {
      const at = `(a library at schema ${version})`;
      assert.equal(schemaVersion(db), latest, at);
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      assert.equal(count(`SELECT count(*) AS n FROM meta WHERE key IN ('topics_pending', 'commitment_words_pending')`), 0, at);
      assert.ok(count('SELECT count(*) AS n FROM topics WHERE builtin = 1') > 10, `the shipped topics ${at}`);
      const records = version === 0 ? [] : ['old', 'recent'];
      for (const id of records) {
        const tags = paragraphTopics(db, id).map((t) => t.topicId);
        assert.ok(tags.includes('south-china-sea'), `${id}'s paragraphs are tagged ${at}: ${tags.join(', ')}`);
        assert.equal(count(`SELECT count(*) AS n FROM record_sides WHERE record_id = '${id}'`), 1, `${id} has a side ${at}`);
        assert.ok(count(`SELECT count(*) AS n FROM commitments WHERE record_id = '${id}'`) >= 1, `${id}'s commitments ${at}`);
        assert.ok(count(`SELECT count(*) AS n FROM person_records WHERE record_id = '${id}'`) >= 1, `${id}'s people ${at}`);
      }
      // Every commitment can be found again by its words, whichever release stored it.
      assert.equal(
        count('SELECT count(*) AS n FROM commitments c WHERE NOT EXISTS (SELECT 1 FROM commitment_words w WHERE w.k = c.rowid)'),
        0,
        `commitment words ${at}`,
      );
      if (records.length > 0) {
        assert.equal(count('SELECT count(*) AS n FROM record_fingerprints'), 2, `fingerprints ${at}`);
        assert.ok(records.includes(findDuplicate(db, fingerprint(TEXT)) ?? ''), `the same text again is a duplicate ${at}`);
        assert.equal(count(`SELECT count(*) AS n FROM people WHERE name = 'Bùi Thanh Sơn'`), 1, `the directory ${at}`);
      }
      const found = new Set(searchParagraphs(db, 'maritime security', 50).map((h) => h.recordId));
      assert.deepEqual([...found].sort(), records.slice().sort(), `search ${at}`);
      const dated = new Set(
        searchParagraphs(db, 'maritime', 50, { from: '2024-01-01', to: '2024-12-31' }).map((h) => h.recordId),
      );
      assert.equal(dated.size, records.length, `a date-filtered search ${at}`);
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
});

test('a release with a larger topic catalogue tags the library for the new topics when it opens', () => {
  const dir = libraryAt(latest - 1);
  try {
    let db = openDatabase(dir);
    // As the library was under the previous catalogue: no South China Sea topic, no tags for it.
    db.exec(`DELETE FROM paragraph_topics WHERE topic_id = 'south-china-sea'; DELETE FROM topic_aliases WHERE topic_id = 'south-china-sea';
      DELETE FROM topics WHERE id = 'south-china-sea'; UPDATE meta SET value = '0' WHERE key = 'topic_catalogue'`);
    assert.ok(!paragraphTopics(db, 'old').some((t) => t.topicId === 'south-china-sea'));
    db.close();
    db = openDatabase(dir);
    try {
      assert.ok(paragraphTopics(db, 'old').some((t) => t.topicId === 'south-china-sea'));
      assert.ok(paragraphTopics(db, 'recent').some((t) => t.topicId === 'south-china-sea'));
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
