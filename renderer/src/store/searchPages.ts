// Search results come a page of records at a time (search.run's offset): "Show more records"
// appends the next page to what is shown.
import type { SearchResult } from '../../../electron/shared/types.ts';

/** Records asked for per page. */
export const RECORDS_PER_PAGE = 50;

/** The next page after the ones shown; counts and facets are the whole search's either way. */
export function appendPage(shown: SearchResult, next: SearchResult): SearchResult {
  const have = new Set(shown.groups.map((g) => g.recordId));
  return { ...next, offset: shown.offset, groups: [...shown.groups, ...next.groups.filter((g) => !have.has(g.recordId))] };
}
