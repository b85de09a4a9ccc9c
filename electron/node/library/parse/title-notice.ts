// A site's notice above the headline: a sentence or two the page prints about itself ("This
// newspaper was founded in 1992…", "News is shown for a week after…", "This is the banner's place")
// before its menus, its headline and the story. Such sentences read as prose, so the text seemed to
// start there and the headline below them was taken for the text. A careful reader sees the story
// start lower down: under a heading line that tells the story's opening, while the sentences above
// say nothing of that story.

import type { LineTests } from './title-caption.ts';
import { sharedWithLead } from './title-lead.ts';

/** A notice is a sentence or three: a story's text runs longer. */
const NOTICE_LINES = 3;
/** How far below the notice the headline may stand: a site's menus and weather between them. */
const HEAD_LINES = 16;
/** Words a headline shares with the opening it heads. */
const TOLD_WORDS = 3;

const nextFilled = (lines: string[], from: number): number => {
  let i = from;
  while (i < lines.length && (lines[i]?.trim() ?? '') === '') i++;
  return i;
};

/**
 * The lines of a notice above the headline, to be read as the page's furniture: the prose lines the
 * text seemed to start with (three at most), when below them, after lines that are no prose, a heading
 * line tells the opening of the prose under it (three of its words at least, and more than half of its
 * own words), and no notice line tells that story (a word of it at most): a story's first paragraph names
 * its people again in the next ones.
 */
export function noticeAboveHeadline(lines: string[], bodyStart: number, tests: LineTests): number[] {
  if (bodyStart < 0) return [];
  const notice: number[] = [];
  let i = bodyStart;
  for (; i < lines.length; i = nextFilled(lines, i + 1)) {
    const l = lines[i]?.trim() ?? '';
    if (!tests.prose(l)) break;
    notice.push(i);
    if (notice.length > NOTICE_LINES) return [];
  }
  let headline: string | null = null;
  for (; i < lines.length && i - bodyStart <= HEAD_LINES + notice.length; i = nextFilled(lines, i + 1)) {
    const l = lines[i]?.trim() ?? '';
    if (!tests.prose(l)) {
      if (headline === null && tests.titleLike(l) && tests.says(l)) {
        const lead =
          lines
            .slice(i + 1)
            .find((x) => tests.prose(x.trim()))
            ?.trim() ?? '';
        const told = sharedWithLead(l, lead);
        if (told >= TOLD_WORDS && told * 2 > sharedWithLead(l, l)) headline = l;
      }
      continue;
    }
    return headline !== null && saysNothingOf(lines, notice, headline, i, tests) ? notice : [];
  }
  return [];
}

/** Prose lines of the story read against the notice: its opening paragraphs. */
const STORY_LINES = 5;

/**
 * Whether the notice says nothing of the story: no heading line above it already heads the story (then it
 * is that headline's deck), and no notice line shares more than a word with the headline or the story's
 * opening paragraphs (a story's first paragraph, set apart by a subheading, names its people again).
 */
function saysNothingOf(lines: string[], notice: number[], headline: string, storyAt: number, tests: LineTests): boolean {
  const story = lines
    .slice(storyAt)
    .map((l) => l.trim())
    .filter((l) => tests.prose(l))
    .slice(0, STORY_LINES)
    .join(' ');
  const first = notice[0] ?? 0;
  if (lines.slice(0, first).some((l) => sharedWithLead(l, story) >= TOLD_WORDS)) return false;
  return notice.every((n) => sharedWithLead(lines[n] ?? '', headline) <= 1 && sharedWithLead(lines[n] ?? '', story) <= 1);
}
