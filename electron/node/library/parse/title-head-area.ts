// Where a record's heading area ends and its prose begins, and the one page shape whose headline
// stands below the text (a broadcaster's page: text, then the headline twice, then the byline).

import type { DateReader } from './dates.ts';
import { wordCount } from './text.ts';
import { isTitleLike } from './title-like.ts';
import { blockFrom } from './title-lines.ts';
import { isProse, isProseAt } from './title-prose.ts';
import { isOpeningHours } from './title-shapes.ts';

export const same = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Where the prose starts. A line followed directly by one starting in lowercase is mid-sentence in
 * hard-wrapped text, when the paragraph it starts reads as prose.
 */
export const bodyStartOf = (lines: string[]): number =>
  lines.findIndex(
    (l, i) =>
      l.trim() !== '' &&
      !isOpeningHours(l) &&
      (isProseAt(l, i, lines) ||
        // A wrapped line fills the width: a lone rubric in lowercase below a word ("новости" / "власть") is not one.
        (wordCount(l) >= 4 && /^\p{Ll}/u.test(lines[i + 1]?.trim() ?? '') && isProse(blockFrom(lines, i)))),
  );

/**
 * Lines above the first line of prose are the heading area. Web pages put navigation above
 * the title and often print the title twice, so there the repeated line, else the last
 * heading line, is the title and what stands above it is dropped. A plain document puts its
 * title first.
 */

/**
 * A headline some pages print after the text or its caption (broadcasters' pages: text, then
 * section, reporter, the headline twice, then "입력 …"): a line printed twice in a row directly
 * above a byline.
 */
export function headlineBelow(lines: string[], marks: number[], dates: DateReader): { title: string; at: number[] } | null {
  const limit = Math.min(lines.length, 120);
  for (let i = 0; i < limit; i++) {
    const l = lines[i]?.trim() ?? '';
    if (l === '' || !isTitleLike(l, dates) || isProse(l)) continue;
    let j = i + 1;
    while (j < limit && (lines[j]?.trim() ?? '') === '') j++;
    if (!same(lines[j] ?? '', l)) continue;
    if (marks.some((m) => m > j && m <= j + 3)) return { title: l, at: [i, j] };
  }
  return null;
}
