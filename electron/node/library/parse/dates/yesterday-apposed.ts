// A date written beside a yesterday-word restates it: "ieri, 13 noiembrie, …", "Yesterday, 13 November 2019, …",
// "χθες, Τετάρτη 13 Νοεμβρίου": that date is yesterday's, so the record's "today" is the day after it. A record with
// no date of its own counts its "today" from there; and where its lead tells the meeting as today's ("astăzi … a avut o
// întrevedere", "Today the minister received them"), the restated yesterday is another event's (an arrival, an
// earlier call). Never the reverse: a yesterday-date with no today-word telling the meeting stays the meeting's.

import type { Anchor } from './anchor.ts';
import { type DateMention, type DateReader, daysIn, iso } from './forms.ts';
import type { Reading } from './readings.ts';
import { fromUtc, toUtc } from './relative.ts';

/** Between the yesterday-word and its date: a comma, a bracket or a dash, and perhaps the weekday ("ieri, miercuri, 13 …"). */
const APPOSED = /^\s*[,(–—-]?\s*(?:\p{L}+\s*,?\s*)?$/u;

/** The yesterday-word just before the day-and-month mention m that m restates, if any. */
function restated(text: string, m: DateMention, all: readonly DateMention[]): DateMention | undefined {
  if (m.relative || m.day === null || m.month === null) return undefined;
  return all.find(
    (y) => y.relative === 'yesterday' && y.index < m.index && APPOSED.test(text.slice(y.index + y.phrase.length, m.index)),
  );
}

/** The day-and-month mention m restates a yesterday-word just before it in its text. */
export const apposedToYesterday = (text: string, m: DateMention, all: readonly DateMention[]): boolean =>
  restated(text, m, all) !== undefined;

/**
 * The anchor a record takes from a date restating its "yesterday": the day after it. The date gives its year, or the
 * date or month heading the text does in that month (`month`: "date 2019-11" above "ieri, 13 noiembrie"); else none.
 */
export function dayAfterYesterday(lines: readonly string[], dates: DateReader, month: Anchor | null): Anchor | null {
  for (const t of lines) {
    const all = dates.mentions(t);
    for (const m of all) {
      const y = restated(t, m, all);
      if (!y || m.month === null || m.day === null) continue;
      const year = m.year ?? (month && Number(month.date.slice(5, 7)) === m.month ? Number(month.date.slice(0, 4)) : null);
      if (year === null || m.day > daysIn(year, m.month)) continue;
      const date = fromUtc(toUtc(iso(year, m.month, m.day)) + 86_400_000);
      return { date, what: `the day after '${t.slice(y.index, m.index + m.phrase.length)}'`, weight: 0.8 };
    }
  }
  return null;
}

/** The lead tells its meeting as today's: a restated yesterday in it is then another event's day. */
export function yesterdayGivesWay(r: Reading, all: readonly Reading[], texts: readonly string[], dates: DateReader): boolean {
  const text = texts[r.at] ?? '';
  const mentions = dates.mentions(text);
  // The date, or the yesterday-word it restates.
  const restating = (m: DateMention): boolean =>
    apposedToYesterday(text, m, mentions) ||
    (m.relative === 'yesterday' && mentions.some((d) => d.index > m.index && apposedToYesterday(text, d, [m])));
  if (!restating(r.mention)) return false;
  return all.some((t) => t.mention.relative === 'today' && t.attached && !t.late && !t.future);
}
