// The heading lines above a record's text as title.ts reads them: cleaned, and the tests that set one aside; kept apart.

import type { DateReader } from './dates.ts';
import { wordCount } from './text.ts';
import { isBreadcrumb } from './title-crumbs.ts';
import { withoutLeadingDate } from './title-date-before.ts';
import { withoutGluedTail } from './title-glued.ts';
import { same } from './title-head-area.ts';
import { CREDIT_LINE, isDateMark } from './title-like.ts';
import {
  CLOCKED,
  ERA_DATE,
  endsWithLine,
  READING_TIME,
  substantialLine,
  withoutSiteTail,
  withoutUnderscoreTail,
} from './title-lines.ts';
import { CUT_AT_COMMA, dashedNear, LONE_DASH } from './title-shapes.ts';
import { agencyBeforeHeadline } from './title-tails.ts';

/** A heading line, cleaned, and where it stands in the record's lines. */
export type Heading = { l: string; i: number };

/** The non-empty lines above the text's first sentence, cleaned, and the agency of a wire dateline run onto one. */
export function headingLines(lines: string[], bodyStart: number): { header: Heading[]; wire: string | null } {
  let wire: string | null = null;
  const header = lines
    .slice(0, bodyStart)
    .map((l, i) => ({ l: withoutGluedTail(withoutUnderscoreTail(withoutSiteTail(withoutLeadingDate(l.trim())))), i }))
    .filter((h) => h.l !== '')
    // A dash before a heading line that stands alone ("- Ministry and agency sign MoU… "): a page's bullet, not a list.
    .map((h) =>
      LONE_DASH.test(h.l) && substantialLine(h.l) && !dashedNear(lines, h.i) ? { ...h, l: h.l.replace(LONE_DASH, '') } : h,
    )
    // A wire story's dateline run onto its headline ("Berlin (AFP) Merkel empfängt …"): the agency published it.
    .map((h) => {
      const wired = agencyBeforeHeadline(h.l);
      if (wired) wire ??= wired.agency;
      return wired ? { ...h, l: wired.headline } : h;
    });
  return { header, wire };
}

/**
 * A line the next heading line ends with is that headline's tail printed above it ("Chủ tịch Tập đoàn X" over
 * "Bí thư tiếp Chủ tịch Tập đoàn X"), not a headline of its own.
 */
export const tailOfNext = (header: readonly Heading[], h: Heading): boolean => {
  const next = header[header.indexOf(h) + 1];
  return next !== undefined && endsWithLine(next.l, h.l);
};
/**
 * A line that opens with the heading line above it and goes on a few letters is that headline told as the
 * lead's sentence ("…協力契約を締結" over "…協力契約を締結した").
 */
export const toldAgain = (header: readonly Heading[], h: Heading): boolean => {
  const prev = header[header.indexOf(h) - 1]?.l.trim() ?? '';
  const l = h.l.trim();
  return prev.length >= 12 && l.length > prev.length && l.length <= prev.length + 6 && l.startsWith(prev);
};
/** A long line ending on a comma is a sentence the page cut short (at a date run into it), not a headline. */
export const cutSentence = (h: Heading): boolean => CUT_AT_COMMA.test(h.l) && wordCount(h.l) > 15;

/** The candidates printed twice, less those that are another with a label glued before it. */
export function printedTwiceOf(candidates: readonly Heading[]): Heading[] {
  // Printed twice, or once more with a breadcrumb glued before it ("الرئيسية세계 …Headline").
  const printedTwice = candidates.filter((h) => candidates.filter((o) => same(o.l, h.l) || endsWithLine(o.l, h.l)).length > 1);
  // Of lines printed twice, one that is another with a label glued before it is not the headline ("ЛьвівСадовий …" / "Садовий …").
  const repeated = printedTwice.filter((h) => !printedTwice.some((r) => endsWithLine(h.l, r.l)));
  return repeated;
}

/**
 * Heading lines that mark the headline above them, as a byline does: a date alone on its line ("23 September 2012",
 * "平成29年4月28日"), a clock, a credit, a reading time.
 */
export const dateMarks = (header: readonly Heading[], dates: DateReader): number[] =>
  header
    .filter(
      (h) =>
        !isBreadcrumb(h.l) &&
        (isDateMark(h.l, dates) || ERA_DATE.test(h.l) || CLOCKED.test(h.l) || CREDIT_LINE.test(h.l) || READING_TIME.test(h.l)),
    )
    .map((h) => h.i);
