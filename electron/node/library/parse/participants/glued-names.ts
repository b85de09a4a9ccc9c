// A name whose word the page glued to the next word, the space lost: "Đức TGM Paul Richar Galaghercùng
// phái đoàn" (Vietnamese "cùng", with), "Ambassador congratulated Dr. Mahmudon his appointment".
// Read as it stands it is a second person, or a longer "whole" form that wins over the right one,
// and the desk officer sees a name nobody has ("Dr. Mahmudrecalled his visits"). The cut is taken only when the record names the
// person unglued elsewhere (another mention ends on "Galagher", "Hasan Mahmud") and writes the glued
// word as a word of its own ("cùng") or a long word ("recalled"), so "Johnson" or "Robertson" stay whole.

import type { Mention } from './types.ts';

/** A Latin-script word: a capital, then small letters (marks included). */
const LATIN_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The words the text writes alone: its whole runs of letters and marks. A word stands alone when it is
 * one of them (no letter or mark glued to either side); read once a record, not a pattern a word.
 */
const wordsAlone = (text: string): Set<string> => new Set(text.match(/[\p{L}\p{M}]+/gu) ?? []);

/**
 * "Galaghercùng" → "Galagher": a front of 3 letters or more that ends a name read elsewhere, the rest
 * (small letters) a word the record writes alone, or a long one (7 or more: "Mahmudrecalled"); a
 * short rest never written alone is a longer name's ending ("Kimura" beside "Kim", "Parker" beside "Park").
 */
function ungluedWord(word: string, lastWords: Set<string>, alone: Set<string>): string | null {
  const letters = [...word];
  for (let k = letters.length - 2; k >= 3; k--) {
    const stem = letters.slice(0, k).join('');
    const tail = letters.slice(k).join('');
    if (!/^\p{Ll}/u.test(tail) || !lastWords.has(stem)) continue;
    if ([...tail].length >= 7 || alone.has(tail)) return stem;
  }
  return null;
}

/** Mentions with a glued word cut back to the name; the words after it belong to the next phrase. */
export function unglueNames(mentions: Mention[], text: string): Mention[] {
  const lastWords = new Set(mentions.flatMap((m) => (m.name === null ? [] : [m.name.split(' ').at(-1) as string])));
  let alone: Set<string> | null = null;
  return mentions.map((m) => {
    if (m.name === null) return m;
    const words = m.name.split(' ');
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (!LATIN_WORD.test(w) || !LATIN.test(w) || w.length < 5) continue;
      alone ??= wordsAlone(text);
      if (!alone.has(w)) continue;
      const stem = ungluedWord(w, lastWords, alone);
      if (stem !== null) return { ...m, name: [...words.slice(0, i), stem].join(' ') };
    }
    return m;
  });
}
