// A page copied with its text first and its headline after it: the story's paragraphs, then the
// headline, then what a page prints under a headline (its date, its deck, the headline again, or the
// site's furniture).

import { reportsMeetingWord } from './dates/words.ts';
import { type DateReader, dateOfDateLine } from './dates.ts';
import { endsSentence, wordCount } from './text.ts';
import type { LineTests } from './title-caption.ts';
import { sharedWithLead } from './title-lead.ts';
import { isTitleLike } from './title-like.ts';
import { CLOCKED, isDateOnly, READING_TIME, substantialLine } from './title-lines.ts';
import { isProse } from './title-prose.ts';

/** Words a headline shares with the text's opening sentence: it tells that story, not the next paragraph's. */
const TOLD_WORDS = 3;
/** The text above the headline: a story's paragraphs, a dozen at most. */
const TEXT_LINES = 12;

/** The tests of a heading line the shapes outside the heading area use (title-caption.ts, this file). */
export const headingTests = (dates: DateReader): LineTests => ({
  titleLike: (l) => isTitleLike(l, dates) && !isProse(l),
  prose: (l) => isProse(l),
  mark: (l) => dateOfDateLine(l, dates) !== null || CLOCKED.test(l) || isDateOnly(l) || READING_TIME.test(l),
  says: (l) => substantialLine(l) || reportsMeetingWord(l) || wordCount(l) >= 3,
});

const filled = (lines: string[], from: number): number => {
  let i = from;
  while (i < lines.length && (lines[i]?.trim() ?? '') === '') i++;
  return i;
};

/**
 * The headline standing after the text ("El president … s'ha reunit … a Palau amb …" × 3 / "Torra rep
 * l'ambaixador d'Alemanya a Palau" / its deck / "Publicat el …"): the first line after the opening
 * paragraphs that is no prose, when the paragraph above it ends its sentence, it is a heading that says
 * something, it tells the opening sentence's story (three of its words at least, and more than half of its
 * own words), and it stands above what follows a headline: a date or byline, the headline printed again, or
 * a line that is no prose (a deck, the site's furniture). A subheading between paragraphs is followed by the
 * next paragraph; a caption wrapped goes on in lowercase; a record cut short ends on half a sentence.
 */
export function headlineAfterText(lines: string[], tests: LineTests): { title: string; at: number[] } | null {
  let opening = '';
  let last = '';
  let paragraphs = 0;
  for (let i = filled(lines, 0); i < lines.length; i = filled(lines, i + 1)) {
    const l = lines[i]?.trim() ?? '';
    if (tests.prose(l)) {
      if (paragraphs === 0) opening = l;
      last = l;
      if (++paragraphs > TEXT_LINES) return null;
      continue;
    }
    // A paragraph cut at the line's end goes on below: its next line is no heading.
    if (paragraphs === 0 || !endsSentence(last) || !tests.titleLike(l) || !tests.says(l)) return null;
    const told = sharedWithLead(l, opening);
    if (told < TOLD_WORDS || told * 2 <= sharedWithLead(l, l)) return null;
    const j = filled(lines, i + 1);
    const next = lines[j]?.trim();
    // A table cell's border after it ("… 업무협약 |") is the page's layout, not the headline's.
    const title = l.replace(/\s*\|$/u, '');
    if (next !== undefined && next.toLowerCase() === l.toLowerCase()) return { title, at: [i, j] };
    // A line in lowercase below goes on with this one (a caption or a sentence wrapped); the text's end is no
    // headline's (a record cut short ends on half a sentence).
    if (next === undefined || /^\p{Ll}/u.test(next)) return null;
    return tests.mark(next) || !tests.prose(next) ? { title, at: [i] } : null;
  }
  return null;
}
