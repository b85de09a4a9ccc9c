// The record's title: a mail subject, the heading above the first sentence, or, when the
// record has none (news-agency copy), a short title made from its first sentence.

import { eventDateLabelled } from './dates/programme.ts';
import { inSiteBar } from './dates/viewed-today.ts';
import { reportsMeetingWord } from './dates/words.ts';
import { type DateReader, dateOfDateLine, pageDateOfDateLine, READ_ALWAYS } from './dates.ts';
import { expandAgency } from './publisher-names.ts';
import { endsSentence, wordCount } from './text.ts';
import { headingTests, headlineAfterText } from './title-after-text.ts';
import { captionsPrintedTwice, headlineUnderCaption } from './title-caption.ts';
import { isBreadcrumb } from './title-crumbs.ts';
import { headlineAboveDeck, headlineOverNamedDeck } from './title-deck.ts';
import { unglued, withoutFilingTags } from './title-glued.ts';
import { bodyStartOf, headlineBelow, same } from './title-head-area.ts';
import { cutSentence, dateMarks, headingLines, printedTwiceOf, tailOfNext, toldAgain } from './title-heading-lines.ts';
import { headlineByLead, isPullQuote, isTeaserOfLead, sharedWithLead, toldMore } from './title-lead.ts';
import { letterheadOf } from './title-letterhead.ts';
import { isTitleLike, SENTENCE_THEN_MORE } from './title-like.ts';
import { firstOfRun, SECTION_PREFIX, SOURCE_TAG, substantialLine, withoutTrailers } from './title-lines.ts';
import { isMastheadOfLead } from './title-masthead.ts';
import { noticeAboveHeadline } from './title-notice.ts';
import { belowReleaseBlock } from './title-release.ts';
import { withoutSectionWord } from './title-section.ts';
import { isLoneWord } from './title-shapes.ts';
import { withoutEchoedTag } from './title-tags.ts';
import { headlineAloneIn, sharedHeadline } from './title-tails.ts';
import { wrappedWith } from './title-wrap.ts';

export type TitleResult = {
  title: string | null;
  /** Lines left for the body, title and its repetitions removed. */
  lines: string[];
  /** A date-only heading line ("Seoul, 18 September 2020"): the release date. */
  headerDate: string | null;
  /** A heading line naming the issuing body ("Ministry of Foreign Affairs of Japan"). */
  publisher: string | null;
  /** How sure the heading position makes the title: lower when several lines could be it. */
  confidence: number;
  why: string;
};

export function takeTitle(
  copied: string[],
  subject: string | null,
  fromPage: boolean,
  hintTitle: string | null = null,
  /** Where byline and metadata lines stood (their lines are blank now): a headline stands just above them. */
  marks: number[] = [],
  /** The parse's date reader, so lines read before are not read again. */
  dates: DateReader = READ_ALWAYS,
  /** A breadcrumb trail at the head (title-crumbs.ts): the headline it ends with, and where the last trail stands. */
  trail: { title: string | null; at: number; line?: string } = { title: null, at: -1 },
  /** Whether the page's furniture taken off stood above the text's first line, not only under the headline or the text. */
  chromeAbove = true,
): TitleResult {
  const lines = unglued(copied, bodyStartOf(copied));
  // A site's notice above the headline (title-notice.ts): the headline is read below it, the notice stays in the text.
  const notice = noticeAboveHeadline(lines, bodyStartOf(lines), headingTests(dates));
  const read = (ls: string[]) => titleOf(ls, subject, fromPage, hintTitle, marks, dates, trail, chromeAbove);
  if (notice.length === 0) return read(lines);
  const heading = read(lines.map((l, i) => (notice.includes(i) ? '' : l)));
  return { ...heading, lines: [...notice.map((i) => lines[i] ?? ''), ...heading.lines] };
}

/** The title read from lines a site's notice no longer stands in (takeTitle's parameters). */
function titleOf(
  ...[lines, subject, fromPage, hintTitle, marks, dates, trail, chromeAbove]: Required<Parameters<typeof takeTitle>>
): TitleResult {
  const trailTitle = trail.title;
  const tests = headingTests(dates);
  const bodyStart = bodyStartOf(lines);
  // Nothing that says what happened above the first sentence: that sentence may be a photo's caption.
  const underCaption = (): TitleResult | null => {
    const under = headlineUnderCaption(lines, bodyStart, tests);
    if (under === null) return null;
    const rest = lines.filter((_, i) => i !== under.at);
    const why = "the headline under the photo's caption, above the date or the lead";
    return { title: under.title, lines: rest, headerDate: null, publisher: null, confidence: 0.6, why };
  };
  if (subject !== null) {
    const rest = lines.filter((l, i) => !(same(l, subject) && (bodyStart === -1 || i <= bodyStart)));
    return { title: subject, lines: rest, headerDate: null, publisher: null, confidence: 0.8, why: "the mail's subject" };
  }
  if (bodyStart <= 0) {
    const below = headlineBelow(lines, marks, dates);
    if (below) {
      const rest = lines.filter((_, i) => !below.at.includes(i));
      const why = 'the headline printed twice above the byline, after the text';
      return { title: below.title, lines: rest, headerDate: null, publisher: null, confidence: 0.7, why };
    }
    // The text copied first, its headline after it (title-after-text.ts).
    const after = bodyStart === 0 ? headlineAfterText(lines, tests) : null;
    const rest = lines.filter((_, i) => !after?.at.includes(i));
    const why = after ? 'the headline after the text, above its date, deck or summary' : '';
    const title = after ? withoutFilingTags(after.title) || after.title : null;
    return underCaption() ?? { title, lines: rest, headerDate: null, publisher: null, confidence: title ? 0.6 : 0, why };
  }

  const { header, wire } = headingLines(lines, bodyStart);
  let headerDate: string | null = null;
  // "日時：…": an event notice's day, not the page's; nor a login bar's, whose "| Login" the line lost above.
  for (const h of header)
    headerDate ??= eventDateLabelled(lines, h.i) || inSiteBar(lines[h.i] ?? '') ? null : pageDateOfDateLine(h.l, dates);
  const letterhead = header.find((h) => letterheadOf(h.l) !== null);
  const publisher = letterhead ? letterheadOf(letterhead.l) : wire === null ? null : expandAgency(wire);
  if (trailTitle !== null && hintTitle === null) {
    const rest = lines.filter((l, i) => i >= bodyStart || !(same(l, trailTitle) || isBreadcrumb(l.trim())));
    const why = 'the headline the breadcrumb trail ends with, printed again below it';
    return { title: trailTitle, lines: rest, headerDate, publisher, confidence: 0.8, why };
  }
  // A breadcrumb trail, and the site's name and menus above it, are navigation: the headline stands below.
  // The section the trail ends with, printed again as the page's heading ("Home 의회정보 보도자료" / "보도자료"): no headline.
  const trailLine = trail.line ?? '';
  const trailSection = (l: string): boolean =>
    wordCount(l) <= 3 && trailLine.length > l.length && trailLine.endsWith(` ${l}`) && !reportsMeetingWord(l);
  // A line the page prints six times or more above the text is a widget's or a menu's label ("Unhealthy for sensitive
  // groups" under each town's air reading), never a headline: pages print a headline up to four or five times (title
  // element, heading, share card, photo).
  const timesPrinted = new Map<string, number>();
  for (const h of header) timesPrinted.set(h.l, (timesPrinted.get(h.l) ?? 0) + 1);
  const titleLike = header.filter(
    (h) =>
      isTitleLike(h.l, dates) &&
      h !== letterhead &&
      !isBreadcrumb(h.l) &&
      h.i > trail.at &&
      !trailSection(h.l) &&
      !(h !== header[0] && SENTENCE_THEN_MORE.test(h.l)) &&
      (timesPrinted.get(h.l) ?? 0) < 6,
  );
  // Section names, menu entries and place lines ("International", "Making news", "New York")
  // are a word or three; a title says what happened, so it is longer when a longer line is there.
  // A short line that names the talks ("日豪外相会談") says what happened as well as a long one.
  const substantial = titleLike.filter((h) => substantialLine(h.l) || reportsMeetingWord(h.l));
  const heads = substantial.length > 0 ? substantial : titleLike;
  // A photo's caption printed twice under the headline is not a headline printed twice.
  // A headline printed twice under the site's masthead is no caption under a headline.
  const captions = captionsPrintedTwice(header, heads, (l) => substantialLine(l) && !isMastheadOfLead(l, lines[bodyStart]));
  const uncaptioned = heads.filter((h) => !captions.has(h.i));
  // A lone word is a section or a kicker, and the lead's opening printed above it cut short a teaser,
  // when a line of words stands beside them.
  const body = lines.slice(bodyStart, bodyStart + 8).filter((l) => l.trim() !== '');
  const worded = uncaptioned.filter(
    (h) =>
      !isLoneWord(h.l) &&
      !isTeaserOfLead(h.l, body) &&
      !isPullQuote(h.l, body) &&
      !tailOfNext(header, h) &&
      !toldAgain(header, h) &&
      !cutSentence(h),
  );
  const candidates = worded.length > 0 ? worded : uncaptioned;
  /** Heading lines that are neither title nor prose: furniture, unless the record has no title at all. */
  const furniture = (l: string): boolean =>
    letterheadOf(l) !== null ||
    (!substantialLine(l) && !endsSentence(l) && !/[-–—]$/.test(l) && titleLike.some((h) => substantialLine(h.l)));
  if (candidates.length === 0) {
    const under = underCaption();
    if (under) return { ...under, headerDate, publisher };
    const rest = lines.filter((l, i) => i >= bodyStart || (dateOfDateLine(l.trim(), dates) === null && !furniture(l.trim())));
    return { title: null, lines: rest, headerDate, publisher, confidence: 0, why: '' };
  }
  const hinted = hintTitle ? candidates.find((h) => same(h.l, hintTitle)) : undefined;
  const repeated = printedTwiceOf(candidates);
  // Headline, then byline or date: the heading line just above the first byline is the headline.
  const dated = dateMarks(header, dates);
  const mark = [...marks, ...dated].sort((a, b) => a - b).find((m) => m <= bodyStart && candidates.some((h) => h.i < m));
  const lastAbove = mark === undefined ? undefined : candidates.filter((h) => h.i < mark).at(-1);
  // Korean papers print a deck (부제) or two under the headline, then the byline ("…북핵·남중국해 문제
  // 논의" / "베트남 외교장관 첫 공식 방한…"): of Korean heading lines standing together, the first is the headline.
  // Elsewhere a deck, longer and without its full stop, stands between the headline and the byline.
  const lead = lines[bodyStart] ?? '';
  const aboveMark =
    lastAbove === undefined
      ? undefined
      : headlineAboveDeck(
          header,
          candidates,
          firstOfRun(header, candidates, lastAbove, (l) => sharedWithLead(l, lead)),
        );
  // A page that opens on its headline, no menu or site line above it (taken off or left), reads as a plain text:
  // its furniture stands below (share buttons, a photo credit, comments), and the first heading line is the headline,
  // when the lead restates it ("광주서 전국 상의 회장 회의 열린다" / "내달 5일부터…호텔"); a section or masthead line
  // opening the copy ("Politik : NACHRICHTEN", "24 Horas Edición Central") restates nothing.
  const top = candidates[0];
  const opensOnHeadline = !chromeAbove && top?.i === lines.findIndex((l) => l.trim() !== '') && sharedWithLead(top.l, lead) >= 2;
  const lastLine = opensOnHeadline ? top : candidates[candidates.length - 1];
  // A Korean page's headline and its deck (부제) stand together as its last heading lines: the first of
  // them is the headline, when it tells more of the lead's story than the deck does (a menu line above tells less).
  const run = fromPage && lastLine ? firstOfRun(header, candidates, lastLine) : undefined;
  const pageHead = run && lastLine && sharedWithLead(run.l, lead) > sharedWithLead(lastLine.l, lead) ? run : lastLine;
  const onPage = fromPage && pageHead ? headlineAboveDeck(header, candidates, pageHead) : undefined;
  const byPosition = fromPage ? onPage : candidates[0];
  // Nothing but the position to go by: the line that says what the lead says, if that one says nothing of it.
  // A word or three above the byline (a section name, a language switch, a share button) that the lead
  // does not tell, where another heading line tells it more: that line is the headline.
  const markBetween = (a: number, b: number): boolean => [...marks, ...dated].some((m) => m > a && m < b);
  const marked =
    aboveMark === undefined
      ? undefined
      : toldMore(candidates, aboveMark, lines[bodyStart], markBetween, repeated.includes(aboveMark));
  const byLead = byPosition ? headlineByLead(candidates, byPosition, lines[bodyStart]) : undefined;
  // The line the lead names may be the deck under a short headline: then the headline is the line above it.
  const overDeck =
    byLead && byPosition ? headlineOverNamedDeck(header, candidates, byLead, byPosition, lines[bodyStart]) : byLead;
  const first = hinted ?? marked ?? repeated[0] ?? overDeck;
  const leadChose =
    first !== undefined && !hinted && (marked !== aboveMark || (first !== byPosition && !aboveMark && repeated.length === 0));
  const chosen = first && !hinted ? (belowReleaseBlock(header, candidates, first, dates) ?? first) : first;
  if (!chosen) return { title: null, lines, headerDate, publisher, confidence: 0, why: '' };
  // A headline wrapped onto two lines ("… holds talks with" / "Chinese counterpart in Beijing").
  const wrap = wrappedWith(header, chosen);
  const whole = wrap ? [wrap.first, wrap.second, ...wrap.more].map((h) => h.l).join(' ') : chosen.l;
  const untagged = withoutFilingTags(withoutEchoedTag(whole)).replace(SOURCE_TAG, '') || whole;
  const unfiled = withoutSectionWord(untagged.replace(SECTION_PREFIX, ''), lines.slice(bodyStart).join('\n'));
  const tagged = substantialLine(unfiled) ? unfiled : untagged;
  const trimmed = withoutTrailers(tagged);
  // The same headline printed again with another tail, or none: the part both print. Or printed alone on another heading
  // line, this one with furniture around it or a label before it (not a wrapped headline's first line): the line alone.
  const headings = header.map((h) => h.l);
  const above = header.filter((h) => h.i < chosen.i).map((h) => h.l);
  const title = (wrap ? null : headlineAloneIn(trimmed, headings, above)) ?? sharedHeadline(trimmed, headings) ?? trimmed;
  // One heading line, a line the page prints twice, or the file's own title: a clear headline.
  // Several candidate lines and the position alone to go by: worth a look.
  const clear = hinted !== undefined || aboveMark !== undefined || repeated.length > 0 || candidates.length === 1;
  const confidence = clear ? 0.8 : 0.55;
  const why = leadChose
    ? 'the heading line that names what the lead tells (the lines above it say nothing of it)'
    : aboveMark !== undefined && !hinted
      ? 'the headline above the byline'
      : repeated.length > 0 && !hinted
        ? 'the headline above the text, printed twice on the page'
        : clear
          ? 'the headline above the text'
          : `the ${fromPage && !opensOnHeadline ? 'last' : 'first'} of ${candidates.length} heading lines above the text`;

  const keepHeading = (l: string, i: number): boolean =>
    !same(l, title) && dateOfDateLine(l.trim(), dates) === null && i !== chosen.i && !furniture(l.trim());
  const keep = (l: string, i: number): boolean => {
    if (i >= bodyStart) return !(i === bodyStart && same(l, title));
    if (l.trim() === '') return true;
    // Above the title on a page: navigation and section names.
    if (fromPage && i < chosen.i && i !== wrap?.first.i) return false;
    if (i === wrap?.first.i || i === wrap?.second.i || wrap?.more.some((h) => h.i === i)) return false;
    // A short headline over the deck the lead named stays at the head of the text, the deck goes with the
    // heading: the headline names the event with a noun the lead may not repeat ("Empfang im Roten Rathaus"),
    // and the readers of the meeting read the text's opening for it.
    if (first === overDeck && overDeck !== byLead) return i !== byLead?.i && (i === chosen.i || keepHeading(l, i));
    return keepHeading(l, i);
  };
  const rest = lines.filter(keep);
  return { title, lines: rest, headerDate, publisher, confidence, why };
}
