// Dates as records write them: "2020-09-22", "22.09.2020", "18 September 2020", "September 18, 2020",
// "on the morning of September 18", "2021년 4월 29일", "29일", "ngày 18/9", "Rabu (1/8)", "2021年4月29日",
// and the other languages chrono-node reads ("18 septembre 2020", "18. September 2020", "18 сентября").
// Relative words ("yesterday", "이날", "hôm qua") are found in relative.ts.

import { chronoMentions } from './chrono.ts';
import { DATE_PATTERNS } from './forms-patterns.ts';
import { findRelativeMentions } from './relative.ts';
import { type DateMention, valid, type Ymd } from './ymd.ts';

export { MONTHS } from './months.ts';
export type { DateMention } from './ymd.ts';
export { daysIn } from './ymd.ts';

/** The digits the forms of forms-patterns.ts read: ASCII, Arabic-Indic, Thai, Bengali and Devanagari. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\u09e6-\u09ef\u0966-\u096f]/;

/** "21/03/2561", "2563-07-09": Thai pages write numbers in the Buddhist era, 543 years ahead of the common one. */
const buddhistEra = (d: Ymd | null): Ymd | null => (d?.year && d.year > 2400 && d.year < 2700 ? { ...d, year: d.year - 543 } : d);

/** Every date the text mentions, in reading order; overlapping forms keep the longest. */
export function findDateMentions(text: string): DateMention[] {
  const found: DateMention[] = [];
  // Every form above has a number in one of the scripts it reads: a line without one skips them all.
  for (const p of ANY_DIGIT.test(text) ? DATE_PATTERNS : []) {
    if (p.gate && !p.gate.test(text)) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const d = buddhistEra(p.build(m));
      if (!d || !valid(d)) continue;
      const lead = m[0].length - m[0].trimStart().length;
      found.push({
        index: m.index + lead,
        phrase: m[0].trim(),
        ...d,
        relative: null,
        weekday: null,
        hasOn: /^\s*on\s/i.test(m[0]),
      });
    }
  }
  // The rules' readings first; chrono's and the relative words only where no rule read a date.
  const own = keepLongest(found);
  // chrono only reads dates with a number in them: where every number is already inside a date the
  // rules read, it has nothing to add (and it is by far the costliest step of reading a record).
  let rest = text;
  for (const o of own) rest = rest.slice(0, o.index) + ' '.repeat(o.phrase.length) + rest.slice(o.index + o.phrase.length);
  const extra = keepLongest([...chronoMentions(rest), ...findRelativeMentions(text)]).filter(
    (e) => !own.some((o) => e.index < o.index + o.phrase.length && o.index < e.index + e.phrase.length),
  );
  return [...own, ...extra].sort((a, b) => a.index - b.index);
}

function keepLongest(found: DateMention[]): DateMention[] {
  found.sort((a, b) => a.index - b.index || b.phrase.length - a.phrase.length);
  const out: DateMention[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.index < last.index + last.phrase.length) {
      // A longer form that starts inside the kept one and reaches further ("어제(28일)") is a
      // different reading of the same words; keep the one with more of the date stated.
      if (f.index + f.phrase.length > last.index + last.phrase.length && stated(f) > stated(last)) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

const stated = (d: DateMention): number => Number(d.year !== null) + Number(d.month !== null) + Number(d.day !== null);

export const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

export const isFull = (d: DateMention): d is DateMention & { year: number; month: number; day: number } =>
  d.year !== null && d.month !== null && d.day !== null;

/**
 * Date reading for one parse: the header, title, bylines, place and meeting date look at the same
 * lines again and again, so each line's mentions are read once (a cache that lives as long as the
 * parse, never across records). Read-only results: callers must not change them.
 */
export type DateReader = {
  mentions(text: string): readonly DateMention[];
  /** The page is in a language that writes a numeric date day first (every language but English). */
  dayFirstPage?: boolean;
};

/** Reads every time (for callers outside a parse). */
export const READ_ALWAYS: DateReader = { mentions: findDateMentions };

/** "09/03/2025 10:09 PM" on a page not in English: its language writes the day first, whatever the clock (9 March). */
const dayFirstAfterAll = (d: DateMention): DateMention =>
  d.clockOrder && d.day !== null && d.month !== null ? { ...d, day: d.month, month: d.day, clockOrder: false } : d;

/**
 * A reader that remembers each text's mentions: one per parse. Only American English puts the month first;
 * a page in another language (Malay "09/03/2025 10:09 PM", Vietnamese "03/12/2021 09:31:44 AM") keeps
 * its day first though its clock is a 12-hour one: `dayFirstPage`.
 */
export function dateReader(dayFirstPage = false): DateReader {
  const seen = new Map<string, readonly DateMention[]>();
  return {
    dayFirstPage,
    mentions(text) {
      let found = seen.get(text);
      if (found === undefined) {
        found = findDateMentions(text);
        if (dayFirstPage && found.some((d) => d.clockOrder)) found = found.map(dayFirstAfterAll);
        seen.set(text, found);
      }
      return found;
    },
  };
}

/** The first complete date in a line, as YYYY-MM-DD. */
export function firstFullDate(text: string, dates: DateReader = READ_ALWAYS): string | null {
  const d = dates.mentions(text).find(isFull);
  return d ? iso(d.year, d.month, d.day) : null;
}
