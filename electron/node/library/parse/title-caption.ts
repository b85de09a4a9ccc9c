// A page copied from its photo down: the photo's caption first (a sentence, so it reads as the lead),
// then the kicker, the headline, the date or the lead that repeats the caption.

import { wordCount } from './text.ts';

type LineTests = {
  /** A heading line that could be the headline. */
  titleLike: (line: string) => boolean;
  /** A line of prose. */
  prose: (line: string) => boolean;
  /** A date, clock or byline line: what a page prints under its headline. */
  mark: (line: string) => boolean;
  /** A heading that says what happened (four words, or a word of meeting). */
  says: (line: string) => boolean;
};

/**
 * The headline under a caption ("Bundesaußenminister … hat … Kerry in Berlin empfangen." / "US-Außenminister
 * zu Gast" / "Steinmeier empfängt Kerry" / "Berlin - Bundesaußenminister … empfangen."): the last heading
 * line within the next six lines that says something, directly above a date line or above a lead
 * that repeats the caption. A first sentence followed by anything else is the lead, not a caption.
 */
export function headlineUnderCaption(lines: string[], at: number, tests: LineTests): { title: string; at: number } | null {
  const caption = lines[at]?.trim() ?? '';
  if (caption === '' || wordCount(caption) > 45) return null;
  const next: number[] = [];
  for (let i = at + 1; i < lines.length && next.length < 7; i++) if ((lines[i]?.trim() ?? '') !== '') next.push(i);
  let found: { title: string; at: number } | null = null;
  for (const i of next) {
    const l = lines[i]?.trim() ?? '';
    if (tests.prose(l) || tests.mark(l)) {
      const repeats = tests.prose(l) && l.includes(caption.slice(0, 40));
      return found && (tests.mark(l) || repeats) ? found : null;
    }
    if (tests.titleLike(l) && tests.says(l)) found = { title: l, at: i };
  }
  return null;
}
