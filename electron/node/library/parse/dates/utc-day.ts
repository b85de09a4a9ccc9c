// A page that stamps its publication time in UTC ("2022-04-22T05:46:58+00:00") names the day in
// Greenwich, not in the newsroom: a story put up at 23:46 in San José on 21 April is stamped the
// 22nd. When the page also prints or marks the neighbouring day in its own time ("21 abril, 2022",
// "2022-04-21T23:46:58-06:00", "November 8, 2023 at 11:30 p.m.") and the UTC hour lets a time zone
// people live in reach that day, the printed day is the record's and the UTC day gives way. The
// UTC hour alone moves nothing, and a page whose other dates disagree among themselves is left as it is.

import type { Candidate } from '../evidence.ts';

const DAY = 86_400_000;
const shift = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The hour is early enough for the Americas (to UTC−10) to be on the day before. */
const dayBefore = (hour: number): boolean => hour < 10;
/** The hour is late enough for Europe, Africa, Asia or Australia (from UTC+11) to be on the day after. */
const dayAfter = (hour: number): boolean => hour >= 13;

/** The publication-date candidates, the UTC stamps lowered when the page's own time gives the neighbouring day. */
export function utcDayYields(found: Candidate[]): Candidate[] {
  const own = found.filter((c) => c.field === 'publishedAt');
  const utc = own.filter((c) => c.utcHour !== undefined);
  const [first] = utc;
  if (!first || utc.some((c) => c.value !== first.value)) return found;
  const local = own.filter((c) => c.utcHour === undefined && c.confidence >= 0.7);
  const [printed] = local;
  // Nothing else dates the page, or its other dates disagree, or one of them agrees with the UTC day: it stands.
  if (!printed || local.some((c) => c.value !== printed.value)) return found;
  const hours = utc.map((c) => c.utcHour ?? 12);
  const reached =
    (printed.value === shift(first.value, -1) && hours.every(dayBefore)) ||
    (printed.value === shift(first.value, 1) && hours.every(dayAfter));
  if (!reached) return found;
  return found.map((c) =>
    c.field === 'publishedAt' && c.utcHour !== undefined
      ? {
          ...c,
          confidence: Math.min(c.confidence, 0.2),
          why: `${c.why}, stamped in UTC (${String(c.utcHour).padStart(2, '0')}h), a day off the page's own time`,
        }
      : c,
  );
}
