// What a search looks for (its plan), behind library.search and search.run alike. A query that
// names a topic (by its name or any alias: "Biển Đông", "SCS", "East Sea (South China Sea)") is
// widened three ways, ranked in this order: paragraphs with the words typed, paragraphs with
// another name of the topic, and paragraphs tagged with it (an inferred "East Sea", a user's tag).

import { normalizeCountry } from '../../shared/countries.ts';
import { fail } from '../../shared/errors.ts';
import { foldForIndex, foldKeepingCase } from '../../shared/fold.ts';
import type { SearchFilters } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { statement } from '../db/statements.ts';
import { participantKey } from '../library/parse/participants.ts';
import { formsOfPerson, personFor, resolvePerson } from '../people/directory.ts';
import { findTopic, plainAliases } from '../topics/store.ts';
import { CLOSE, OPEN, toFtsQuery } from './search-text.ts';

/** One alias as an FTS5 phrase; Korean matches word prefixes (particles attach to the word). */
function aliasPhrase(alias: string): string | null {
  const words = foldForIndex(alias).match(/[\p{L}\p{N}\p{M}]+/gu);
  if (!words) return null;
  return `"${words.join(' ').replace(/"/g, '""')}"${/\p{Script=Hangul}$/u.test(alias) ? '*' : ''}`;
}

export type Filter = {
  /** Each filter as a SELECT of the record ids it allows, with its arguments. */
  records: { sql: string; args: string[] }[];
  /** The date range, [from, to], or null. */
  dates: [string, string] | null;
  topicId: string | null;
};

/**
 * The records each filter allows, as SELECTs over the indexed facet tables. Each list is read
 * once per query from its own index, so a hit is then checked with a probe per filter instead of
 * joining the record and its facets row by row. (Kept as separate lists: one INTERSECT of them
 * makes SQLite sort every full-text match instead of reading the newest first.)
 */
export function filterSql(db: Db, filters: SearchFilters): Filter {
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
  return { records, dates, topicId };
}

/**
 * The filters as SQL conditions on a paragraph id column, a record id expression and, when the
 * rows carry it, the record's date (else the date is looked up in record_sides).
 */
export function filterWhere(
  filter: Filter,
  paragraphId: string,
  recordId: string,
  date?: string,
): { sql: string; args: string[] } {
  let sql = '';
  const args: string[] = [];
  if (filter.topicId) {
    sql += ` AND ${paragraphId} IN (SELECT paragraph_id FROM paragraph_topics WHERE topic_id = ? AND origin != 'removed')`;
    args.push(filter.topicId);
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
export function markTag(text: string, matched: string | null): string {
  const folded = foldKeepingCase(text);
  if (!matched || folded.length !== text.length) return text;
  const i = folded.toLowerCase().indexOf(foldKeepingCase(matched).toLowerCase());
  return i === -1
    ? text
    : `${text.slice(0, i)}${OPEN}${text.slice(i, i + matched.length)}${CLOSE}${text.slice(i + matched.length)}`;
}

/** Up to this many matches are ranked by relevance (bm25); more are listed newest first. */
export const RANK_AT_MOST = 500;

/** One way a paragraph can match, in rank order: a full-text query, or the topic's tags. */
export type Source = { via: 'literal' | 'alias'; match: string } | { via: 'tag'; topicId: string };

/** What a query looks for: its sources in rank order, the filters, and the topic it names. */
export type Plan = { sources: Source[]; filter: Filter; topic: { id: string; name: string } | null };

/**
 * The sources of a query: the words typed; a person's other names ("Bui Thanh Son" finds "Bùi
 * Thanh Sơn", which the index finds anyway, and "부이 타인 선", which the directory knows); the
 * topic's other names; and paragraphs tagged with the topic.
 */
export function searchPlan(db: Db, query: string, filters: SearchFilters): Plan {
  const filter = filterSql(db, filters);
  const literal = query.trim() ? toFtsQuery(query) : null;
  const topic = query.trim() ? findTopic(db, query) : filter.topicId ? findTopic(db, filter.topicId) : null;
  const sources: Source[] = [];
  if (literal) sources.push({ via: 'literal', match: literal });
  const alias = (names: string[]) => {
    const phrases = [...new Set(names.map(aliasPhrase).filter((p): p is string => p !== null && p !== literal))];
    if (phrases.length > 0) sources.push({ via: 'alias', match: phrases.join(' OR ') });
  };
  const person = literal ? resolvePerson(db, query) : null;
  if (person) alias(formsOfPerson(db, person.id));
  if (topic) alias(plainAliases(db, topic.id));
  const tagTopic = topic?.id ?? (!literal ? filter.topicId : null);
  if (tagTopic) sources.push({ via: 'tag', topicId: tagTopic });
  return { sources, filter, topic: topic ? { id: topic.id, name: topic.name } : null };
}

/** More than RANK_AT_MOST matches: ranking them all by relevance would take longer than listing them. */
export function isCommon(db: Db, match: string): boolean {
  const sql = `SELECT count(*) AS n FROM (SELECT rowid FROM paragraph_index WHERE paragraph_index MATCH ? LIMIT ${RANK_AT_MOST})`;
  return (statement(db, sql).get(match) as { n: number }).n >= RANK_AT_MOST;
}

/**
 * The filters on a full-text row, checked on the index row's record and date (by its rowid) before
 * the paragraph and its record are read. An index row without that entry falls back to its
 * paragraph id, which starts with the record's id and a colon, and to the record's side.
 */
export const FTS_RECORD = `coalesce(pir.record_id, substr(paragraph_index.paragraph_id, 1, instr(paragraph_index.paragraph_id, ':') - 1))`;
export function ftsWhere(filter: Filter): { sql: string; args: string[] } {
  return filterWhere(
    filter,
    'paragraph_index.paragraph_id',
    FTS_RECORD,
    `coalesce(pir.date, (SELECT date FROM record_sides WHERE record_id = ${FTS_RECORD}))`,
  );
}

/** Paragraphs tagged with the topic: newest record first. */
export const TAGGED_ORDER = `coalesce(s.date, '') DESC, r.id, p.ordinal`;
