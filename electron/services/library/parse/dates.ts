// Dates as records write them: "2020-09-22", "18 September 2020", "September 18, 2020",
// "on the morning of September 18", "Tuesday", "today", "9월 18일", "ngày 18/9".
// A date without a year is resolved against the publication date, never guessed.

import type { DateNote } from '../../../api/types.ts';
import { type Candidate, candidate } from './evidence.ts';

export type DateMention = {
  index: number;
  /** The words as the text has them, with "on the morning of" when present. */
  phrase: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Dates that only make sense relative to the publication date. */
  relative: 'today' | 'yesterday' | 'weekday' | null;
  weekday: number | null;
  /** Introduced by "on", the way records state when a meeting took place. */
  hasOn: boolean;
};

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// English, and the Indonesian names that differ from it (Maret, Mei, Agustus, Oktober, Desember…).
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Agu|Sept|Sep|Oct|Okt|Nov|Dec|Des)\\.?';
/** Indonesian month abbreviations whose first three letters are not the English ones. */
const OTHER_MONTHS: Record<string, number> = { mei: 5, agu: 8, okt: 10, des: 12 };
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const ORD = '(?:st|nd|rd|th)?';
/** "on", "on the morning of", "on Tuesday,": kept in the phrase so a note can quote it. */
const PREFIX = `(?:(?:\\b[Oo]n\\s+)(?:the\\s+(?:morning|afternoon|evening|night)\\s+of\\s+)?)?(?:${WEEKDAY},?\\s+(?:the\\s+)?)?`;

const monthNumber = (name: string): number => {
  const n = name.toLowerCase().replace('.', '').slice(0, 3);
  return OTHER_MONTHS[n] ?? MONTHS.findIndex((m) => m.startsWith(n)) + 1;
};

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Pick<DateMention, 'year' | 'month' | 'day'> | null };

const num = (s: string | undefined): number => Number(s);

const PATTERNS: Pattern[] = [
  // "2020-09-22", "2020.9.22", and Korean "2021. 10. 6."
  {
    re: new RegExp(`${PREFIX}(?<![\\d.])(\\d{4})(?:[-/]|\\.\\s?)(\\d{1,2})(?:[-/]|\\.\\s?)(\\d{1,2})(?![\\d])`, 'g'),
    build: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }),
  },
  // "30/10/2020": day first unless the second number cannot be a month; both twelve or less is not guessed.
  { re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, build: (m) => dayMonthYear(num(m[1]), num(m[2]), num(m[3])) },
  {
    re: new RegExp(`${PREFIX}\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'g'),
    build: (m) => ({ year: num(m[3]), month: monthNumber(m[2] ?? ''), day: num(m[1]) }),
  },
  {
    re: new RegExp(`${PREFIX}\\b${MONTH}\\s+(\\d{1,2})${ORD},?\\s+(\\d{4})\\b`, 'g'),
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
  { re: /(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일/g, build: (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }) },
  { re: /(?<!\d)(\d{1,2})월\s*(\d{1,2})일/g, build: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }) },
  { re: /(?<![\d월]\s?)(?<!\d)(\d{1,2})일/g, build: (m) => ({ year: null, month: null, day: num(m[1]) }) },
  // Korean releases write month.day and the weekday: "10.5(화)".
  {
    re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.?\s*\([월화수목금토일]\)/g,
    build: (m) => ({ year: null, month: num(m[1]), day: num(m[2]) }),
  },
  // Indonesian news: the weekday and day/month in brackets, "Rabu (1/8)".
  {
    re: /\b(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)\s*\((\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\)/g,
    build: (m) => ({ year: m[3] ? num(m[3]) : null, month: num(m[2]), day: num(m[1]) }),
  },
  // Vietnamese writes day first: "ngày 18/9/2020", "Sáng 30/10" (on the morning of), "ngày 18 tháng 9 năm 2020".
  {
    re: /(?<![\p{L}])(?:ngày|sáng|chiều|trưa|tối|đêm)\s+(?:ngày\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?(?![\d/-])/giu,
    build: (m) => ({ year: m[3] ? num(m[3]) : null, month: num(m[2]), day: num(m[1]) }),
  },
  {
    re: /\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?/giu,
    build: (m) => ({ year: m[3] ? num(m[3]) : null, month: num(m[2]), day: num(m[1]) }),
  },
];

const RELATIVE = new RegExp(`(?:\\b[Oo]n\\s+)?\\b(?:(today|yesterday|this (?:morning|afternoon|evening))|(${WEEKDAY}))\\b`, 'gi');

function dayMonthYear(a: number, b: number, year: number): Pick<DateMention, 'year' | 'month' | 'day'> | null {
  if (a > 12) return { year, month: b, day: a };
  if (b > 12) return { year, month: a, day: b };
  return null;
}

const daysIn = (year: number | null, month: number): number => new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();

/** Every date the text mentions, in reading order; overlapping forms keep the longest. */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const d = p.build(m);
      if (!d || (d.month !== null && (d.month < 1 || d.month > 12))) continue;
      if (d.day === null || d.day < 1 || d.day > (d.month === null ? 31 : daysIn(d.year, d.month))) continue;
      found.push({ index: m.index, phrase: m[0].trim(), ...d, relative: null, weekday: null, hasOn: /^on\s/i.test(m[0]) });
    }
  }
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    // Lowercase "today" only; "Today" in a title-cased name is too risky to read as a date.
    if (m[1] && m[1] !== m[1].toLowerCase()) continue;
    found.push({
      index: m.index,
      phrase: m[0].trim(),
      year: null,
      month: null,
      day: null,
      relative: m[1] ? (word.startsWith('this') ? 'today' : (word as 'today' | 'yesterday')) : 'weekday',
      weekday: m[2] ? WEEKDAYS.indexOf(word) : null,
      hasOn: /^on\s/i.test(m[0]),
    });
  }
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const out: DateMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.index < last.index + last.phrase.length) continue;
    out.push(f);
  }
  return out;
}

export const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

const isFull = (d: DateMention): d is DateMention & { year: number; month: number; day: number } =>
  d.year !== null && d.month !== null && d.day !== null;

/** The first complete date in a line, as YYYY-MM-DD. */
export function firstFullDate(text: string): string | null {
  const d = findDateMentions(text).find(isFull);
  return d ? iso(d.year, d.month, d.day) : null;
}

/** A line that is only a date, perhaps with a place ("Seoul, 18 September 2020"): its date, else null. */
export function dateOfDateLine(line: string): string | null {
  const d = findDateMentions(line).find(isFull);
  if (!d) return null;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.phrase.length)).replace(/[^\p{L}\d]+/gu, ' ').trim();
  return rest === '' || rest.split(' ').length <= 3 ? iso(d.year, d.month, d.day) : null;
}

/**
 * The meeting date: the first date the record introduces with "on" ("met on 18 September"),
 * else the first date it mentions. Partial dates take their year (or month) from the
 * publication date, going back a year (or month) so the meeting is not after publication.
 */
export function findMeetingDate(texts: string[], publishedAt: string | null): { date: string | null; note: DateNote | null } {
  const mentions = texts.flatMap((t) => findDateMentions(t));
  const chosen = mentions.find((m) => m.hasOn) ?? mentions[0];
  if (!chosen) return { date: null, note: null };
  if (isFull(chosen)) return { date: iso(chosen.year, chosen.month, chosen.day), note: null };
  if (publishedAt === null) return { date: null, note: null };

  const [py = 0, pm = 1, pd = 1] = publishedAt.split('-').map(Number);
  const pub = Date.UTC(py, pm - 1, pd);
  const says = `the text says "${chosen.phrase}"`;
  let date: number;
  let how: string;
  if (chosen.relative === 'today') {
    date = pub;
    how = `${says}, which is the publication date ${publishedAt}`;
  } else if (chosen.relative === 'yesterday') {
    date = pub - 86_400_000;
    how = `${says}, the day before the publication date ${publishedAt}`;
  } else if (chosen.relative === 'weekday') {
    const back = (new Date(pub).getUTCDay() - (chosen.weekday ?? 0) + 7) % 7;
    date = pub - back * 86_400_000;
    how = `${says}, the last such day on or before the publication date ${publishedAt}`;
  } else if (chosen.month !== null && chosen.day !== null) {
    let year = py;
    if (Date.UTC(year, chosen.month - 1, chosen.day) > pub) year -= 1;
    if (chosen.day > daysIn(year, chosen.month)) return { date: null, note: null };
    date = Date.UTC(year, chosen.month - 1, chosen.day);
    how =
      year === py
        ? `${says}, year from the publication date ${publishedAt}`
        : `${says}, year before that of the publication date ${publishedAt}`;
  } else if (chosen.day !== null) {
    let month = pm - 1;
    let year = py;
    if (Date.UTC(year, month, chosen.day) > pub) {
      month -= 1;
      if (month < 0) {
        month = 11;
        year -= 1;
      }
    }
    if (chosen.day > daysIn(year, month + 1)) return { date: null, note: null };
    date = Date.UTC(year, month, chosen.day);
    how = `${says}, month and year from the publication date ${publishedAt}`;
  } else {
    return { date: null, note: null };
  }
  const d = new Date(date);
  const value = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return { date: value, note: { field: 'meetingDate', value, from: how } };
}

/** The meeting date as evidence: what the text says, resolved against the publication date. */
export function meetingDateCandidates(texts: string[], publishedAt: string | null, _anchorWhy: string): Candidate[] {
  const mentions = texts.flatMap((t) => findDateMentions(t));
  const chosen = mentions.find((m) => m.hasOn) ?? mentions[0];
  const { date, note } = findMeetingDate(texts, publishedAt);
  if (!chosen || !date) return [];
  if (note) return candidate('meetingDate', date, 'body', chosen.relative ? 0.7 : 0.75, note.from);
  return candidate(
    'meetingDate',
    date,
    'body',
    chosen.hasOn ? 0.85 : 0.6,
    chosen.hasOn ? `the text says "${chosen.phrase}"` : `the first date the text gives, "${chosen.phrase}"`,
  );
}
