// What one record's reading teaches the people directory, as a desk officer would want: a real
// name is learnt and found in the next record; an office, a rank or a bare Japanese family name is
// not learnt, so it cannot turn up in every later record.
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { migrate } from '../../electron/node/open/connection.ts';
import { peopleDirectory } from '../../electron/node/people/directory.ts';
import { learnFromRecord } from '../../electron/node/people/learn.ts';
import type { Participant } from '../../electron/shared/types.ts';

const person = (name: string, role: string): Participant =>
  ({ name, role, country: null, aliases: [], key: null, confidence: 0.8, why: '', check: false }) as Participant;

/** A fresh library holding one record, r1, for learning to attach its people to. */
function libraryWithOneRecord(): DatabaseSync {
  const db = new DatabaseSync(':memory:');
  db.exec('PRAGMA foreign_keys = ON');
  migrate(db);
  db.prepare(
    `INSERT INTO records (id, content_hash, title, language, participants_json, published_at, imported_at) VALUES ('r1', 'h1', 'Visit', 'ja', '[]', '2024-05-01', '2024-05-01')`,
  ).run();
  return db;
}

function learnt(participants: Participant[], text: string): (name: string) => boolean {
  const db = libraryWithOneRecord();
  learnFromRecord(db, { id: 'r1', meetingDate: '2024-05-01', publishedAt: '2024-05-01', participants, paragraphs: [{ text }] });
  const directory = peopleDirectory(db);
  return (name) => directory.lookup(name) !== null;
}

test('a Japanese programme: the governor with a full name is learnt; an office, a bare family name are not', () => {
  const knows = learnt(
    [person('大村秀章', '知事'), person('外務大臣', '補佐官'), person('鈴木', '知事')],
    '大村秀章知事は、外務大臣補佐官及び鈴木知事とともに訪問団を迎えました。',
  );
  assert.equal(knows('大村秀章'), true);
  assert.equal(knows('外務大臣'), false, 'an office is no one');
  assert.equal(knows('鈴木'), false, 'a family name alone names no one in particular');
});

test('a Chinese record: a two-character full name is a name and is learnt', () => {
  const knows = learnt([person('王毅', '外交部长')], '外交部长王毅会见了来访的代表团。');
  assert.equal(knows('王毅'), true);
});

test('a bare family name the desk officer confirmed is their word, and is learnt', () => {
  const db = libraryWithOneRecord();
  const text = '鈴木知事は訪問団を迎えました。';
  learnFromRecord(
    db,
    { id: 'r1', meetingDate: null, publishedAt: '2024-05-01', participants: [person('鈴木', '知事')], paragraphs: [{ text }] },
    { confirmed: true },
  );
  assert.notEqual(peopleDirectory(db).lookup('鈴木'), null);
});
