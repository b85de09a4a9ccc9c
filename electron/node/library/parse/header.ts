// What stands above and around a record's prose: the file's own metadata, page chrome, mail
// headers, the headline and a letterhead, bylines and date lines. Each becomes a candidate for
// title, publisher or publication date with its evidence; the lines left are the body.

import { dayOfHeadline, readByline, takeBylines } from './byline.ts';
import { removeChrome } from './chrome.ts';
import { datelineCandidate } from './dateline.ts';
import { footDateCandidates, headDateCandidates } from './dates/foot.ts';
import { headUpdateCandidates } from './dates/head-update.ts';
import { sourceStampCandidates } from './dates/source-stamp.ts';
import { type DateReader, firstFullDate, READ_ALWAYS } from './dates.ts';
import { type Candidate, candidate } from './evidence.ts';
import { readFrontMatter } from './frontmatter.ts';
import { mastheadCandidates, ownerCandidates } from './owner.ts';
import { withOpeningStampApart } from './stamp-opening.ts';
import { fold, normalizeText } from './text.ts';
import { takeTitle } from './title.ts';
import { headlineEndingTrail, lastTrailAt, trailEndIn } from './title-crumbs.ts';
import { leadingDateOf } from './title-date-before.ts';
import { isProseAt } from './title-prose.ts';
import { withStampsApart } from './title-stamp.ts';
import type { ParseHints } from './types.ts';

export type HeaderResult = {
  lines: string[];
  candidates: Candidate[];
  /** Photo captions set aside from the text (chrome.ts): read only for who met. */
  captions?: string[];
};

const key = (s: string): string =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The file's plain hints, for the fields its richer candidates do not already cover (one piece of evidence, counted once). */
function hintCandidates(hints: ParseHints): Candidate[] {
  const rich = hints.candidates ?? [];
  const has = (f: Candidate['field']): boolean => rich.some((c) => c.field === f);
  return [
    ...rich,
    ...(has('title') ? [] : candidate('title', hints.title, 'metadata', 0.75, "from the file's own title")),
    ...(has('publisher') ? [] : candidate('publisher', hints.publisher, 'metadata', 0.8, "from the file's own publisher")),
    ...(has('publishedAt')
      ? []
      : candidate('publishedAt', hints.publishedAt, 'metadata', 0.85, "from the file's own publication date")),
    ...candidate('language', hints.language, 'metadata', 0.6, "from the file's declared language"),
  ];
}

/** The publication date most strongly stated so far, to give a dateline's day its year. */
function anchorDate(candidates: Candidate[]): { value: string; why: string } | null {
  const best = candidates
    .filter((c) => c.field === 'publishedAt' && c.confidence >= 0.6)
    .sort((a, b) => b.confidence - a.confidence)[0];
  return best ? { value: best.value, why: best.why } : null;
}

/**
 * A date label run into the text that follows it ("date 2024-05-19 ISLAMABAD, MAY 19 –", "Date:
 * 2020-08-04 By WAM"): the date line is put on its own line so the text after it reads as text.
 */
function splitLeadingDate(lines: string[]): string[] {
  const i = lines.findIndex((l) => l.trim() !== '');
  const m = i === -1 ? null : /^\s*(date[d]?\s*:?\s*\d{4}-\d{2}(?:-\d{2})?)\s+(\S.*)$/i.exec(lines[i] ?? '');
  return m?.[1] && m[2] ? [...lines.slice(0, i), m[1], m[2], ...lines.slice(i + 1)] : lines;
}

export function readHeader(text: string, hints: ParseHints, dates: DateReader = READ_ALWAYS): HeaderResult {
  const front = readFrontMatter(withOpeningStampApart(splitLeadingDate(normalizeText(text).split('\n')), dates));
  // A date stamp run onto a headline's end goes to a line of its own (title-stamp.ts).
  const chrome = removeChrome(withStampsApart(front.lines));
  const frontTitle = front.candidates.find((c) => c.field === 'title')?.value ?? null;
  const bylines = takeBylines(chrome.lines, isProseAt, dates);
  const marks = [...chrome.metaAt, ...bylines.at].sort((a, b) => a - b);
  // Read before chrome, bylines and date lines are blanked: a trail is chrome, and its last crumb may carry the headline's date.
  const trail = {
    title: headlineEndingTrail(front.lines),
    at: trailEndIn(front.lines, bylines.lines),
    line: front.lines[lastTrailAt(front.lines)]?.trim() ?? '',
  };
  const heading = takeTitle(
    bylines.lines,
    chrome.subject,
    chrome.hadChrome,
    hints.title ?? frontTitle,
    marks,
    dates,
    trail,
    chrome.chromeAbove,
  );

  const found: Candidate[] = [
    ...hintCandidates(hints),
    ...front.candidates,
    ...bylines.candidates,
    ...ownerCandidates(front.lines),
  ];
  // A page's date line ("Date : 2020-09-22 13:26:07", "Updated: …"): an update is weaker evidence.
  if (chrome.dateLine !== null) {
    const b = readByline(chrome.dateLine.replace(/^(?:sent|date)\s*:\s*/i, ''), dates);
    const updatedOnly = b !== null && b.published === null;
    found.push(
      ...candidate(
        'publishedAt',
        b?.published ?? b?.updated ?? firstFullDate(chrome.dateLine, dates),
        'byline',
        updatedOnly ? 0.5 : 0.85,
        updatedOnly
          ? `from the date the page says it was updated, "${chrome.dateLine}"`
          : `from the page's date line "${chrome.dateLine}"`,
      ),
    );
  }
  found.push(...candidate('publishedAt', heading.headerDate, 'heading', 0.8, 'from the date line under the headline'));

  // The site's name alone above the text is furniture, not the record's headline.
  const publishers = new Set(
    [...found.filter((c) => c.field === 'publisher').map((c) => c.value), chrome.publisher ?? '', heading.publisher ?? '']
      .map(key)
      .filter((k) => k !== ''),
  );
  // A line of marks (":", "—", "1") is no headline, whatever its place.
  const title =
    heading.title !== null && /\p{L}[\s\S]*\p{L}/u.test(heading.title) && !publishers.has(key(heading.title))
      ? heading.title
      : null;
  found.push(
    ...candidate('title', title, 'heading', heading.confidence, heading.why),
    ...candidate('publisher', chrome.publisher, 'byline', 0.85, "from the site's page furniture"),
    ...candidate('publisher', heading.publisher, 'heading', 0.8, 'from the letterhead above the title'),
  );
  // The site's name printed alone above that headline (owner.ts).
  found.push(...mastheadCandidates(front.lines, title));
  const firstBody = heading.lines.find((l) => l.trim() !== '') ?? '';
  // A dateline that states its year may stand under a slogan or a standfirst: the next two lines are read for one.
  const dated = heading.lines
    .filter((l) => l.trim() !== '')
    .slice(1, 3)
    .flatMap((l) => datelineCandidate(l, null, dates))
    .slice(0, 1);
  found.push(...datelineCandidate(firstBody, anchorDate(found), dates), ...dated);
  // A date line below a standfirst, else a page dated only at its foot ("Cập nhật ngày 17/10/2019", "Publicado: 7/8/2022"): read when nothing above dates it.
  if (!found.some((c) => c.field === 'publishedAt')) found.push(...headDateCandidates(front.lines, dates));
  // A headline run on into its date and source ("… 2023-08-30 来源:解放日报"): the date before the source label.
  if (!found.some((c) => c.field === 'publishedAt')) found.push(...sourceStampCandidates(front.lines, dates));
  if (!found.some((c) => c.field === 'publishedAt')) found.push(...footDateCandidates(heading.lines, dates, front.lines));
  // A Chinese or Japanese headline that ends on its day in brackets ("…市長メッセージ(令和2年5月26日)"), and no other date for the page.
  const headlineDay = title === null ? null : dayOfHeadline(title, dates);
  if (!found.some((c) => c.field === 'publishedAt'))
    found.push(...candidate('publishedAt', headlineDay, 'heading', 0.5, 'from the day the headline ends on'));
  // A listing's date set before the headline ("02. June 2008 : Hochrangige Delegation …", "[2026-01-11]조현 외교부 장관 …",
  // "[Bundesregierung - 14.06.2013] Bundeskanzlerin …"): the title leaves it off; it is the page's, when nothing else dates it.
  if (!found.some((c) => c.field === 'publishedAt') && title !== null) {
    const opening = title.slice(0, 20);
    const before = front.lines
      .slice(0, 15)
      .map((l) => leadingDateOf(l.trim()))
      .find((d, k) => d !== null && (front.lines[k] ?? '').trim().slice(d.length).trimStart().startsWith(opening));
    const date = before ? firstFullDate(before, dates) : null;
    found.push(...candidate('publishedAt', date, 'heading', 0.6, `from the date "${before?.trim()}" set before the headline`));
  }
  // Else an update stamp near the top, the only date the page gives itself ("更新日:2021年4月8日").
  found.push(...headUpdateCandidates(front.lines, dates, found));
  return { lines: heading.lines, candidates: found, captions: chrome.captions };
}
