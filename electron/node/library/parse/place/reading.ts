// A place read from the text, with how sure the reading is and why; the first name a pattern finds
// that is not a word the place rules know is no place.

import type { DateReader } from '../dates/forms.ts';
import { NOT_PLACES } from './latin.ts';
import { postedBefore } from './posted.ts';

export type PlaceReading = { place: string; confidence: number; why: string };

/** What the place rules read beside the paragraphs: the headline, the dateline's city, the text's first lines. */
export type PlaceOptions = { title?: string | null; dateline?: string | null; head?: string[]; dates?: DateReader };

export const reading = (place: string | null | undefined, confidence: number, why: string): PlaceReading | null =>
  place ? { place: place.trim(), confidence, why } : null;

/** The first name `re` (global) finds in the texts that is a place. */
export function firstPlace(re: RegExp, texts: string[]): string | null {
  for (const text of texts) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = m[1]?.trim().replace(/[.’']+$/, '');
      // Not an envoy's post ("the ambassador of Japan in Hanoi"): the name ends the match.
      const at = m.index + m[0].lastIndexOf(m[1] ?? '');
      if (name && !NOT_PLACES.test(name) && !postedBefore(text.slice(0, at), name) && !insideQuote(text, at)) {
        // Left at 0: the shared pattern is read again by other rules (matchAll and execAll start where it stands).
        re.lastIndex = 0;
        return name;
      }
    }
  }
  return null;
}

/**
 * Inside someone's quoted words ("a ‘strong African population … based in Nebraska.’"): the place they
 * speak of, not where the meeting was. Curly quotes only: a straight one or an apostrophe says nothing sure.
 */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 300), at);
  const open = Math.max(before.lastIndexOf('“'), before.lastIndexOf('‘'), before.lastIndexOf('«'));
  return open >= 0 && !/[”»]|’(?![\p{L}])/u.test(before.slice(open + 1));
}
