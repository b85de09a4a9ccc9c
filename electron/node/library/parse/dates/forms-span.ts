// A stay over several days, written as one span: German "am 11. und 12. Juni 2018", "vom 3. bis 5. Mai", and English across
// a month's end, "from April 26 to May 1, 2015", "(28 June - 2 July 2019)". Its date is its first day; `span` marks it, so
// a line that is only a span is not taken for the day a page was published (a page is dated one day, an event several).

import { MONTH, monthNumber } from './months.ts';
import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

const GERMAN_MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const ORD = '(?:st|nd|rd|th)?';
const TO = '\\s*(?:[-–]|to|until|through|till)\\s*';

/** The span's first day; its year is the end's, one less when the span runs over New Year ("December 28 – January 3, 2016"). */
function firstDay(day: number, month: number, endDay: number, endMonth: number, year: string | undefined): Ymd | null {
  if (month < 1 || endMonth < 1 || (month === endMonth && day >= endDay)) return null;
  const y = year ? Number(year) - (month > endMonth ? 1 : 0) : null;
  return { year: y, month, day, span: true };
}

export const SPAN_PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      `(?<![\\d.])(\\d{1,2})\\.\\s*(?:und|bis|[-–])\\s*(\\d{1,2})\\.\\s*(${GERMAN_MONTHS.join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'giu',
    ),
    gate: /\d\.\s*(?:und|bis|[-–])\s*\d/,
    build: (m) => {
      const month = GERMAN_MONTHS.indexOf((m[3] ?? '').toLowerCase()) + 1;
      return firstDay(Number(m[1]), month, Number(m[2]), month, m[4]);
    },
  },
  {
    // "April 26 - May 1, 2015": month first, a month on each side.
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}${TO}${MONTH}\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'gu'),
    build: (m) => firstDay(Number(m[2]), monthNumber(m[1] ?? ''), Number(m[4]), monthNumber(m[3] ?? ''), m[5]),
  },
  {
    // "July 13 to 16, 2023", "November 2 – 4, 2022", "March 5 and 6, 2012": month first, one month, the year after the
    // last day. Without its year the month-and-day form reads the first day alone; here the year is the span's.
    re: new RegExp(
      `\\b${MONTH}\\s+(\\d{1,2})${ORD}(?:${TO}|\\s+and\\s+)(\\d{1,2})${ORD},?\\s+((?:19|20)\\d{2})(?![\\p{L}\\d])`,
      'gu',
    ),
    build: (m) => {
      const month = monthNumber(m[1] ?? '');
      return firstDay(Number(m[2]), month, Number(m[3]), month, m[4]);
    },
  },
  {
    // "28 June - 2 July 2019": day first.
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+${MONTH}${TO}(\\d{1,2})${ORD}\\s+${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'gu'),
    build: (m) => firstDay(Number(m[1]), monthNumber(m[2] ?? ''), Number(m[3]), monthNumber(m[4] ?? ''), m[5]),
  },
];
