// The credit that closes a re-posted text in brackets: where it came from and the day it was
// written there ("(Vatican News 15.06.2016)", "(Xinhua, 23.05.2021 / agencies)"), or that day alone
// ("(06/10/2016)"). The day is the text's: the page that copies it states no other.

import { type DateReader, isFull, iso } from './forms.ts';

/** A line that is all one bracket, short enough to be a credit, not a sentence set in brackets. */
const BRACKETED = /^\(([^()]{6,60})\)$/u;
/** What may stand beside the date: a source's name or a writer's, a web address, a slash or comma between them. */
const CREDIT_WORD = /^[\p{L}][\p{L}\d.&'’-]*$/u;

/** The date a closing bracketed credit gives, when the bracket holds a full date and at most a few names besides. */
export function closingCreditDate(
  line: string,
  dates: DateReader,
  /** Whether the page's language writes the day first (any but English): "(06/10/2016)" is then 6 October. */
  dayFirst: () => boolean,
): { date: string; phrase: string } | null {
  const inner = BRACKETED.exec(line.trim())?.[1];
  if (!inner || !/\d{4}/.test(inner)) return null;
  // The day alone, either number could be the month: read as the page's language writes it.
  const bare = /^\s*(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\s*$/.exec(inner);
  if (bare && Number(bare[1]) <= 12 && Number(bare[2]) <= 12 && dates.mentions(inner).length === 0)
    return dayFirst() && bare[1] !== bare[2]
      ? { date: iso(Number(bare[3]), Number(bare[2]), Number(bare[1])), phrase: line.trim() }
      : null;
  const told = dates.mentions(inner);
  // One date, not two (a span of days, or a date the source itself quotes).
  const mention = told.length === 1 ? told[0] : undefined;
  if (!mention || !isFull(mention) || mention.span) return null;
  const date = iso(mention.year, mention.month, mention.day);
  const rest = `${inner.slice(0, mention.index)} ${inner.slice(mention.index + mention.phrase.length)}`;
  const words = rest.split(/[\s,/|;–—-]+/u).filter((w) => w !== '');
  if (words.length > 4 || !words.every((w) => CREDIT_WORD.test(w))) return null;
  return { date, phrase: line.trim() };
}
