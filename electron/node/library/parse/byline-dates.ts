// The dates of a byline that the date reader leaves open: a day-first numeric date beside a
// 24-hour clock, and two dates joined into a span (an event's days, never a publication's).

import { type DateMention, type DateReader, isFull } from './dates.ts';

const CLOCK_FIRST =
  /^\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*[AaPp]\.?[Mm])(?:[,\s]+|\s*[|–-]\s*)(\d{1,2})([-/])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])/;

/** "08/06/2018 a les 18:52", "06/01/2024 às 12:31", "03/05/2021 um 10:15": the word "at" between a byline's date and its clock. */
const AT_CLOCK = String.raw`(?:a\s+l[ae]s|às|à|alle|um|om|lúc|kl\.?|klo)\s+`;
const DAY_FIRST = new RegExp(
  String.raw`(?<![\d/.-])(\d{1,2})([-/])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])(?:[,\s]+|\s*[|–-]\s*)(?:${AT_CLOCK})?(\d{1,2}):\d{2}(?!\s*[AaPp]\.?[Mm])`,
  'u',
);
/**
 * "06-01-2024, 12:31 (GMT+7)", "06/01/2024 12:31": both numbers could be the month. A byline with
 * a 24-hour clock and no American AM/PM, outside the Americas' time zones, writes the day first
 * (as Europe, Asia and Africa do); otherwise the date is not guessed.
 */
export function dayFirst(segment: string): string | null {
  const m =
    DAY_FIRST.exec(segment) ??
    // The clock first, as Vietnamese portals stamp their items: "10:06 05/10/2021".
    CLOCK_FIRST.exec(segment);
  if (!m) return null;
  const zone = /(?:GMT|UTC)\s*([+-])\s*\d/i.exec(segment);
  if (zone?.[1] === '-') return null;
  const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * "Ngày đăng: 12/03/2021", "วันที่บันทึก :09/02/2024", "última modificação 08/01/2021 12h59": the date a label gives,
 * numbers alone. Either could be the month; a page in a language that writes the day first (every one but English)
 * means the day first. Only the value that opens the label's text, never a number elsewhere on the line.
 */
const LABELLED_NUMERIC = /^[\s[\]【】(（]*(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-]\d)/u;
export function labelledDayFirst(value: string, dates: DateReader): string | null {
  if (!dates.dayFirstPage) return null;
  const m = LABELLED_NUMERIC.exec(value);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Korean board software stamps a post with a two-digit year first, beside the clock: "작성일 24-12-28 08:12",
 * "[15-11-04 15:59]", "ACEF 08-01-03 12:43 5,102회". On a line with Hangul that order is the board's (year, month,
 * day), so the year is written out in full for the date reader; elsewhere "08-01-03" may be a day first and is left.
 */
const BOARD_STAMP = /(?<![\d.\-/])(\d{2})([-.])(\d{2})\2(\d{2})(?![\d.\-/])(?=\s*\d{1,2}:\d{2})/gu;
/**
 * Japanese and Chinese pages write the year first too: a two-digit year after a label's colon ("[記事掲載日:24.06.20]"),
 * sometimes bracketed ("게재일 : [19-10-25]").
 */
const LABELLED_SHORT_YEAR = /(?<=[:：]\s*[[(]?)(\d{2})([-.])(\d{2})\2(\d{2})(?![\d.\-/])/gu;
const fullYear = (whole: string, yy: string, sep: string, mm: string, dd: string): string => {
  const [month, day] = [Number(mm), Number(dd)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return whole;
  return `${Number(yy) < 70 ? '20' : '19'}${yy}${sep}${mm}${sep}${dd}`;
};
export function boardYear(line: string): string {
  if (/\p{Script=Hangul}/u.test(line)) line = line.replace(BOARD_STAMP, fullYear);
  if (/[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(line))
    line = line.replace(LABELLED_SHORT_YEAR, fullYear);
  return line;
}

/** Two full dates joined by a dash, a tilde or "to" ("14.07.2017 - 15.07.2017"), or a span ("22. und 23. Februar 2024"): an event's days, not a publication's. */
const RANGE_MARK = /^\s*(?:[-–—~〜]|to|bis|au|al|đến|sampai|hingga|até)\s*$/iu;
export function isDateRange(segment: string, dates: DateReader): boolean {
  const full = dates.mentions(segment).filter(isFull);
  for (let k = 1; k < full.length; k++) {
    const [a, b] = [full[k - 1], full[k]] as [DateMention, DateMention];
    if (RANGE_MARK.test(segment.slice(a.index + a.phrase.length, b.index))) return true;
  }
  return dates.mentions(segment).some((m) => m.span);
}
