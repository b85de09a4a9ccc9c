// The forms the rules read a date in, across the scripts and languages of the records: numeric
// dates, English, Korean, Japanese and Chinese, Thai, and each family's own module spread in. forms.ts
// runs them over a text.

import { EUROPE_MORE_PATTERNS } from './forms-europe-more.ts';
import { INDONESIAN_PATTERNS } from './forms-indonesian.ts';
import { NORDIC_PATTERNS } from './forms-nordic.ts';
import { PERSIAN_PATTERNS } from './forms-persian.ts';
import { ROMANCE_PATTERNS } from './forms-romance.ts';
import { SPAN_PATTERNS } from './forms-span.ts';
import { VIETNAMESE_PATTERNS } from './forms-vietnamese.ts';
import { WEST_SLAVIC_PATTERNS } from './forms-west-slavic.ts';
import { IBERIAN_WEEKDAY, iberianWeekday, WORLD_PATTERNS } from './forms-world.ts';
import { ERA, MONTH, monthNumber, THAI_MONTHS, thaiNumber } from './months.ts';
import type { Ymd } from './ymd.ts';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORD = '(?:st|nd|rd|th)?';
/** "on", "on the morning of", "on Tuesday,": kept in the phrase so a note can quote it. */
const PREFIX = `(?:(?:\\b[Oo]n\\s+)(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?)?(?:${WEEKDAY},?\\s+(?:the\\s+)?)?`;
/** Vietnamese weekday and time-of-day words that introduce a day-first date: "Thứ Năm, 29/04/2021", "chiều qua (15/5)". */
const VI_LEAD =
  '(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật|ngày|sáng|chiều|trưa|tối|đêm)(?:\\s+(?:qua|nay|hôm\\s+qua))?,?\\s*(?:ngày\\s+)?\\(?)';

/** `gate`: a cheap test a text must pass before the pattern scans it (its script, say). */
type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

const num = (s: string | undefined): number => Number(s);
const orNull = (s: string | undefined): number | null => (s ? Number(s) : null);
/** A year in brackets in Chinese prose: "2025" as it stands, "106" a year of the Republic (1911 + 106 = 2017). */
const minguo = (s: string | undefined): number | null => (!s ? null : s.length === 4 ? Number(s) : Number(s) + 1911);

export const DATE_PATTERNS: Pattern[] = [
  // "2020-09-22", "2020.9.22", "2021.04.29 10:00", and Korean "2021. 10. 6."; not a file's name ("2016-10-19_01-600.jpg",
  // "photo_2020-11-26_23-16"), whose date is the camera's or the upload's, joined to the name by an underscore.
  {
    re: new RegExp(`${PREFIX}(?<![\\d._])(\\d{4})(?:[-/]|\\.\\s?)(\\d{1,2})(?:[-/]|\\.\\s?)(\\d{1,2})(?![\\d_])`, 'g'),
    build: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  // European "22.09.2020": always day first.
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]\d)/g,
    build: (m) => ({ year: num(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // A Vietnamese span of days: "từ ngày 4 đến 11/4/2022", "ngày 4 - 11/4", "Từ 20 - 24/5" (no "ngày" after "từ"): the visit's
  // first day, the month and year the span's end gives.
  {
    re: /(?<![\p{L}])(?:[Tt]ừ\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})\s*(?:đến|tới|và|[-–])\s*(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/-])/gu,
    build: (m) => (num(m[1]) < num(m[2]) ? { year: orNull(m[4]), month: num(m[3]), day: num(m[1]) } : null),
  },
  // …and over the turn of a month, the year given only at its end: "từ ngày 29/10 đến 01/11/2012" (from 29 October).
  {
    re: /(?<![\p{L}])(?:[Tt]ừ\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})[/-](\d{1,2})\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?![\d/-])/gu,
    build: (m) => {
      const [month, endMonth, year] = [num(m[2]), num(m[4]), num(m[5])];
      // The end a month or two after the start (December to January crossing the year); else no span of a visit.
      const gap = (endMonth - month + 12) % 12;
      return gap >= 1 && gap <= 2 ? { year: endMonth < month ? year - 1 : year, month, day: num(m[1]) } : null;
    },
  },
  // …and with the month in words: "từ ngày 21 đến 23 tháng 8 năm 2013", "ngày 11 - 15 tháng 11": the first day.
  {
    re: /(?<![\p{L}])(?:[Tt]ừ\s+(?:ngày\s+)?|[Nn]gày\s+)(\d{1,2})\s*(?:đến|tới|và|[-–])\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:,?\s+năm\s+(\d{4}))?(?!\d)/gu,
    build: (m) => (num(m[1]) < num(m[2]) ? { year: orNull(m[4]), month: num(m[3]), day: num(m[1]) } : null),
    gate: /tháng/u,
  },
  // Vietnamese writes day first: "ngày 18/9/2020", "Sáng 30/10", "Thứ Năm, 29/04/2021", "chiều qua (15/5)";
  // a one-digit month may be padded with a space, as fixed-width dates print it ("Tối 24- 4-2010").
  {
    re: new RegExp(`(?<![\\p{L}])${VI_LEAD}(\\d{1,2})[/-] ?(\\d{1,2})(?:[/-](\\d{4}))?(?![\\d/-])\\)?`, 'giu'),
    build: (m) => ({ year: orNull(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // Some Vietnamese pages space the hyphens of a full date: "Ngày 28 - 4 - 2011"; after the word for a day, with its year.
  {
    re: new RegExp(`(?<![\\p{L}])${VI_LEAD}(\\d{1,2})\\s+[-–]\\s+(\\d{1,2})\\s+[-–]\\s+(\\d{4})(?!\\d)`, 'giu'),
    build: (m) => ({ year: num(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // Vietnamese papers also write the day and month with a dot: "Chiều 18.11", "Sáng 28.5", "Ngày 26.12"; only after the
  // word for a day or a time of day, as "18.11 triệu" is a number.
  {
    re: new RegExp(`(?<![\\p{L}])${VI_LEAD}(\\d{1,2})\\.(\\d{1,2})(?:\\.(\\d{4}))?(?![\\d.]\\d|\\d)\\)?`, 'giu'),
    build: (m) => ({ year: orNull(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  // "12/11/2021 08:57 AM": the American order, told by the clock that follows (on an English page: see dateReader).
  {
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?=,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\b)/g,
    build: (m) => ({
      year: num(m[3]),
      month: num(m[1]),
      day: num(m[2]),
      ...(num(m[1]) <= 12 && num(m[2]) <= 12 && m[1] !== m[2] ? { clockOrder: true } : {}),
    }),
  },
  // "30/10/2020", "18-05-2022": day first unless the second number cannot be a month; both twelve or less is not guessed.
  {
    re: /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?![\d/-])/g,
    build: (m) => dayMonthYear(num(m[1]), num(m[3]), num(m[4])),
  },
  // A span of days sharing one month: "20th to 24th May 2022", "3–5 March", "17 and 18 October", "18 hingga 23 April".
  // A visit's date is its first day; the phrase keeps the whole span.
  {
    re: new RegExp(
      `${PREFIX}\\b(?:from\\s+|between\\s+)?(\\d{1,2})${ORD}\\s*(?:[-–]|to|and|until|till|hingga|sampai|s/d)\\s*(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\d])`,
      'gu',
    ),
    build: (m) =>
      num(m[1]) < num(m[2]) ? { year: orNull(m[4]), month: monthNumber(m[3] ?? ''), day: num(m[1]), span: true } : null,
  },
  ...SPAN_PATTERNS,
  {
    // "19 May 2017", and "19.May 2017" as a stamp glued to a headline prints it.
    re: new RegExp(`${PREFIX}\\b(\\d{1,2})${ORD}(?:\\s+|\\.\\s*)(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    build: (m) => ({ year: num(m[3]), month: monthNumber(m[2] ?? ''), day: num(m[1]) }),
  },
  {
    // "Feb 9, 2018", and "Feb 9,2018" as some sites print it.
    re: new RegExp(`${PREFIX}\\b${MONTH}\\s+(\\d{1,2})${ORD}(?:,\\s*|\\s+)(\\d{4})\\b`, 'g'),
    build: (m) => ({ year: num(m[3]), month: monthNumber(m[1] ?? ''), day: num(m[2]) }),
  },
  {
    re: new RegExp(`${PREFIX}\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'gu'),
    build: (m) => ({ year: null, month: monthNumber(m[2] ?? ''), day: num(m[1]) }),
  },
  {
    re: new RegExp(`${PREFIX}\\b${MONTH}\\s+(\\d{1,2})${ORD}(?![\\d\\p{L}])`, 'gu'),
    build: (m) => ({ year: null, month: monthNumber(m[1] ?? ''), day: num(m[2]) }),
  },
  // Japanese era years: "平成29年4月28日", "令和3年4月29日" (元年 is the first year); the Western year may stand in
  // brackets after the era's ("令和5年(2023年)4月13日").
  {
    re: /(平成|令和|昭和)\s*(\d{1,2}|元)\s*年\s*(?:[(（]\s*(?:19|20)\d{2}\s*年?\s*[)）]\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    build: (m) => ({
      year: (ERA[m[1] ?? ''] ?? 0) + (m[2] === '元' ? 1 : num(m[2])) - 1,
      month: num(m[3]),
      day: num(m[4]),
    }),
  },
  // Korean and Japanese/Chinese: "2021년 4월 29일", "4월 29일", "2021年4月29日", "4月29日". Chinese official prose states
  // the year in brackets after the word for "this" or "last" year: "本(2025)年5月16日", "去(113)年3月5日", the second
  // counted in the Republic's years (113 + 1911 = 2024).
  {
    re: /(?:(?:(\d{4})|[本今去上前][(（]\s*(\d{2,4})\s*[)）])\s*[년年]\s*)?(?<![\d])(\d{1,2})\s*[월月]\s*(\d{1,2})\s*[일日]/g,
    build: (m) => ({ year: orNull(m[1]) ?? minguo(m[2]), month: num(m[3]), day: num(m[4]) }),
  },
  // Korean "29일", "어제(28일)", "지난 28일"; Chinese "29日". Not "3일간" (for three days), "2박 3일", "29일째", nor
  // Japanese "5日間の交流訪問" (a five-day visit), "3日目" (its third day).
  {
    re: /(?:(어제|오늘|지난달|지난)\s*\(?\s*)?(?<![\d월月박]\s?)(?<!\d\.\s?)(?<!\d)(\d{1,2})\s?[일日](?!\s?(?:간|째|동안|만에|이내|[~～-])|[間间目])\)?/g,
    build: (m) => ({ year: null, month: null, day: num(m[2]), lastMonth: m[1] === '지난달' }),
  },
  // A day alone, its month the record's: Vietnamese "vào ngày 23 (giờ địa phương)" (Korean "23일(현지시간)" translated),
  // English "on the 5th.", "on 4 th ." Not "ngày 14 – 15/8", "ngày 27 và 28-7", "ngày 9⁄5", nor "on the 5th of May" / "5th anniversary";
  // nor "Ngày 5, … (ảnh chụp 5/1/2023)", where the paragraph dates that day in full, perhaps as another month's.
  {
    re: /(?<![\p{L}])ngày\s+(\d{1,2})(?![\d\p{L}]|\s*(?:[-–—/.⁄,]\s*\d|và|đến|tháng|tới)|[\s\S]*?(?<![\d/.])\1[/.-]\d{1,2}[/.-]\d{2,4})/giu,
    build: (m) => ({ year: null, month: null, day: num(m[1]) }),
    gate: /ngày\s+\d/iu,
  },
  {
    re: /\bon\s+(?:the\s+)?(\d{1,2})\s?(?:st|nd|rd|th)\b(?=\s*[.,;)])/giu,
    build: (m) => ({ year: null, month: null, day: num(m[1]) }),
    gate: /\d\s?(?:st|nd|rd|th)\b/i,
  },
  // Korean pages that lose the month's mark in copying print "726일" for 7월 26일, "1229일 목요일" for 12월 29일: the digits
  // split into a month and a day one way only (a count of days, "120일을", "100일 동안", is not followed by a space).
  {
    re: /(?<![\d.,:/-])(\d{3,4})일(?=\s|[(,])/g,
    build: (m) => gluedMonthDay(m[1] ?? ''),
    gate: /\d{3}일/,
  },
  // Taiwanese news: "今(30)日", "昨（29）日" (today the 30th, yesterday the 29th): the day in brackets.
  {
    re: /[今昨][(（]\s*(\d{1,2})\s*[)）]\s*日/g,
    build: (m) => ({ year: null, month: null, day: num(m[1]) }),
    gate: /[今昨][(（]\s*\d/,
  },
  // Japanese and Chinese "先月28日", "上个月28日", "上月28号": a day of last month.
  {
    re: /(?:先月|上个?月)\s*(\d{1,2})\s*[日号]/g,
    build: (m) => ({ year: null, month: null, day: num(m[1]), lastMonth: true }),
  },
  // Korean releases write month.day and the weekday: "10.5(화)", "3. 27.(월)" (not the month and day of "2023. 3. 27.").
  {
    re: /(?<![\d.])(?<!\d\.\s)(\d{1,2})\.\s?(\d{1,2})\.?\s*\([월화수목금토일]\)/g,
    build: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }),
  },
  // …and restate a day in brackets after a word: "오늘(11. 24.)", "면담 (10.18.)"; the closing full stop tells a date from "(3.5)".
  {
    re: /(?<=[\uac00-\ud7af]\s?)\((\d{1,2})\.\s?(\d{1,2})\.\)/g,
    build: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }),
    gate: /[\uac00-\ud7af]\s?\(\d/,
  },
  // Indonesian and Malay news: "Rabu (1/8)", "Senin pagi (11/05/2020)", "kamis (09/01/25)".
  ...INDONESIAN_PATTERNS,
  // Brazilian and Spanish-language news: the weekday and the day of the month in brackets, "nesta quinta-feira (18)".
  {
    re: new RegExp(`(?<![\\p{L}])(${IBERIAN_WEEKDAY})\\s*\\((\\d{1,2})\\)`, 'giu'),
    build: (m) => ({ year: null, month: null, day: num(m[2]), dayOfWeek: iberianWeekday(m[1] ?? '') }),
  },
  // Thai: "๒๓ มีนาคม ๒๕๖๖", "15 พ.ค. 2567", Thai or Arabic digits, the year in the Buddhist era (543 ahead) or the common one.
  {
    re: new RegExp(
      `(?<![\\d๐-๙])([\\d๐-๙]{1,2})\\s*(${THAI_MONTHS.map((m) => m.replace(/\./g, '\\.')).join('|')})(?:\\s*(?:พ\\.ศ\\.|ค\\.ศ\\.)?\\s*([\\d๐-๙]{4}))?(?![\\d๐-๙])`,
      'gu',
    ),
    build: (m) => {
      const year = m[3] ? thaiNumber(m[3]) : null;
      return {
        year: year !== null && year > 2400 ? year - 543 : year,
        month: (THAI_MONTHS.indexOf(m[2] ?? '') % 12) + 1,
        day: thaiNumber(m[1] ?? ''),
      };
    },
  },
  {
    re: /\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    build: (m) => ({ year: orNull(m[3]), month: num(m[2]), day: num(m[1]) }),
  },
  ...WORLD_PATTERNS,
  ...VIETNAMESE_PATTERNS,
  ...NORDIC_PATTERNS,
  ...PERSIAN_PATTERNS,
  // Catalan (latin28).
  ...ROMANCE_PATTERNS,
  // Polish, Czech, Slovak, Croatian, Serbian.
  ...WEST_SLAVIC_PATTERNS,
  ...EUROPE_MORE_PATTERNS,
];

function dayMonthYear(a: number, b: number, year: number): Ymd | null {
  if (a > 12) return { year, month: b, day: a };
  if (b > 12) return { year, month: a, day: b };
  // "01/01/2023": either order reads the same day.
  if (a === b) return { year, month: a, day: a };
  return null;
}

/** "726" as 7월 26일, "1229" as 12월 29일, "102" as 10월 2일: the one split whose month and day are both real (no day "02"). */
function gluedMonthDay(digits: string): Ymd | null {
  const splits = digits.length === 4 ? [2] : [1, 2];
  const read = splits
    .map((at) => ({ month: num(digits.slice(0, at)), day: digits.slice(at) }))
    .filter(({ month, day }) => !day.startsWith('0') && month >= 1 && month <= 12 && num(day) >= 1)
    .filter(({ month, day }) => num(day) <= new Date(Date.UTC(2024, month, 0)).getUTCDate())
    .filter(({ month }) => digits.length === 3 || month >= 10);
  const [only] = read;
  return only && read.length === 1 ? { year: null, month: only.month, day: num(only.day) } : null;
}
