// Tags every paragraph with the topics it touches, and records which side each record speaks for.
// Runs inside storeRecord's transaction on import, after a correction, and once for the records of
// an upgraded library (migration 013_topics_indexed). Tags the user added or removed by hand are kept:
// tagging again replaces only the automatic ones.

import { normalizeCountry } from '../../shared/countries.ts';
import { fail } from '../../shared/errors.ts';
import { foldForIndex } from '../../shared/fold.ts';
import type { ParagraphTopic, RecordDetail } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement, transaction } from '../db/statements.ts';
import { recordCommitments } from '../ledger/ledger.ts';
import { participantKey } from '../library/parse/participants.ts';
import { getRecord } from '../library/records.ts';
import { paragraphSource, recordSide } from '../library/sides.ts';
import { learnFromRecord, namedIn, participantsSettled } from '../people/learn.ts';
import type { TopicHit } from './matcher.ts';
import { getTopic, topicMatcher, topicsVersion } from './store.ts';

const country = (c: string | null | undefined): string | null => (c ? (normalizeCountry(c) ?? c) : null);

/** What indexing works out from the record alone: on import, done before the write lock is taken. */
export type IndexPlan = { hits: TopicHit[][]; named: Set<string> };

/** The topics of each paragraph, worked out on another connection, with the topic list they were matched against. */
export type IndexAhead = { topicsVersion: string; hits: TopicHit[][] };

function topicHits(db: Db, record: RecordDetail): TopicHit[][] {
  const matcher = topicMatcher(db);
  const side = recordSide(record);
  return record.paragraphs.map((p) => matcher.find(p.text, paragraphSource(p.text, record.participants, side)));
}

export function planIndexAhead(db: Db, record: RecordDetail): IndexAhead {
  const version = topicsVersion(db);
  return { topicsVersion: version, hits: topicHits(db, record) };
}

export function planIndex(db: Db, record: RecordDetail, ahead?: IndexAhead): IndexPlan {
  // Matched ahead against the topic list as it still is: the same hits. The names are looked up
  // here, in the directory as the records stored before this one left it.
  const current = ahead && ahead.topicsVersion === topicsVersion(db) && ahead.hits.length === record.paragraphs.length;
  return { hits: current ? ahead.hits : topicHits(db, record), named: namedIn(db, record) };
}

/**
 * Indexes one stored record: its side, countries, people (and the people directory), paragraph
 * topics and commitments.
 * `indexRows`, on import: the full-text index rowid of each paragraph, in order; `plan`, what
 * planIndex worked out before the transaction.
 */
export function indexRecord(
  db: Db,
  recordOrId: string | RecordDetail,
  indexRows: readonly number[] = [],
  plan?: IndexPlan,
): void {
  const record = typeof recordOrId === 'string' ? getRecord(db, recordOrId) : recordOrId;
  const matcher = topicMatcher(db);
  const side = recordSide(record);
  const date = record.meetingDate ?? record.publishedAt ?? null;
  transaction(db, () => {
    statement(
      db,
      'INSERT OR REPLACE INTO record_sides (record_id, source_country, reason, date, indexed_at) VALUES (?, ?, ?, ?, ?)',
    ).run(record.id, side.country, side.reason, date, new Date().toISOString());
    // The record's date also goes on its full-text rows, where the date filter of a search reads it.
    const indexRow = statement(
      db,
      'INSERT OR REPLACE INTO paragraph_index_records (k, record_id, date, paragraph_id) VALUES (?, ?, ?, ?)',
    );
    for (const [i, k] of indexRows.entries()) indexRow.run(k, record.id, date, record.paragraphs[i]?.id ?? null);
    if (indexRows.length === 0)
      statement(db, 'UPDATE paragraph_index_records SET date = ? WHERE record_id = ?').run(date, record.id);
    statement(db, 'DELETE FROM record_countries WHERE record_id = ?').run(record.id);
    statement(db, 'DELETE FROM record_people WHERE record_id = ?').run(record.id);
    const addCountry = statement(db, 'INSERT OR IGNORE INTO record_countries (record_id, country) VALUES (?, ?)');
    const addPerson = statement(
      db,
      'INSERT OR IGNORE INTO record_people (record_id, person, folded, country) VALUES (?, ?, ?, ?)',
    );
    if (side.country) addCountry.run(record.id, side.country);
    for (const p of record.participants) {
      const c = country(p.country);
      if (c) addCountry.run(record.id, c);
      const key = participantKey(p.name);
      if (p.name && key) addPerson.run(record.id, p.name, key, c);
    }

    statement(db, `DELETE FROM paragraph_topics WHERE record_id = ? AND origin = 'auto'`).run(record.id);
    const tag = statement(
      db,
      `INSERT OR IGNORE INTO paragraph_topics (paragraph_id, topic_id, record_id, origin, inferred, reason, matched) VALUES (?, ?, ?, 'auto', ?, ?, ?)`,
    );
    for (const [i, p] of record.paragraphs.entries()) {
      for (const hit of plan?.hits[i] ?? matcher.find(p.text, paragraphSource(p.text, record.participants, side))) {
        tag.run(p.id, hit.topicId, record.id, hit.inferred ? 1 : 0, hit.reason, hit.matched);
      }
    }
    recordCommitments(db, record, date);
    // The people directory learns the record's participants (confirmed when a person settled them).
    learnFromRecord(db, record, { confirmed: participantsSettled(record), ...(plan ? { named: plan.named } : {}) });
  });
}

/**
 * Tags the whole library again for one topic after its aliases changed. Only paragraphs that held
 * the tag or contain one of the topic's words are read, found through the full-text index.
 */
export function retagTopic(db: Db, topicId: string): void {
  const matcher = topicMatcher(db);
  const topic = getTopic(db, topicId);
  const candidates = new Set(
    (
      db.prepare(`SELECT paragraph_id FROM paragraph_topics WHERE topic_id = ? AND origin = 'auto'`).all(topicId) as {
        paragraph_id: string;
      }[]
    ).map((r) => r.paragraph_id),
  );
  const find = db.prepare('SELECT paragraph_id FROM paragraph_index WHERE paragraph_index MATCH ?');
  for (const alias of [topic.name, ...topic.aliases.map((a) => a.alias)]) {
    const words = foldForIndex(alias).match(/[\p{L}\p{N}\p{M}]+/gu);
    if (!words) continue;
    const phrase = `"${words.join(' ').replace(/"/g, '""')}"${/\p{Script=Hangul}$/u.test(alias) ? '*' : ''}`;
    for (const r of find.all(phrase) as { paragraph_id: string }[]) candidates.add(r.paragraph_id);
  }
  const byRecord = new Map<string, string[]>();
  for (const pid of candidates) {
    const rid = pid.slice(0, pid.indexOf(':'));
    byRecord.set(rid, [...(byRecord.get(rid) ?? []), pid]);
  }
  transaction(db, () => {
    const remove = db.prepare(`DELETE FROM paragraph_topics WHERE paragraph_id = ? AND topic_id = ? AND origin = 'auto'`);
    const tag = db.prepare(
      `INSERT OR IGNORE INTO paragraph_topics (paragraph_id, topic_id, record_id, origin, inferred, reason, matched) VALUES (?, ?, ?, 'auto', ?, ?, ?)`,
    );
    for (const [rid, pids] of byRecord) {
      let record: RecordDetail;
      try {
        record = getRecord(db, rid);
      } catch {
        continue;
      }
      const side = recordSide(record);
      for (const p of record.paragraphs.filter((x) => pids.includes(x.id))) {
        remove.run(p.id, topicId);
        const hit = matcher.find(p.text, paragraphSource(p.text, record.participants, side)).find((h) => h.topicId === topicId);
        if (hit) tag.run(p.id, topicId, rid, hit.inferred ? 1 : 0, hit.reason, hit.matched);
      }
    }
  });
}

/** The topics of every paragraph of a record (the ones the user removed are left out). */
export function paragraphTopics(db: Db, recordId: string): ParagraphTopic[] {
  return (
    db
      .prepare(
        `SELECT pt.paragraph_id, pt.topic_id, t.name, t.kind, pt.origin, pt.inferred, pt.reason, pt.matched
           FROM paragraph_topics pt JOIN topics t ON t.id = pt.topic_id
          WHERE pt.record_id = ? AND pt.origin != 'removed' ORDER BY t.kind DESC, t.name`,
      )
      .all(recordId) as {
      paragraph_id: string;
      topic_id: string;
      name: string;
      kind: 'subject' | 'country';
      origin: 'auto' | 'user';
      inferred: number;
      reason: string | null;
      matched: string | null;
    }[]
  ).map((r) => ({
    paragraphId: r.paragraph_id,
    topicId: r.topic_id,
    name: r.name,
    kind: r.kind,
    byUser: r.origin === 'user',
    inferred: r.inferred === 1,
    reason: r.reason,
    matched: r.matched,
  }));
}

function requireParagraph(db: Db, paragraphId: string): string {
  const row = db.prepare('SELECT record_id FROM paragraphs WHERE id = ?').get(paragraphId) as { record_id: string } | undefined;
  if (!row) fail('NOT_FOUND', `There is no paragraph ${paragraphId} in the library.`);
  return row.record_id;
}

/** The user tags a paragraph by hand; it stays tagged whatever the aliases say. */
export function tagParagraph(db: Db, paragraphId: string, topicId: string): void {
  const recordId = requireParagraph(db, paragraphId);
  getTopic(db, topicId);
  db.prepare(
    `INSERT INTO paragraph_topics (paragraph_id, topic_id, record_id, origin, inferred, reason, matched) VALUES (?, ?, ?, 'user', 0, NULL, NULL)
     ON CONFLICT (paragraph_id, topic_id) DO UPDATE SET origin = 'user', inferred = 0, reason = NULL`,
  ).run(paragraphId, topicId, recordId);
}

/** The user takes a tag off; the removal is remembered so tagging again does not bring it back. */
export function untagParagraph(db: Db, paragraphId: string, topicId: string): void {
  const recordId = requireParagraph(db, paragraphId);
  getTopic(db, topicId);
  db.prepare(
    `INSERT INTO paragraph_topics (paragraph_id, topic_id, record_id, origin, inferred, reason, matched) VALUES (?, ?, ?, 'removed', 0, NULL, NULL)
     ON CONFLICT (paragraph_id, topic_id) DO UPDATE SET origin = 'removed'`,
  ).run(paragraphId, topicId, recordId);
}
