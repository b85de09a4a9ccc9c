import type { SearchFilters, SearchHit, SearchResult, SnippetPart } from '../../api/types.ts';
import type { Db } from '../db/connection.ts';
import { foldForIndex } from './fold.ts';
import { groupCached } from './topics/group.ts';
import { readPage } from './topics/page.ts';
import { findParagraphs } from './topics/query.ts';

export const OPEN = '\u0001';
export const CLOSE = '\u0002';

/**
 * Turns what a desk officer types into an FTS5 query. Every word is quoted (so AND, NEAR, quotes and
 * colons are just words), matched as a prefix ("flight" finds "flights", Korean stems find their
 * inflections), and words joined by punctuation ("Incheon-Hanoi") or in quotes form a phrase.
 */
export function toFtsQuery(query: string): string | null {
  const chunks: { words: string[]; quoted: boolean }[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const text = m[1] ?? m[2] ?? '';
    const words = foldForIndex(text).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    if (words.length > 0) chunks.push({ words, quoted: m[1] !== undefined });
  }
  if (chunks.length === 0) return null;
  return chunks
    .map(({ words, quoted }) => {
      const phrase = words.join(' ').replace(/"/g, '""');
      return quoted ? `"${phrase}"` : `"${phrase}"*`;
    })
    .join(' ');
}

/** Cuts a window of about `width` characters around the first match and splits it into parts. */
export function snippetParts(original: string, marked: string, width = 260): SnippetPart[] {
  // Recover match ranges from the marked (folded) text; positions equal those in the original.
  const ranges: [number, number][] = [];
  let pos = 0;
  let start = -1;
  for (const ch of marked) {
    if (ch === OPEN) start = pos;
    else if (ch === CLOSE) {
      ranges.push([start, pos]);
      start = -1;
    } else pos += ch.length;
  }
  const first = ranges[0]?.[0] ?? 0;
  let from = Math.max(0, first - Math.floor(width / 3));
  let to = Math.min(original.length, from + width);
  if (to === original.length) from = Math.max(0, to - width);
  if (from > 0) {
    const space = original.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (to < original.length) {
    const space = original.lastIndexOf(' ', to);
    if (space > from && space > (ranges[0]?.[1] ?? 0)) to = space;
  }
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  if (from > 0) push('… ', false);
  let cursor = from;
  for (const [a, b] of ranges) {
    if (b <= from || a >= to) continue;
    push(original.slice(cursor, Math.max(a, cursor)), false);
    push(original.slice(Math.max(a, from), Math.min(b, to)), true);
    cursor = Math.min(b, to);
  }
  push(original.slice(cursor, to), false);
  if (to < original.length) push(' …', false);
  return parts;
}

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
