import type { SearchFilters, SearchHit, SearchResult } from '../../shared/types.ts';
import type { Db } from '../db/statements.ts';
import { groupCached } from './group.ts';
import { readPage } from './page.ts';
import { findParagraphs } from './query.ts';
import { snippetParts } from './search-text.ts';

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
 * The paragraphs that match, as hits: the words typed first (best match first), then the topic's
 * other names, then paragraphs tagged with it. Filters narrow all three; `offset` pages on.
 */
export function searchParagraphs(db: Db, query: string, limit = 100, filters: SearchFilters = {}, offset = 0): SearchHit[] {
  const found = findParagraphs(db, query, filters, offset + limit);
  return found.rows.slice(offset).map((row) => ({
    recordId: row.record_id,
    recordTitle: row.title,
    publishedAt: row.published_at,
    paragraphId: row.paragraph_id,
    label: row.label,
    snippet: snippetParts(row.text, row.marked),
    via: row.via,
  }));
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
