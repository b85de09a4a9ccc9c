// A news agency's dateline opening the text ("SEOUL, April 24 (Yonhap) --", "ABU DHABI, (WAM - 02nd May, 2021)",
// "Горки-9, …, 19 ноября, 2019, 13:58 — ИА Регнум."): the day it gives, and that day as a publication date
// when its year is stated or another date of the page's own gives it.

import { type DateReader, READ_ALWAYS } from './dates.ts';
import { type Candidate, candidate } from './evidence.ts';
import { leadDate } from './lead-date.ts';

/** "SEOUL, April 24 (Yonhap) --", "HANOI, Sept. 18 (VNA) –": the month and day a dateline gives. */
const DATELINE = /^[\p{Lu}][\p{L}'’. -]{1,40}?,\s*([^()]{3,30}?)\s*\(([^()]{2,30})\)\s*[–—:-]/u;
/** "ABU DHABI, (UrduPoint / Pakistan Point News / WAM - 02nd May, 2021) H.H. …": the date inside the agency's tag. */
const TAGGED_DATELINE = /^[\p{Lu}][\p{L}'’. -]{1,40}?,\s*\(([^()]{4,80})\)/u;
/** "Горки-9, Московская область, 19 ноября, 2019, 13:58 — ИА Регнум.": place, region, the dated day, then a dash and the agency (its year stated). */
const DASH_DATELINE = /^[\p{Lu}][\p{L}\d'’. -]{1,30}(?:,\s*[\p{L}'’. -]{2,40}){0,2},\s*([^()–—]{6,40}?)\s*[–—]\s*\p{Lu}/u;

export function datelineDay(
  firstLine: string,
  dates: DateReader = READ_ALWAYS,
): { year: number | null; month: number; day: number; phrase: string } | null {
  const line = firstLine.trim();
  const d = DATELINE.exec(line);
  const tagged = d ? null : (TAGGED_DATELINE.exec(line) ?? DASH_DATELINE.exec(line));
  const within = d?.[1] ?? tagged?.[1];
  if (!within) {
    const lead = leadDate(line, dates);
    return lead?.year && lead.month && lead.day
      ? { year: lead.year, month: lead.month, day: lead.day, phrase: lead.phrase }
      : null;
  }
  const m = dates.mentions(within).find((x) => x.month !== null && x.day !== null && (d !== null || x.year !== null));
  return m?.month && m.day ? { year: m.year, month: m.month, day: m.day, phrase: m.phrase } : null;
}

/**
 * The dateline's day as a publication date: the year comes only from another stated date (the
 * page's metadata or byline), and only when the day falls within a month before it, so the
 * year is not guessed. Agreeing with that date, it confirms it. A dateline that states its year
 * ("Addis Ababa, March 5, 2021 (FBC) –") is the dispatch's date by itself.
 */
export function datelineCandidate(
  firstLine: string,
  anchor: { value: string; why: string } | null,
  dates: DateReader = READ_ALWAYS,
): Candidate[] {
  const d = datelineDay(firstLine, dates);
  if (d?.year) {
    const iso = `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    return candidate('publishedAt', iso, 'dateline', 0.7, `the dateline's "${d.phrase}"`);
  }
  if (!d || !anchor) return [];
  const [y = 0, m = 1, day = 1] = anchor.value.split('-').map(Number);
  const at = Date.UTC(y, m - 1, day);
  for (const year of [y, y - 1]) {
    const t = Date.UTC(year, d.month - 1, d.day);
    if (t <= at && at - t <= 31 * 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      return candidate(
        'publishedAt',
        iso,
        'dateline',
        0.6,
        `the dateline's "${d.phrase}", year from ${anchor.why.replace(/^from /, '')}`,
      );
    }
  }
  return [];
}
