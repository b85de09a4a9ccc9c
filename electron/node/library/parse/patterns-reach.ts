// Running a costly pattern only near where a cheap one matches: for a pattern whose match opens with
// an optional word or two of bounded length ("Korean", "the Republic of Korea's") before the part a
// cheap pattern finds ("Foreign Minister"). Searched globally, the costly pattern tries its long
// opening alternatives at every character of the text; here it is tried only at the starts of words
// close enough before a head.

import type { StickyMatcher } from './patterns-split.ts';

/** The length of the longest alternative of a regex source of escaped literals joined by "|" (escapes counted: never less than the text). */
export const longestAlternative = (source: string): number =>
  source.split(/(?<!\\)\|/).reduce((n, s) => Math.max(n, s.length), 0);

/** A letter just before a position (a whole character read backwards, as a lookbehind reads it). */
const LETTER_BEFORE = /(?<=\p{L})/uy;
const letterBefore = (text: string, at: number): boolean => {
  if (at === 0) return false;
  const c = text.charCodeAt(at - 1);
  if (c < 0x80) return (c | 32) >= 97 && (c | 32) <= 122;
  LETTER_BEFORE.lastIndex = at;
  return LETTER_BEFORE.test(text);
};

/**
 * Where a match could start: at each head, and, where the head follows a space, at the start of each
 * word (a letter after no letter) at most `reach` characters before it. Sorted, each once.
 */
function startsNear(heads: RegExp, text: string, reach: number): number[] {
  const out: number[] = [];
  heads.lastIndex = 0;
  for (let m = heads.exec(text); m; heads.lastIndex = m.index + 1, m = heads.exec(text)) {
    const h = m.index;
    if (text.charCodeAt(h - 1) === 32)
      for (let s = Math.max(0, h - reach); s < h - 1; s++) {
        const c = text.charCodeAt(s);
        // Never inside a pair of surrogates; a space or a mark opens no word.
        if ((c >= 0xdc00 && c <= 0xdfff) || c === 32 || letterBefore(text, s)) continue;
        out.push(s);
      }
    out.push(h);
  }
  return out.length > 1 ? [...new Set(out)].sort((a, b) => a - b) : out;
}

/**
 * Every match of `strict` (sticky, y) in `text`, as a global search would give them, for a pattern
 * that is never empty and whose every match starts either where `heads` (flags g, and u as needed)
 * matches, or at a letter after no letter at most `reach` characters before such a place, which
 * follows a space ("(?:(?<![\p{L}])(WHOSE) )?(?<![\p{L}])(ROLE)…", heads finding ROLE, reach the
 * longest WHOSE and its space).
 */
export function* matchesWithinReach(
  heads: RegExp,
  strict: StickyMatcher,
  text: string,
  reach: number,
): Generator<RegExpExecArray> {
  let floor = 0;
  for (const at of startsNear(heads, text, reach)) {
    if (at < floor) continue;
    strict.lastIndex = at;
    const m = strict.exec(text);
    if (m && m[0].length > 0) {
      yield m;
      floor = m.index + m[0].length;
    }
  }
}
