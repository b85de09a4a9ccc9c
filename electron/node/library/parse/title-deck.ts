// A headline with its deck: many papers print a longer summary line (a standfirst, "bajada",
// "sub-judul") under the headline and above the byline, without a full stop. The heading line just
// above the byline is then the deck; the headline is the shorter line right above it.

import { wordCount } from './text.ts';
import { sharedWithLead } from './title-lead.ts';
import { substantialLine } from './title-lines.ts';
import { isMastheadOfLead } from './title-masthead.ts';

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
const readsAsSentence = (line: string, share: number): boolean => {
  const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length > 0 && words.filter((w) => /^\p{Ll}/u.test(w)).length / words.length >= share;
};

/** How sure the deck must look: by default a menu entry over a title-case headline must not pass. */
type DeckBar = { headlineChars: number; sentenceShare: number };
const DEFAULT_BAR: DeckBar = { headlineChars: HEADLINE_CHARS, sentenceShare: 0.4 };
/**
 * When the lead has named the lower line, it tells the story; the line above need only say something,
 * and German capitals its nouns, so a third of the words in lowercase make a sentence.
 */
const NAMED_BY_LEAD: DeckBar = { headlineChars: 0, sentenceShare: 1 / 3 };

/**
 * The headline above `last` when `last` is its deck: the heading line directly above it (a blank
 * line between at most), shorter, saying something, not a label ending on a colon. Scripts written
 * without spaces count their words otherwise and keep their own rule (Korean decks: firstOfRun).
 */
export function headlineAboveDeck<T extends { l: string; i: number }>(
  header: T[],
  candidates: T[],
  last: T,
  bar: DeckBar = DEFAULT_BAR,
): T {
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
    prev.l.trim().length >= bar.headlineChars &&
    readsAsSentence(last.l, bar.sentenceShare) &&
    substantialLine(prev.l) &&
    !/[:：]$/.test(prev.l.trim())
    ? prev
    : last;
}

/**
 * The line the lead named over the line the position chose may be the deck under a short headline
 * ("Empfang im Roten Rathaus" over "Die Regierende Bürgermeisterin empfängt die neuen Botschafter …"): the
 * headline is the line above it. It tells the deck's story, so it shares a word with the deck; a skip link
 * or a masthead above a headline shares none (a masthead may share its region with the lead, by chance).
 */
export function headlineOverNamedDeck<T extends { l: string; i: number }>(
  header: T[],
  candidates: T[],
  named: T,
  byPosition: T,
  lead?: string,
): T {
  if (named === byPosition) return named;
  const above = headlineAboveDeck(header, candidates, named, NAMED_BY_LEAD);
  // The site's masthead shares its town with the headline under it, as the lead names the town: no headline over a deck.
  return above !== named && sharedWithLead(above.l, named.l) > 0 && !isMastheadOfLead(above.l, lead) ? above : named;
}
