// A page's date that cannot be the record's: the lead reports its news on a day and month
// ("chiều 05-3", "on 18 June") that falls months before that date. A record is written within
// days of what it reports, so such a date is the site's clock or a later repost, not the
// record's publication: it is kept as a possibility, marked Check, never taken as the date.

import type { Candidate } from '../evidence.ts';
import type { DateReader } from './forms.ts';
import { fromIssue } from './issued-after.ts';
import { lead } from './lead.ts';
import { toUtc } from './relative.ts';
import { FUTURE } from './words.ts';

const DAY = 86_400_000;
/** How long after the day its lead reports a record may appear, and how long before (a site's date that lags). */
const BEFORE = 62 * DAY;
const AFTER = 7 * DAY;
/** A print issue ("第598号(2008年8月1日発行)") gathers what happened since the last one: a quarter back is no stale clock. */
const ISSUE_BEFORE = 124 * DAY;

/** The day and month the first paragraph of prose reports, when it gives no year. */
function leadDay(texts: string[], dates: DateReader): { month: number; day: number; phrase: string } | null {
  const first = lead(texts, 1).at(-1)?.text ?? '';
  const m = dates.mentions(first).find((x) => x.relative === null);
  if (!m || m.year !== null || m.relative !== null || m.month === null || m.day === null) return null;
  // "the summit to be held on 5 March": a future day says nothing about when the record was written.
  if (FUTURE.test(first.slice(Math.max(0, m.index - 60), m.index + m.phrase.length + 40))) return null;
  return { month: m.month, day: m.day, phrase: m.phrase };
}

const fits = (date: string, d: { month: number; day: number }, before = BEFORE): boolean => {
  const a = toUtc(date);
  const y = Number(date.slice(0, 4));
  return [y, y - 1].some((year) => {
    const t = Date.UTC(year, d.month - 1, d.day);
    // A day shortly after the page's date is an event still ahead ("trifft am 10. März"), no sign of a stale clock.
    return (t <= a + AFTER && a - t <= before) || (year === y && t > a && t - a <= BEFORE);
  });
};

/**
 * 1 January 1970 is the Unix clock's zero: a site prints it for a page whose date field is empty ("Publié le 1 janvier
 * 1970, mis à jour le …"). No record of a meeting is dated by it.
 */
const UNIX_EPOCH = '1970-01-01';

/** A line that prints that zero: no day the text counts from. */
export const printsUnixEpoch = (line: string, dates: DateReader): boolean =>
  line.includes('1970') && dates.mentions(line).some((m) => m.year === 1970 && m.month === 1 && m.day === 1);

export function doubtStaleDates(read: Candidate[], texts: string[], dates: DateReader): Candidate[] {
  const found = read.filter((c) => !(c.field === 'publishedAt' && c.value.startsWith(UNIX_EPOCH)));
  if (!found.some((c) => c.field === 'publishedAt' && c.source !== 'metadata')) return found;
  const d = leadDay(texts, dates);
  if (!d) return found;
  return found.map((c) =>
    c.field !== 'publishedAt' || c.source === 'metadata' || fits(c.value, d, fromIssue(c.why) ? ISSUE_BEFORE : BEFORE)
      ? c
      : {
          ...c,
          confidence: Math.min(c.confidence, 0.3),
          why: `${c.why}, though the text reports '${d.phrase}', months before it: perhaps the site's clock`,
        },
  );
}
