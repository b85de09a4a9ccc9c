// The search behind library.search and search.run. A query that names a topic (by its name or any
// alias: "Biển Đông", "SCS", "East Sea (South China Sea)") is widened three ways, ranked in this
// order: paragraphs with the words typed, paragraphs with another name of the topic, and
// paragraphs tagged with it (an inferred "East Sea", a tag the user added).

import { fail } from '../../../api/errors.ts';
import type { FacetValue, MatchKind, RecordGroup, SearchFilters, SearchResult } from '../../../api/types.ts';
import { type Db, statement } from '../../db/connection.ts';
import { formsOfPerson, personFor, resolvePerson } from '../../people/directory.ts';
import { foldForIndex } from '../fold.ts';
import { normalizeCountry } from '../parse/countries.ts';
import { participantKey } from '../parse/participants.ts';
import { CLOSE, OPEN, snippetParts, toFtsQuery } from '../search.ts';
import { foldForMatch } from './matcher.ts';
import { findTopic, plainAliases } from './store.ts';
import { ensureIndexed } from './tagging.ts';

export type FoundRow = {
  paragraph_id: string;
  label: string;
  text: string;
  record_id: string;
  title: string;
  published_at: string | null;
  marked: string;
  via: MatchKind;
};

export type Found = { rows: FoundRow[]; truncated: boolean; topic: { id: string; name: string } | null };

/** One alias as an FTS5 phrase; Korean matches word prefixes (particles attach to the word). */
function aliasPhrase(alias: string): string | null {
  const words = foldForIndex(alias).match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words) return null;
  return `"${words.join(' ').replace(/"/g, '""')}"${/\p{Script=Hangul}$/u.test(alias) ? '*' : ''}`;
}

type Filter = {
  /** Each filter as a SELECT of the record ids it allows, with its arguments. */
  records: { sql: string; args: string[] }[];
  /** The date range, [from, to], or null. */
  dates: [string, string] | null;
  topicId: string | null;
  /** Only these paragraphs (JSON array), or null: a page's paragraphs read again with their text. */
  paragraphs: string | null;
};

/**
 * The records each filter allows, as SELECTs over the indexed facet tables. Each list is read
 * once per query from its own index, so a hit is then checked with a probe per filter instead of
 * joining the record and its facets row by row. (Kept as separate lists: one INTERSECT of them
 * makes SQLite sort every full-text match instead of reading the newest first.)
 */
function filterSql(db: Db, filters: SearchFilters): Filter {
  const records: { sql: string; args: string[] }[] = [];
  let topicId: string | null = null;
  if (filters.topic) {
    const topic = findTopic(db, filters.topic);
    if (!topic) fail('NOT_FOUND', `There is no topic “${filters.topic}”. See the list of topics for the names Briefbook knows.`);
    topicId = topic.id;
  }
  if (filters.country) {
    records.push({
      sql: 'SELECT record_id FROM record_countries WHERE country = ?',
      args: [normalizeCountry(filters.country) ?? filters.country.trim()],
    });
  }
  if (filters.participant) {
    // A person id (the participant facet) or any form of their name, in any script: the records
    // the directory says they appear in. A name the directory does not know: by its spelling.
    const person = personFor(db, filters.participant);
    records.push(
      person
        ? { sql: 'SELECT record_id FROM person_records WHERE person_id = ?', args: [person.id] }
        : { sql: 'SELECT record_id FROM record_people WHERE folded = ?', args: [participantKey(filters.participant) ?? ''] },
    );
  }
  if (filters.publisher) {
    records.push({ sql: 'SELECT id FROM records WHERE publisher = ?', args: [filters.publisher] });
  }
  const dates: [string, string] | null =
    filters.from || filters.to ? [filters.from ?? '0000-00-00', filters.to ?? '9999-99-99'] : null;
  return { records, dates, topicId, paragraphs: null };
}

/**
 * The filters as SQL conditions on a paragraph id column, a record id expression and, when the
 * rows carry it, the record's date (else the date is looked up in record_sides).
 */
function filterWhere(filter: Filter, paragraphId: string, recordId: string, date?: string): { sql: string; args: string[] } {
  let sql = '';
  const args: string[] = [];
  if (filter.topicId) {
    sql += ` AND ${paragraphId} IN (SELECT paragraph_id FROM paragraph_topics WHERE topic_id = ? AND origin != 'removed')`;
    args.push(filter.topicId);
  }
  if (filter.paragraphs) {
    sql += ` AND ${paragraphId} IN (SELECT value FROM json_each(?))`;
    args.push(filter.paragraphs);
  }
  for (const r of filter.records) {
    sql += ` AND ${recordId} IN (${r.sql})`;
    args.push(...r.args);
  }
  if (filter.dates) {
    sql += date
      ? ` AND ${date} BETWEEN ? AND ?`
      : ` AND ${recordId} IN (SELECT record_id FROM record_sides WHERE date BETWEEN ? AND ?)`;
    args.push(...filter.dates);
  }
  return { sql, args };
}

/** Marks where the matched words stand in a paragraph, for a hit found by its tag. */
function markTag(text: string, matched: string | null): string {
  const folded = foldForMatch(text);
  if (!matched || folded.length !== text.length) return text;
  const i = folded.toLowerCase().indexOf(foldForMatch(matched).toLowerCase());
  return i === -1
    ? text
    : `${text.slice(0, i)}${OPEN}${text.slice(i, i + matched.length)}${CLOSE}${text.slice(i + matched.length)}`;
}

/** Up to this many matches are ranked by relevance (bm25); more are listed newest first. */
export const RANK_AT_MOST = 500;

const COLUMNS = 'p.id AS paragraph_id, p.label, p.text, r.id AS record_id, r.title, r.published_at';
/** Without the text and its highlight: every match of a common word, to group by record and count. */
const LIGHT_COLUMNS = "p.id AS paragraph_id, p.label, '' AS text, r.id AS record_id, r.title, r.published_at";

export type FindOptions = {
  /** Rows without text or highlight (cheap enough to list every match). */
  light?: boolean;
  /** Only these paragraphs: the ones a page shows, read with their text and highlight. */
  paragraphIds?: readonly string[];
};

export function findParagraphs(db: Db, query: string, filters: SearchFilters, limit: number, opts: FindOptions = {}): Found {
  ensureIndexed(db);
  const filter = filterSql(db, filters);
  if (opts.paragraphIds) filter.paragraphs = JSON.stringify(opts.paragraphIds);
  const columns = opts.light ? LIGHT_COLUMNS : COLUMNS;
  const highlight = opts.light ? "''" : `highlight(paragraph_index, 0, '${OPEN}', '${CLOSE}')`;
  const literal = query.trim() ? toFtsQuery(query) : null;
  const topic = query.trim() ? findTopic(db, query) : filter.topicId ? findTopic(db, filter.topicId) : null;
  const rows: FoundRow[] = [];
  const seen = new Set<string>();
  let truncated = false;
  const take = (list: FoundRow[], cap: number) => {
    if (list.length >= cap) truncated = true;
    for (const row of list) {
      if (rows.length >= limit) {
        truncated = true;
        break;
      }
      if (seen.has(row.paragraph_id)) continue;
      seen.add(row.paragraph_id);
      rows.push(row);
    }
  };
  const fts = (match: string, via: MatchKind) => {
    // Ranking by relevance scores every match; past a few thousand that alone takes longer than a
    // desk officer should wait, so a common term lists the most recently imported paragraphs first.
    const many =
      (
        statement(
          db,
          `SELECT count(*) AS n FROM (SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? LIMIT ${RANK_AT_MOST})`,
        ).get(match) as { n: number }
      ).n >= RANK_AT_MOST;
    // The filters are checked on the index row's record and date (by its rowid) before the
    // paragraph and its record are read. An index row without that entry falls back to its
    // paragraph id, which starts with the record's id and a colon, and to the record's side.
    const record = `coalesce(pir.record_id, substr(paragraph_index.paragraph_id, 1, instr(paragraph_index.paragraph_id, ':') - 1))`;
    const where = filterWhere(
      filter,
      'paragraph_index.paragraph_id',
      record,
      `coalesce(pir.date, (SELECT date FROM record_sides WHERE record_id = ${record}))`,
    );
    return statement(
      db,
      `SELECT ${columns}, ${highlight} AS marked, '${via}' AS via
           FROM paragraph_index
           LEFT JOIN paragraph_index_records pir ON pir.k = paragraph_index.rowid
           JOIN paragraphs p ON p.id = paragraph_index.paragraph_id
           JOIN records r ON r.id = p.record_id
          WHERE paragraph_index MATCH ?${where.sql}
          ORDER BY ${many ? 'paragraph_index.rowid DESC' : 'bm25(paragraph_index), r.published_at DESC, p.ordinal'}
          LIMIT ?`,
    ).all(match, ...where.args, limit + 1) as FoundRow[];
  };

  if (literal) take(fts(literal, 'literal'), limit + 1);
  // A query that is a person's name finds the records writing it another way: "Bui Thanh Son"
  // finds "Bùi Thanh Sơn" (the index ignores diacritics) and "부이 타인 선" (the directory knows).
  const person = literal ? resolvePerson(db, query) : null;
  if (person && rows.length < limit) {
    const phrases = [
      ...new Set(
        formsOfPerson(db, person.id)
          .map(aliasPhrase)
          .filter((p): p is string => p !== null && p !== literal),
      ),
    ];
    if (phrases.length > 0) take(fts(phrases.join(' OR '), 'alias'), limit + 1);
  }
  if (topic && rows.length < limit) {
    const literalKey = literal;
    const phrases = [
      ...new Set(
        plainAliases(db, topic.id)
          .map(aliasPhrase)
          .filter((p): p is string => p !== null && p !== literalKey),
      ),
    ];
    if (phrases.length > 0) take(fts(phrases.join(' OR '), 'alias'), limit + 1);
  }
  if ((topic || (!literal && filter.topicId)) && rows.length < limit) {
    const topicId = topic?.id ?? filter.topicId;
    const where = filterWhere(filter, 'pt.paragraph_id', 'pt.record_id');
    const tagged = statement(
      db,
      `SELECT ${columns}, pt.matched AS marked, 'tag' AS via
           FROM paragraph_topics pt
           JOIN paragraphs p ON p.id = pt.paragraph_id
           JOIN records r ON r.id = pt.record_id
           LEFT JOIN record_sides s ON s.record_id = r.id
          WHERE pt.topic_id = ? AND pt.origin != 'removed'${where.sql}
          ORDER BY coalesce(s.date, '') DESC, r.id, p.ordinal
          LIMIT ?`,
    ).all(topicId, ...where.args, limit + 1) as FoundRow[];
    take(
      tagged.map((r) => ({ ...r, marked: markTag(r.text, r.marked) })),
      limit + 1,
    );
  }
  return { rows, truncated, topic: topic ? { id: topic.id, name: topic.name } : null };
}

function facet(counts: Map<string, number>, label: (v: string) => string = (v) => v): FacetValue[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ value, label: label(value), count }));
}

const bump = (m: Map<string, number>, k: string | null | undefined) => {
  if (k) m.set(k, (m.get(k) ?? 0) + 1);
};

/** Groups hits by record (in rank order) and counts the facets over them. */
export function groupResults(db: Db, query: string, found: Found): SearchResult {
  const ids = found.rows.map((r) => r.paragraph_id);
  const recordIds = [...new Set(found.rows.map((r) => r.record_id))];
  const topicsOf = new Map<string, { id: string; name: string; inferred: boolean }[]>();
  const records = new Map<string, { publisher: string | null; date: string | null; source: string | null }>();
  const countries = new Map<string, string[]>();
  const people = new Map<string, string[]>();
  // The ids go in as one JSON array: one statement, prepared once per library, whatever the count.
  const paragraphIds = JSON.stringify(ids);
  const recordList = JSON.stringify(recordIds);
  // Tags are read from the tag table's own key (no join per tag); the few subject topics' names
  // are read once, and each paragraph's topics are put in name order here.
  const subjects = new Map(
    (statement(db, `SELECT id, name FROM topics WHERE kind = 'subject'`).all() as { id: string; name: string }[]).map((t) => [
      t.id,
      t.name,
    ]),
  );
  for (const r of statement(
    db,
    `SELECT paragraph_id, topic_id, inferred FROM paragraph_topics WHERE paragraph_id IN (SELECT value FROM json_each(?)) AND origin != 'removed'`,
  ).all(paragraphIds) as { paragraph_id: string; topic_id: string; inferred: number }[]) {
    const name = subjects.get(r.topic_id);
    if (name === undefined) continue;
    const list = topicsOf.get(r.paragraph_id) ?? [];
    if (list.length === 0) topicsOf.set(r.paragraph_id, list);
    list.push({ id: r.topic_id, name, inferred: r.inferred === 1 });
  }
  for (const list of topicsOf.values()) list.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  for (const r of statement(
    db,
    `SELECT r.id, r.publisher, s.date, s.source_country FROM records r LEFT JOIN record_sides s ON s.record_id = r.id WHERE r.id IN (SELECT value FROM json_each(?))`,
  ).all(recordList) as { id: string; publisher: string | null; date: string | null; source_country: string | null }[]) {
    records.set(r.id, { publisher: r.publisher, date: r.date, source: r.source_country });
  }
  collectBy(
    countries,
    statement(db, `SELECT record_id, country FROM record_countries WHERE record_id IN (SELECT value FROM json_each(?))`).all(
      recordList,
    ) as { record_id: string; country: string }[],
    (r) => r.country,
  );
  // Participants are counted by person (the directory's id), not by spelling: "Bùi Thanh Sơn" and
  // "부이 타인 선" are one entry, labelled with the directory's name.
  const personNames = new Map<string, string>();
  collectBy(
    people,
    statement(
      db,
      `SELECT pr.record_id, pr.person_id, p.name FROM person_records pr JOIN people p ON p.id = pr.person_id
        WHERE pr.record_id IN (SELECT value FROM json_each(?))`,
    ).all(recordList) as { record_id: string; person_id: string; name: string }[],
    (r) => {
      personNames.set(r.person_id, r.name);
      return r.person_id;
    },
  );
  const groups = new Map<string, RecordGroup>();
  const counts = {
    topic: new Map<string, number>(),
    country: new Map<string, number>(),
    participant: new Map<string, number>(),
    publisher: new Map<string, number>(),
    years: new Map<string, number>(),
  };
  const topicNames = new Map<string, string>();
  for (const row of found.rows) {
    const info = records.get(row.record_id);
    let g = groups.get(row.record_id);
    if (!g) {
      g = {
        recordId: row.record_id,
        title: row.title,
        publisher: info?.publisher ?? null,
        date: info?.date ?? null,
        sourceCountry: info?.source ?? null,
        hits: [],
      };
      groups.set(row.record_id, g);
      for (const c of countries.get(row.record_id) ?? []) bump(counts.country, c);
      for (const p of people.get(row.record_id) ?? []) bump(counts.participant, p);
      bump(counts.publisher, info?.publisher);
      bump(counts.years, info?.date?.slice(0, 4));
    }
    const topics = topicsOf.get(row.paragraph_id) ?? [];
    for (const t of topics) {
      bump(counts.topic, t.id);
      topicNames.set(t.id, t.name);
    }
    g.hits.push({
      paragraphId: row.paragraph_id,
      label: row.label,
      snippet: snippetParts(row.text, row.marked),
      via: row.via,
      topics,
    });
  }
  return {
    query,
    topic: found.topic,
    total: found.rows.length,
    truncated: found.truncated,
    records: groups.size,
    offset: 0,
    nextOffset: null,
    groups: [...groups.values()],
    facets: {
      topic: facet(counts.topic, (id) => topicNames.get(id) ?? id),
      country: facet(counts.country),
      participant: facet(counts.participant, (id) => personNames.get(id) ?? id),
      publisher: facet(counts.publisher),
      years: facet(counts.years).sort((a, b) => b.value.localeCompare(a.value)),
    },
  };
}

/** Appends each row's value to its record's list in `into`. */
function collectBy<R extends { record_id: string }>(into: Map<string, string[]>, rows: R[], value: (row: R) => string): void {
  for (const r of rows) {
    const list = into.get(r.record_id);
    if (list) list.push(value(r));
    else into.set(r.record_id, [value(r)]);
  }
}
