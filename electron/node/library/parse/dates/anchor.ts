// The date that partial and relative dates in a record are read against ("on Tuesday", "ngày 5/3",
// 이날): its publication date, else a date line heading the text.
import { besideWeather, overTrail } from './clock.ts';
import { dateOfDateLine } from './date-line.ts';
import { type DateReader, daysIn, firstFullDate, iso, MONTHS } from './forms.ts';
import { fromIssue } from './issued-after.ts';
import { lead } from './lead.ts';
import { headsRelatedList, inStoryTable } from './story-list.ts';
import { reportsMeetingWord } from './words.ts';
import { dayAfterYesterday } from './yesterday-apposed.ts';

/** month: only the year and month are stated ("date 2017-08"); date is then the month's last day. */
/** issue: the date is a print issue's ("第598号(2008年8月1日発行)"), which gathers what happened since the last one. */
export type Anchor = { date: string; what: string; weight: number; month?: boolean; issue?: boolean };

/**
 * The anchor for partial and relative dates: the publication date; else a date line heading
 * the text ("New York, 4 December 2013", "date 2021-12-11 …") that the header did not take.
 */
export function anchorOf(
  texts: string[],
  publishedAt: string | null,
  head: string[],
  dates: DateReader,
  publishedWhy = '',
): Anchor | null {
  const leadLines = lead(texts).map((l) => l.text.trim());
  // A list of other stories inside the lead (a short record's "Related News"): its dates are theirs.
  const related = leadLines.findIndex(headsRelatedList);
  const all = [...(related === -1 ? leadLines : leadLines.slice(0, related)), ...head.map((l) => l.trim())];
  const lead0 = all.length - head.length;
  const lines = all.filter(
    (_, i) => !inStoryTable(all, i) && !(i >= lead0 && (besideWeather(head, i - lead0) || overTrail(head, i - lead0))),
  );
  if (publishedAt) {
    // A release reposted a day or two later keeps its own date line ("November 24, 2021 – Ottawa, Ontario –
    // Global Affairs Canada"): its "today" is that day, not the site's.
    const own = lead(texts)
      .map((l) => l.text.trim())
      .find(
        (t) =>
          (t.match(/\S+/g) ?? []).length <= 10 && !reportsMeetingWord(t) && /^\p{L}*\.?\s*\d/u.test(t) && firstFullDate(t, dates),
      );
    const ownDate = own ? firstFullDate(own, dates) : null;
    if (own && ownDate && ownDate < publishedAt && Date.parse(publishedAt) - Date.parse(ownDate) <= LAG)
      return { date: ownDate, what: `the release's own date line '${own}'`, weight: 0.9 };
    // A wire story the site posted after midnight keeps its dispatch's day ("中新社合肥七月十二日电 … 今天晚上",
    // "HANOI, May 3 (VNA) – … today"): its "today" is that day.
    const sent = dispatchDay(texts, publishedAt, dates);
    if (sent) return sent;
    // "Yesterday, 13 November, …" in a record the site posted on the 16th: its today is the 14th, as its words say.
    const said = dayAfterYesterday(lines, dates, { date: publishedAt, what: 'the publication date', weight: 1 });
    if (said && said.date < publishedAt && Date.parse(publishedAt) - Date.parse(said.date) <= LAG)
      return { ...said, weight: 0.9 };
    if (fromIssue(publishedWhy)) return { date: publishedAt, what: "the issue's date", weight: 1, issue: true };
    return { date: publishedAt, what: 'the publication date', weight: 1 };
  }
  for (const t of lines) {
    const d = dateOfDateLine(t, dates);
    if (d) return { date: d, what: `the date line '${t}'`, weight: 0.8 };
    // A dispatch that opens with its date, in the agency's tag or before it: "ABU DHABI, (UrduPoint / WAM -
    // 02nd May, 2021) H.H. …", "Addis Ababa, March 5, 2021 (FBC) – President …".
    const opener = /^\p{Lu}[\p{L} .'-]{1,40},\s*(?:\(([^)]{4,80})\)|([^()]{4,30}?)\s*\([^)]{1,30}\)\s*[–—:-])/u.exec(t);
    const dated = opener ? firstFullDate(opener[1] ?? opener[2] ?? '', dates) : null;
    if (opener && dated) return { date: dated, what: `the dispatch's date line '${opener[0].trim()}'`, weight: 0.8 };
    const labelled = /^(?:date|dated|posted|published)\s*[:：]?\s*(\d{4}-\d{2}-\d{2})\b/i.exec(t);
    if (labelled?.[1]) return { date: labelled[1], what: `the date '${labelled[0]}' heading the text`, weight: 0.8 };
  }
  const month = monthHeading(lines);
  // "ieri, 13 noiembrie, …": the date restating "yesterday" makes the day after it the record's today.
  const restated = dayAfterYesterday(lines, dates, month);
  if (restated) return restated;
  if (month) return month;
  // "Highlighting Japan November 2017 > 総理動向": a breadcrumb or issue line naming only a month, above the text.
  for (const t of head.map((l) => l.trim())) {
    const words = (t.match(/\S+/g) ?? []).length;
    const named = words <= 12 && !reportsMeetingWord(t) && !dates.mentions(t).some((m) => m.day !== null) ? monthOfLine(t) : null;
    if (named)
      return {
        date: iso(named.y, named.mo, daysIn(named.y, named.mo)),
        what: `the month named above the text '${t}'`,
        weight: 0.7,
        month: true,
      };
  }
  for (const t of lines) {
    // A short byline in the text: "2023-05-09 10:01 | Source: …", "Xinhua, May 17, 2016 Adjust font size:".
    const full = (t.match(/\S+/g) ?? []).length <= 10 && !reportsMeetingWord(t) ? firstFullDate(t, dates) : null;
    if (full) return { date: full, what: `the date '${t}' above the text`, weight: 0.75 };
  }
  return null;
}

/** "date 2017-08" above the text: the year and month, which date "ngày 7/8" but not "yesterday". */
function monthHeading(lines: readonly string[]): Anchor | null {
  for (const t of lines) {
    const ym = /^(?:date|dated|posted|published)\s*[:：]?\s*(\d{4})-(\d{2})(?![-\d])/i.exec(t);
    const [y, mo] = [Number(ym?.[1]), Number(ym?.[2])];
    if (ym && y >= 1900 && mo >= 1 && mo <= 12)
      return { date: iso(y, mo, daysIn(y, mo)), what: `the month '${ym[0]}' heading the text`, weight: 0.8, month: true };
  }
  return null;
}

/** A month and year with no day: "November 2017", "2017年11月", "tháng 11/2017", "tháng 11 năm 2017". */
function monthOfLine(t: string): { y: number; mo: number } | null {
  const en =
    /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/i.exec(t);
  const cjk = /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/.exec(t);
  const vi = /(?<![\p{L}])tháng\s+(\d{1,2})(?:\s*\/\s*|\s+năm\s+)((?:19|20)\d{2})(?!\d)/iu.exec(t);
  const [y, mo] = en
    ? [Number(en[2]), MONTHS.indexOf((en[1] ?? '').toLowerCase()) + 1]
    : cjk
      ? [Number(cjk[1]), Number(cjk[2])]
      : vi
        ? [Number(vi[2]), Number(vi[1])]
        : [0, 0];
  return mo >= 1 && mo <= 12 ? { y, mo } : null;
}

export const DAY = 86_400_000;
/** How far after its stated date a record may still report a meeting (a site's date that lags); checked by the caller. */
export const LAG = 7 * DAY;

/** The day a wire dispatch was filed, as its dateline opening the lead gives it; its year is the publication date's. */
function dispatchDay(texts: string[], publishedAt: string, dates: DateReader): Anchor | null {
  for (const { text } of lead(texts, 2)) {
    for (const m of dates.mentions(text.slice(0, 60))) {
      if (m.relative || m.month === null || m.day === null || (m.year !== null && m.year !== Number(publishedAt.slice(0, 4))))
        continue;
      const after = text.slice(m.index + m.phrase.length);
      const wire =
        /^\s*[電电]/.test(after) ||
        (/^\s*\p{Lu}[\p{Lu} .'-]+,\s*$/u.test(text.slice(0, m.index)) && /^\s*\([^)]{1,30}\)\s*[-–—]/.test(after));
      if (!wire) continue;
      const year = Number(publishedAt.slice(0, 4)) - (m.month > Number(publishedAt.slice(5, 7)) ? 1 : 0);
      const date = iso(year, m.month, m.day);
      const behind = Date.parse(publishedAt) - Date.parse(date);
      return behind > 0 && behind <= LAG
        ? { date, what: `the dispatch's date line '${text.slice(0, m.index + m.phrase.length).trim()}'`, weight: 0.9 }
        : null;
    }
  }
  return null;
}
