import type { SearchFilters, SearchHit, SearchResult } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { groupCached, rankedHits } from './group.ts';
import { readHits, readPage } from './page.ts';

export { CLOSE, OPEN, snippetParts, toFtsQuery } from './search-text.ts';

export type SearchOptions = {
  /** Records per page (default 50). */
  limit?: number | undefined;
  /** Records to skip: the page starts there. */
  offset?: number | undefined;
  /** Best paragraphs shown per record (default 3); the rest are counted. */
  perRecord?: number | undefined;
  filters?: SearchFilters | undefined;
};

/**
 * The paragraphs that match, as a list (library.search and the CLI's `search`): the same search as
 * searchLibrary, its hits in rank order whatever their record: the words typed first (best match
 * first), then the topic's other names, then paragraphs tagged with it. `offset` pages on.
 */
export function searchParagraphs(db: Db, query: string, limit = 100, filters: SearchFilters = {}, offset = 0): SearchHit[] {
  const all = groupCached(db, query, filters);
  const page = rankedHits(all).slice(offset, offset + limit);
  const read = readHits(db, all.plan, page);
  return page.map((h) => {
    const record = read.records.get(h.recordId);
    const hit = read.hits.get(h.paragraphId);
    return {
      recordId: h.recordId,
      recordTitle: record?.title ?? '',
      publishedAt: record?.published_at ?? null,
      paragraphId: h.paragraphId,
      label: hit?.label ?? '',
      snippet: hit?.snippet ?? [],
      via: hit?.via ?? 'literal',
    };
  });
}

/**
 * Search results by record, a page at a time: every match is found and grouped by record first (in
 * the order of each record's best paragraph), facets count them all, and only the page's records
 * are read with their text: a few best paragraphs each, and a count of the others. The grouping is
 * kept until the library changes, so the next page only reads its own records.
 */
export function searchLibrary(db: Db, query: string, opts: SearchOptions = {}): SearchResult {
  const [limit, offset, perRecord] = [opts.limit ?? 50, opts.offset ?? 0, opts.perRecord ?? 3];
  const all = groupCached(db, query, opts.filters ?? {});
  const page = all.records.slice(offset, offset + limit);
  const end = offset + page.length;
  return {
    query,
    topic: all.plan.topic,
    total: all.total,
    truncated: all.truncated,
    records: all.records.length,
    offset,
    nextOffset: end < all.records.length ? end : null,
    groups: readPage(db, all.plan, page, perRecord),
    facets: all.facets,
  };
}
