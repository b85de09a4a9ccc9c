// A date as a record gives it: what each reading rule finds, and the one check every reading passes.

export type DateMention = {
  index: number;
  /** The words as the text has them, with "on the morning of" when present. */
  phrase: string;
  year: number | null;
  month: number | null;
  day: number | null;
  /** Dates that only make sense relative to another date (the publication date, or one stated before). */
  relative: 'today' | 'yesterday' | 'twoDaysAgo' | 'weekday' | 'lastWeekday' | 'thatDay' | null;
  weekday: number | null;
  /** Introduced by "on", the way records state when a meeting took place. */
  hasOn: boolean;
  /** "지난달 28일", "先月28日": a day of the month before the anchor's. */
  lastMonth?: boolean;
  /** The weekday the text names beside a bare day ("el martes 10", "terça-feira (23)"), Sunday 0: the day must be one. */
  dayOfWeek?: number;
  /** The first day of a span of days ("11. und 12. Juni", "April 26 - May 1"): an event's, never a page's own date. */
  span?: boolean;
  /** "09/03/2025 10:09 PM": read month first only for the AM/PM clock after it, both numbers twelve or less. */
  clockOrder?: boolean;
};

export type Ymd = Pick<DateMention, 'year' | 'month' | 'day' | 'lastMonth' | 'dayOfWeek' | 'span' | 'clockOrder'>;

export const daysIn = (year: number | null, month: number): number => new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();

/** Records of diplomacy are dated within these years; "0030" is a misread era year, not a date. */
export const valid = (d: Ymd): boolean =>
  d.day !== null &&
  (d.year === null || (d.year >= 1900 && d.year <= 2100)) &&
  (d.month === null || (d.month >= 1 && d.month <= 12)) &&
  d.day >= 1 &&
  d.day <= (d.month === null ? 31 : daysIn(d.year, d.month));
