// What a search does with text, apart from the library: the query a desk officer types as an FTS5
// query, and a snippet cut around the matches. Used by the search and by the finding it builds on.

import { foldForIndex } from '../../shared/fold.ts';
import type { SnippetPart } from '../../shared/types.ts';

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
