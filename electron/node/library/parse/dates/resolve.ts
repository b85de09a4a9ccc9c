// A date mention read as a day of the calendar: in full as written, against the record's own date
// (its month and year, the year before for a day that would fall after it), or from the one full
// date elsewhere in the text that it must be. Null when the record does not let it be known.

import { type Anchor, DAY, LAG } from './anchor.ts';
import { type DateMention, type DateReader, daysIn, isFull, iso } from './forms.ts';
import type { Reading } from './readings.ts';
import { fromUtc, resolveRelative, toUtc } from './relative.ts';
import { inStoryTable } from './story-list.ts';

export type Resolved = { date: string; why: string; anchored: boolean };

/** A mention as a date, with how it was resolved; null when the record does not let it be known. */
export function resolve(
  m: DateMention,
  anchor: Anchor | null,
  established: { date: string; phrase: string } | null,
): Resolved | null {
  if (isFull(m)) {
    if (m.day > daysIn(m.year, m.month)) return null;
    return { date: iso(m.year, m.month, m.day), why: `the text says '${m.phrase}'`, anchored: false };
  }
  // "2018년 9월 12일 오후 … 개소식이 진행되었다. … 이날 접견에는…": "that day" after a day the text states is that day,
  // whether or not the record has a date of its own to count from.
  if (m.relative === 'thatDay' && established && (!anchor || anchor.month))
    return {
      date: established.date,
      why: `'${m.phrase}', the day the text gave before ('${established.phrase}', ${established.date})`,
      anchored: false,
    };
  if (!anchor) return null;
  if (m.relative && anchor.month) return null;
  if (m.relative) {
    const r = resolveRelative(m, anchor, established);
    return r ? { ...r, anchored: true } : null;
  }
  const a = toUtc(anchor.date);
  const [ay = 0, am = 1] = anchor.date.split('-').map(Number);
  const q = `'${m.phrase}'`;
  if (m.month !== null && m.day !== null) {
    // The year is the anchor's, or the one before when the day would fall after it (a record of
    // 5 January reporting 30 December); a day months after the anchor is a future event, not this meeting.
    for (const [year, how] of [
      [ay, 'year from'],
      [ay - 1, 'the year before that of'],
    ] as const) {
      if (m.day > daysIn(year, m.month)) continue;
      const t = Date.UTC(year, m.month - 1, m.day);
      if (t <= a + LAG && a - t <= (anchor.month ? 92 : anchor.issue ? 124 : 62) * DAY)
        return { date: fromUtc(t), why: `${q}, ${how} ${anchor.what}${anchor.month ? '' : ` ${anchor.date}`}`, anchored: true };
    }
    return null;
  }
  if (m.day !== null) {
    const months = [
      [ay, am],
      [am === 1 ? ay - 1 : ay, am === 1 ? 12 : am - 1],
    ] as const;
    // Against a stated month, a bare day is in that month only; "지난달 28일" is in the month before.
    for (const [y, mo] of m.lastMonth ? months.slice(1) : anchor.month ? months.slice(0, 1) : months) {
      if (m.day > daysIn(y, mo)) continue;
      const t = Date.UTC(y, mo - 1, m.day);
      // "el martes 10": a month where the 10th is not a Tuesday is not the one meant.
      if (m.dayOfWeek !== undefined && new Date(t).getUTCDay() !== m.dayOfWeek) continue;
      if (t <= a + LAG)
        return {
          date: fromUtc(t),
          why: `${q}, ${m.lastMonth ? 'the month before that of' : 'month and year from'} ${anchor.what}${anchor.month ? '' : ` ${anchor.date}`}`,
          anchored: true,
        };
    }
  }
  return null;
}

/**
 * "se reunió este jueves" under a page dated only "2024-02": the one full date the text gives a meeting
 * ("… February 22, 2024") that is a Thursday of that month is the day; none or two such, and it stays unknown.
 */
export function weekdayNamedInFull(r: Reading, all: Reading[], anchor: Anchor | null): Resolved | null {
  const m = r.mention;
  if (m.relative !== 'weekday' || m.weekday === null || !anchor?.month) return null;
  const monthStart = `${anchor.date.slice(0, 8)}01`;
  const fits = new Set(
    all
      .filter((x) => x.reports && !x.future && isFull(x.mention))
      .map((x) => iso(x.mention.year ?? 0, x.mention.month ?? 0, x.mention.day ?? 0))
      .filter((d) => d >= monthStart && d <= anchor.date && new Date(toUtc(d)).getUTCDay() === m.weekday),
  );
  const [only] = fits;
  if (!only || fits.size !== 1) return null;
  return { date: only, why: `'${m.phrase}', the day of that week the text dates in full in ${anchor.what}`, anchored: true };
}

/**
 * With no date to count from, "22일 오전 … 예방했다" takes its month and year from the one full date elsewhere in the
 * text that is that day ("… 만났다. 2019.08.22 |" under the photo of the same meeting); two such, and it stays unknown.
 */
export function statedInFull(m: DateMention, texts: string[], dates: DateReader): Resolved | null {
  // "held a meeting in Tehran on Monday" under a caption "… in Tehran on December 24, 2018": the one full date that is a Monday.
  const weekday = m.relative === 'weekday' && m.weekday !== null ? m.weekday : null;
  if ((m.relative && weekday === null) || (!m.relative && (m.day === null || m.year !== null))) return null;
  const same = new Set(
    texts
      // A list of other stories ("제목 | 2012.01.09 |") dates those stories, not this one.
      .flatMap((t, i) => (inStoryTable(texts, i) ? [] : dates.mentions(t).filter(isFull)))
      .filter((f) =>
        weekday !== null
          ? new Date(Date.UTC(f.year, f.month - 1, f.day)).getUTCDay() === weekday
          : f.day === m.day && (m.month === null || f.month === m.month),
      )
      .map((f) => iso(f.year, f.month, f.day)),
  );
  const [only] = same;
  if (!only || same.size !== 1) return null;
  return { date: only, why: `'${m.phrase}', the day the text gives in full as ${only}`, anchored: false };
}

/** How far apart, in days, a day without its year and a full date of the same month may stand and share a year. */
const SAME_STAY = 14;

/**
 * With no date to count from, "Sáng 21/3 … thăm chính thức Việt Nam từ ngày 20-21/3/2022", "· quarta, 23 de fevereiro de
 * 2011 · No passado dia 18 de fevereiro, … se reuniu": a day without its year takes the year of the lead's full dates of
 * the same month, a few days apart, given with it or above it. Full dates of two years, or none, and it stays unknown.
 */
export function yearOfSameMonth(r: Reading, all: Reading[]): Resolved | null {
  const m = r.mention;
  if (m.relative || m.year !== null || m.month === null || m.day === null) return null;
  const years = new Set(
    all
      .filter(
        (x) =>
          x !== r &&
          !x.late &&
          // Read as a reader reads: a year stated with the day or above it carries on to it, not one told further down.
          x.paragraph <= r.paragraph &&
          isFull(x.mention) &&
          x.mention.month === m.month &&
          Math.abs((x.mention.day ?? 0) - (m.day ?? 0)) <= SAME_STAY,
      )
      .map((x) => x.mention.year ?? 0),
  );
  const [year] = years;
  if (!year || years.size !== 1 || m.day > daysIn(year, m.month)) return null;
  return {
    date: iso(year, m.month, m.day),
    why: `'${m.phrase}', the year of the lead's full date of that month (${year})`,
    anchored: false,
  };
}
