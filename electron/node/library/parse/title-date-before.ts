// A date the page sets before a heading or a text's first words: a listing's or a wire service's stamp, in
// digits, in words or in brackets. It is the page's, not the headline's words.

import { MONTH_STEMS } from './dates/chrono.ts';
import { substantialLine } from './title-lines.ts';

/**
 * A date in digits set before a heading ("22.12.02 주한외국공관장 초청 간담회", "06/03/2012: Mayors meet
 * …", "2019-05-14 – Minister receives …"): the heading after it. A colon or dash may part them.
 */
const DATE_BEFORE = /^(?:\d{2,4}[./-]\d{1,2}[./-]\d{1,4}\.?)(?:\s*[:|–—-])?\s+(?=\S)/u;
/** A date with the month's name, then a colon, bar or dash, before the heading: "02. June 2008 : …", "May 4, 2021 – …". */
const WORD_DATE_BEFORE = new RegExp(
  `^(?:\\d{1,2}\\.?\\s+(?:${MONTH_STEMS})\\p{L}*\\.?,?\\s+(?:19|20)\\d{2}|(?:${MONTH_STEMS})\\p{L}*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2})\\s*(?:[:|]|\\s[–—-])\\s+(?=\\S)`,
  'iu',
);
/**
 * A Vietnamese month written out in words ("12 Tháng Năm, 2020": the fifth month), as a page's stamp prints it before
 * the headline; "tháng 5" in figures too.
 */
const VIETNAMESE_DAY = String.raw`\d{1,2}\s+tháng\s+(?:mười\s+(?:một|hai)|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2}),?\s+(?:19|20)\d{2}`;
/**
 * A clock alone before a headline ("09:36 Chinese minister …"): the hour the page posted it, no word of the headline.
 * Not a programme's hour with its unit ("10:00 Uhr Empfang", "9:30 a.m. Arrival"): the line is the programme's.
 */
const CLOCK_BEFORE = String.raw`\d{1,2}:\d{2}(?!\s*(?:uhr|h|hrs?|hours?|horas?|heures?|ore|giờ|[ap]\.?m\.?|wib|wita|wit|gmt|utc|cet|cest)(?!\p{L}))`;
/** The page's date printed before a text's first words ("August 18, 2023 Komeito Party Chief visits …"). */
const OPENING_DATE = new RegExp(
  `^(?:\\d{1,2}\\.?\\s+(?:${MONTH_STEMS})\\p{L}*\\.?,?\\s+(?:19|20)\\d{2}|(?:${MONTH_STEMS})\\p{L}*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d{2}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|${VIETNAMESE_DAY}|${CLOCK_BEFORE})\\s*(?:[:|]|\\s[–—-])?\\s+(?=\\p{Lu})`,
  'iu',
);
export const withoutOpeningDate = (text: string): string => text.replace(OPENING_DATE, '');

/**
 * The post's date in brackets before its heading, a clock and the desk's label sometimes with it ("[2026-01-11]Minister
 * …", "(News service 20240626 11:58:42) …", "【2023.05.02】…"): a listing's or a wire service's stamp, not the headline's words.
 */
const BRACKETED_DATE_BEFORE =
  /^[[(（【]\s*(?:[^\d\])）】]{1,12}\s*)?(?:(?:19|20)\d{2}(?:[./-]\d{1,2}[./-]\d{1,2}|\d{4})|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2})?)?\s*[\])）】]\s*(?=\S)/u;

export const withoutLeadingDate = (line: string): string => {
  const head = line.replace(DATE_BEFORE, '').replace(WORD_DATE_BEFORE, '').replace(BRACKETED_DATE_BEFORE, '');
  return head !== line && substantialLine(head) ? head : line;
};

/** The date a heading line opens on, as withoutLeadingDate takes it off ("02. June 2008 : Delegation …" → "02. June 2008 :"). */
export const leadingDateOf = (line: string): string | null => {
  const head = withoutLeadingDate(line);
  return head === line ? null : line.slice(0, line.length - head.length);
};
