// Every match of a search grouped by record, with facets counted over all of them, computed inside
// SQLite: the matches go into a temporary table by their full-text rowid and paragraph id (never
// their text), and the records, their order and the facets are read from it with GROUP BY. Only
// one row per record comes back to JavaScript. The result is kept per connection until the
// library changes, so "Show more records" only reads the next page's paragraphs.

import type { FacetValue, SearchFilters, SearchResult } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { FTS_RECORD, filterWhere, ftsWhere, isCommon, type Plan, searchPlan, TAGGED_ORDER } from './query.ts';

/** Every match is grouped and counted up to this many paragraphs; past it the result says truncated. */
export const ALL_PARAGRAPHS = 20_000;

/** A record with a match: how many of its paragraphs match, and which, best first. */
export type MatchedRecord = { recordId: string; count: number; hits: string };
/**
 * One hit of `MatchedRecord.hits`: its rank over the whole search (seq), the source it came from
 * (an index in plan.sources), its index rowid, its paragraph and record.
 */
export type HitRef = { seq: number; source: number; k: number | null; paragraphId: string; recordId: string };

export type Grouped = {
  plan: Plan;
  records: MatchedRecord[];
  total: number;
  truncated: boolean;
  facets: SearchResult['facets'];
};

const SEP = '\u001f';
const FIELD = '\u001e';

/** The hits of one record, in rank order. */
export function hitsOf(record: MatchedRecord): HitRef[] {
  return record.hits.split(SEP).map((h) => {
    const [seq, source, k, paragraphId] = h.split(FIELD);
    return {
      seq: Number(seq),
      source: Number(source),
      k: k ? Number(k) : null,
      paragraphId: paragraphId ?? '',
      recordId: record.recordId,
    };
  });
}

/** Every hit of a search in rank order, whatever its record (library.search's list of paragraphs). */
export function rankedHits(grouped: Grouped): HitRef[] {
  let ranked = ranks.get(grouped);
  if (!ranked) {
    ranked = grouped.records.flatMap(hitsOf).sort((a, b) => a.seq - b.seq);
    ranks.set(grouped, ranked);
  }
  return ranked;
}
// Kept with the cached grouping: paging through the list sorts it once.
const ranks = new WeakMap<Grouped, HitRef[]>();

const ready = new WeakSet<Db>();
function hitTable(db: Db): void {
  if (ready.has(db)) return;
  // seq is the rank: rows are inserted best first. A paragraph found by an earlier source is kept there.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS search_hits (
    seq INTEGER PRIMARY KEY, paragraph_id TEXT NOT NULL UNIQUE, record_id TEXT NOT NULL, source INTEGER NOT NULL, k INTEGER)`);
  // The records with a match, listed once for the facets that count records.
  db.exec('CREATE TEMP TABLE IF NOT EXISTS search_records (record_id TEXT PRIMARY KEY) WITHOUT ROWID');
  ready.add(db);
}

/** Fills temp.search_hits with the matches, best first; returns how many (more than `cap`: truncated). */
function collect(db: Db, plan: Plan, cap: number): number {
  statement(db, 'DELETE FROM temp.search_hits').run();
  statement(db, 'DELETE FROM temp.search_records').run();
  let count = 0;
  for (const [i, source] of plan.sources.entries()) {
    // Each source reads up to cap + 1 of its own matches (the ones an earlier source found are
    // skipped); the table is cut to the best `cap` at the end.
    if (count > cap) break;
    if (source.via === 'tag') {
      const where = filterWhere(plan.filter, 'pt.paragraph_id', 'pt.record_id');
      count += Number(
        statement(
          db,
          `INSERT OR IGNORE INTO temp.search_hits (paragraph_id, record_id, source, k)
           SELECT pt.paragraph_id, pt.record_id, ?, NULL
             FROM paragraph_topics pt
             JOIN paragraphs p ON p.id = pt.paragraph_id
             JOIN records r ON r.id = pt.record_id
             LEFT JOIN record_sides s ON s.record_id = r.id
            WHERE pt.topic_id = ? AND pt.origin != 'removed'${where.sql}
              AND pt.paragraph_id NOT IN (SELECT paragraph_id FROM temp.search_hits)
            ORDER BY ${TAGGED_ORDER}
            LIMIT ?`,
        ).run(i, source.topicId, ...where.args, cap + 1).changes,
      );
      continue;
    }
    const where = ftsWhere(plan.filter);
    // A common term is listed newest first by the index's own order, and its paragraph id is read
    // from paragraph_index_records by rowid (through the index it would cost ten times more). A
    // rarer one is ranked by relevance, as library.search ranks it.
    const common = isCommon(db, source.match);
    count += Number(
      statement(
        db,
        common
          ? `INSERT OR IGNORE INTO temp.search_hits (paragraph_id, record_id, source, k)
             SELECT coalesce(pir.paragraph_id, paragraph_index.paragraph_id), ${FTS_RECORD}, ?, paragraph_index.rowid
               FROM paragraph_index
               LEFT JOIN paragraph_index_records pir ON pir.k = paragraph_index.rowid
              WHERE paragraph_index MATCH ?${where.sql}
              ORDER BY paragraph_index.rowid DESC
              LIMIT ?`
          : `INSERT OR IGNORE INTO temp.search_hits (paragraph_id, record_id, source, k)
             SELECT p.id, p.record_id, ?, paragraph_index.rowid
               FROM paragraph_index
               LEFT JOIN paragraph_index_records pir ON pir.k = paragraph_index.rowid
               JOIN paragraphs p ON p.id = paragraph_index.paragraph_id
               JOIN records r ON r.id = p.record_id
              WHERE paragraph_index MATCH ?${where.sql}
              ORDER BY bm25(paragraph_index), r.published_at DESC, p.ordinal
              LIMIT ?`,
      ).run(i, source.match, ...where.args, cap + 1).changes,
    );
  }
  return count;
}

/** Groups every match by record (in the order of each record's best paragraph) and counts the facets. */
export function groupAll(db: Db, query: string, filters: SearchFilters, cap = ALL_PARAGRAPHS): Grouped {
  const plan = searchPlan(db, query, filters);
  hitTable(db);
  const changes = totalChanges(db);
  const found = collect(db, plan, cap);
  const truncated = found > cap;
  if (truncated)
    statement(
      db,
      'DELETE FROM temp.search_hits WHERE seq > (SELECT seq FROM temp.search_hits ORDER BY seq LIMIT 1 OFFSET ?)',
    ).run(cap - 1);
  statement(db, 'INSERT INTO temp.search_records SELECT DISTINCT record_id FROM temp.search_hits').run();
  // The temporary rows are search's own, not a change to the library (see libraryVersion).
  ownChanges.set(db, (ownChanges.get(db) ?? 0) + totalChanges(db) - changes);
  const total = Math.min(found, cap);
  const records = statement(
    db,
    `SELECT record_id AS recordId, count(*) AS count,
            group_concat(seq || char(30) || source || char(30) || coalesce(k, '') || char(30) || paragraph_id, char(31) ORDER BY seq) AS hits
       FROM temp.search_hits GROUP BY record_id ORDER BY min(seq)`,
  ).all() as MatchedRecord[];
  return { plan, records, total, truncated, facets: facets(db) };
}

function facet(rows: { value: string; label?: string; count: number }[]): FacetValue[] {
  return rows
    .map((r) => ({ value: r.value, label: r.label ?? r.value, count: r.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

type Counted = { value: string; label?: string; count: number };
// Each facet reads the matches first and looks up their tags or records (CROSS JOIN keeps that
// order): its cost follows the number of matches, not the size of the library.

/** The facets over every match: topics by paragraph, the rest by record. */
function facets(db: Db): SearchResult['facets'] {
  const all = (sql: string) => statement(db, sql).all() as Counted[];
  return {
    // Only subject topics are facets; a paragraph counts once per topic it is tagged with.
    topic: facet(
      all(`SELECT pt.topic_id AS value, t.name AS label, count(*) AS count
             FROM temp.search_hits h
             CROSS JOIN paragraph_topics pt ON pt.paragraph_id = h.paragraph_id AND pt.origin != 'removed'
             JOIN topics t ON t.id = pt.topic_id AND t.kind = 'subject'
            GROUP BY pt.topic_id`),
    ),
    country: facet(
      all(`SELECT rc.country AS value, count(*) AS count FROM temp.search_records h
             CROSS JOIN record_countries rc ON rc.record_id = h.record_id WHERE rc.country != '' GROUP BY rc.country`),
    ),
    // Participants are counted by person (the directory's id), not by spelling: "Bùi Thanh Sơn" and
    // "부이 타인 선" are one entry, labelled with the directory's name.
    participant: facet(
      all(`SELECT pr.person_id AS value, p.name AS label, count(*) AS count FROM temp.search_records h
             CROSS JOIN person_records pr ON pr.record_id = h.record_id JOIN people p ON p.id = pr.person_id
            GROUP BY pr.person_id`),
    ),
    publisher: facet(
      all(`SELECT r.publisher AS value, count(*) AS count FROM temp.search_records h
             CROSS JOIN records r ON r.id = h.record_id WHERE r.publisher IS NOT NULL AND r.publisher != '' GROUP BY r.publisher`),
    ),
    years: facet(
      all(`SELECT substr(s.date, 1, 4) AS value, count(*) AS count FROM temp.search_records h
             CROSS JOIN record_sides s ON s.record_id = h.record_id WHERE s.date IS NOT NULL AND s.date != '' GROUP BY value`),
    ).sort((a, b) => b.value.localeCompare(a.value)),
  };
}

// —— The cache: one grouped result per query and filters, while the library stays as it was ——
// The library's version is PRAGMA data_version (moves when another connection commits) with this
// connection's own total_changes(), less the changes search makes to its temporary table: any
// write to the library, by anyone, makes every kept result stale.

type Cache = { version: string; results: Map<string, Grouped> };
const caches = new WeakMap<Db, Cache>();
const ownChanges = new WeakMap<Db, number>();
/** Results kept per connection: a few searches to page through and come back to. */
export const CACHED_SEARCHES = 8;

const totalChanges = (db: Db) => (statement(db, 'SELECT total_changes() AS n').get() as { n: number }).n;

function libraryVersion(db: Db): string {
  const data = (statement(db, 'PRAGMA data_version').get() as { data_version: number }).data_version;
  return `${data}:${totalChanges(db) - (ownChanges.get(db) ?? 0)}`;
}

/** groupAll, kept until the library changes: the next page of the same search is read from it. */
export function groupCached(db: Db, query: string, filters: SearchFilters): Grouped {
  let cache = caches.get(db);
  if (!cache) {
    cache = { version: '', results: new Map() };
    caches.set(db, cache);
  }
  const before = libraryVersion(db);
  if (before !== cache.version) {
    cache.results.clear();
    cache.version = before;
  }
  const key = JSON.stringify([query, filters]);
  const kept = cache.results.get(key);
  if (kept) {
    // Most recently used last: the oldest is dropped first.
    cache.results.delete(key);
    cache.results.set(key, kept);
    return kept;
  }
  const grouped = groupAll(db, query, filters);
  // Kept only if nothing else wrote while it was computed.
  if (libraryVersion(db) === before) {
    cache.results.set(key, grouped);
    if (cache.results.size > CACHED_SEARCHES) cache.results.delete(cache.results.keys().next().value as string);
  }
  return grouped;
}
