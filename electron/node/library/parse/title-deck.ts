// A headline with its deck: many papers print a longer summary line (a standfirst, "bajada",
// "sub-judul") under the headline and above the byline, without a full stop. The heading line just
// above the byline is then the deck; the headline is the shorter line right above it.

import { wordCount } from './text.ts';
import { substantialLine } from './title-lines.ts';

/** The deck runs on: a dozen words at least, more than the headline it stands under. */
const DECK_WORDS = 12;
/** A headline says what happened in a line: twenty words at most when a deck follows it. */
const HEADLINE_WORDS = 20;
/** A headline is a line of its own, not a menu entry or a slogan: forty characters at least. */
const HEADLINE_CHARS = 40;

/**
 * A deck is written as a sentence: two in five of its words or more start in lowercase. A long
 * headline in title case ("Meeting between External Affairs Minister, Chinese Foreign Minister and
 * …") is not one.
 */
const readsAsSentence = (line: string): boolean => {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length >= 0.4;
};

/**
 * The headline above `last` when `last` is its deck: the heading line directly above it (a blank
 * line between at most), shorter, saying something, not a label ending on a colon. Scripts written
 * without spaces count their words otherwise and keep their own rule (Korean decks: firstOfRun).
 */
export function headlineAboveDeck<T extends { l: string; i: number }>(header: T[], candidates: T[], last: T): T {
  const at = header.indexOf(last);
  const prev = header[at - 1];
  if (prev === undefined || !candidates.includes(prev) || last.i - prev.i > 2) return last;
  const deck = wordCount(last.l);
  const head = wordCount(prev.l);
  const spaced = (l: string): boolean => !/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(l);
  return spaced(last.l) &&
    spaced(prev.l) &&
    deck >= DECK_WORDS &&
    deck > head &&
    head <= HEADLINE_WORDS &&
    prev.l.trim().length >= HEADLINE_CHARS &&
    readsAsSentence(last.l) &&
    substantialLine(prev.l) &&
    !/[:：]$/.test(prev.l.trim())
    ? prev
    : last;
}
