// One page of grouped search results read with its text: the page's records, and for each its best
// few paragraphs, highlighted where they match and with their topics.

import type { GroupedHit, RecordGroup } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { type HitRef, hitsOf, type MatchedRecord } from './group.ts';
import { markTag, type Plan } from './query.ts';
import { CLOSE, OPEN, snippetParts } from './search-text.ts';

type RecordRow = {
  id: string;
  title: string;
  publisher: string | null;
  date: string | null;
  source: string | null;
  published_at: string | null;
};
type ParagraphRow = { id: string; label: string; text: string };
type TopicRow = { paragraph_id: string; id: string; name: string; inferred: number };

/** Hits read with their text: each highlighted where it matches, with its topics and its record. */
export type ReadHits = { records: Map<string, RecordRow>; hits: Map<string, GroupedHit> };

/** Reads the given hits and their records, a few statements whatever their number. */
export function readHits(db: Db, plan: Plan, hits: readonly HitRef[]): ReadHits {
  // A page is at most a few hundred ids: they go in as one JSON array, one statement whatever the count.
  const paragraphIds = JSON.stringify(hits.map((h) => h.paragraphId));
  const records = new Map(
    (
      statement(
        db,
        `SELECT r.id, r.title, r.publisher, r.published_at, s.date, s.source_country AS source
           FROM records r LEFT JOIN record_sides s ON s.record_id = r.id WHERE r.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify([...new Set(hits.map((h) => h.recordId))])) as RecordRow[]
    ).map((r) => [r.id, r]),
  );
  const paragraphs = new Map(
    (
      statement(db, 'SELECT id, label, text FROM paragraphs WHERE id IN (SELECT value FROM json_each(?))').all(
        paragraphIds,
      ) as ParagraphRow[]
    ).map((p) => [p.id, p]),
  );
  const topics = new Map<string, GroupedHit['topics']>();
  for (const t of statement(
    db,
    `SELECT pt.paragraph_id, pt.topic_id AS id, t.name, pt.inferred FROM paragraph_topics pt
       JOIN topics t ON t.id = pt.topic_id AND t.kind = 'subject'
      WHERE pt.paragraph_id IN (SELECT value FROM json_each(?)) AND pt.origin != 'removed'`,
  ).all(paragraphIds) as TopicRow[]) {
    const list = topics.get(t.paragraph_id) ?? [];
    if (list.length === 0) topics.set(t.paragraph_id, list);
    list.push({ id: t.id, name: t.name, inferred: t.inferred === 1 });
  }
  for (const list of topics.values()) list.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const marked = highlights(db, plan, hits);
  const read = new Map<string, GroupedHit>();
  for (const h of hits) {
    const source = plan.sources[h.source];
    const text = paragraphs.get(h.paragraphId);
    const mark = !text
      ? ''
      : source?.via === 'tag'
        ? tagMark(db, source.topicId, h.paragraphId, text.text)
        : (marked.get(`${h.source}:${h.k}`) ?? text.text);
    read.set(h.paragraphId, {
      paragraphId: h.paragraphId,
      label: text?.label ?? '',
      snippet: text ? snippetParts(text.text, mark) : [],
      via: source?.via ?? 'literal',
      topics: topics.get(h.paragraphId) ?? [],
    });
  }
  return { records, hits: read };
}

/** A page of records, each with its best `perRecord` paragraphs and a count of the others (search.run). */
export function readPage(db: Db, plan: Plan, page: readonly MatchedRecord[], perRecord: number): RecordGroup[] {
  if (page.length === 0) return [];
  const shown = page.map((record) => ({ record, hits: hitsOf(record).slice(0, perRecord) }));
  const read = readHits(
    db,
    plan,
    shown.flatMap((s) => s.hits),
  );
  return shown.map(({ record, hits }) => {
    const info = read.records.get(record.recordId);
    return {
      recordId: record.recordId,
      title: info?.title ?? '',
      publisher: info?.publisher ?? null,
      date: info?.date ?? null,
      sourceCountry: info?.source ?? null,
      hits: hits.flatMap((h) => read.hits.get(h.paragraphId) ?? []),
      otherHits: Math.max(0, record.count - hits.length),
    };
  });
}

/**
 * The page's full-text hits highlighted, one query per source: the hits of a page lie close together
 * in the index (a record's paragraphs are indexed together), so the query reads the rowid range
 * they span. (Asked one rowid at a time, the index would expand the query's prefixes each time.)
 */
function highlights(db: Db, plan: Plan, hits: readonly HitRef[]): Map<string, string> {
  const marked = new Map<string, string>();
  for (const [i, source] of plan.sources.entries()) {
    if (source.via === 'tag') continue;
    const ks = hits.filter((h) => h.source === i && h.k !== null).map((h) => h.k as number);
    if (ks.length === 0) continue;
    const wanted = new Set(ks);
    // Bound as integers: a rowid compared with a floating-point value is not used to seek.
    const rows = statement(
      db,
      `SELECT rowid AS k, highlight(paragraph_index, 0, '${OPEN}', '${CLOSE}') AS marked
         FROM paragraph_index WHERE paragraph_index MATCH ? AND rowid BETWEEN ? AND ?`,
    ).all(source.match, BigInt(Math.min(...ks)), BigInt(Math.max(...ks))) as { k: number; marked: string }[];
    for (const r of rows) if (wanted.has(r.k)) marked.set(`${i}:${r.k}`, r.marked);
  }
  return marked;
}

/** Where a tag's words stand in its paragraph. */
function tagMark(db: Db, topicId: string, paragraphId: string, text: string): string {
  const row = statement(db, 'SELECT matched FROM paragraph_topics WHERE paragraph_id = ? AND topic_id = ?').get(
    paragraphId,
    topicId,
  ) as { matched: string | null } | undefined;
  return markTag(text, row?.matched ?? null);
}
