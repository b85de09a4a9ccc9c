// "최근 … 합동회의를 개최하였다. … 이날 회의는 …", "officials recently met … That day they also …": a lead
// that tells its meeting with no day leaves a later "that day" pointing at that unknown day, not at
// the publication date. Only "that day" is affected: a day the text states stays the meeting's.

import { sentences } from './clauses.ts';
import { namesNoDay } from './words.ts';

/** A day of the month written as such: "18일", "18日", "18/4", "4.18", "18 April", "April 18". */
const A_DAY =
  /(?<!\d)\d{1,2}\s*(?:일|日|号|號)|(?<!\d)\d{1,2}[./-]\d{1,2}(?!\d)|(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?!\d)/u;

/** The lead's first sentence tells what happened as recent ("최근", "recently", "gần đây"), with no day. */
export function leadNamesNoDay(texts: readonly string[]): boolean {
  // A title's stop ("HE Dr. Hage Geingob … this week discussed …") ends no sentence.
  const text = texts[0] ?? '';
  const span = sentences(text)[0];
  const first = span ? text.slice(span.start, span.end) : '';
  return namesNoDay(first) && !A_DAY.test(first);
}
