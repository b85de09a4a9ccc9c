// A day and a month in numbers with no year, in the languages that write the day first with a dot or a
// slash: German "am 13.10.", "am Freitag (13.10.)", Spanish "el viernes (13/10)", French "vendredi (13/10)",
// Italian "venerdì (13/10)". Bare, "13.10" may be a clock ("um 13.10 Uhr") or a score: only the closing
// dot of German's ordinal day ("13.10.") or a weekday with the date in brackets makes it a date. Its year
// comes from the record's date, as for any partial date. forms-world.ts reads them with its own patterns.

import { EU_DAYS } from './relative.ts';
import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Weekday names in German, Spanish, Italian, French and Portuguese (the nominative lists of EU_DAYS). */
const WEEKDAY = [...new Set(EU_DAYS.slice(0, 5).flat())].join('|');

const dayMonth = (day: string | undefined, month: string | undefined): Ymd => ({
  year: null,
  month: Number(month),
  day: Number(day),
});

export const DAY_MONTH_PATTERNS: Pattern[] = [
  // "am Freitag (13.10.)", "el viernes (13/10)", "vendredi (13/10)": the weekday's day restated in brackets.
  {
    re: new RegExp(`(?<=(?<![\\p{L}])(?:${WEEKDAY}),?\\s*)\\((\\d{1,2})(?:\\.(\\d{1,2})\\.?|/(\\d{1,2}))\\)`, 'giu'),
    build: (m) => dayMonth(m[1], m[2] ?? m[3]),
    gate: /\(\d{1,2}[./]\d{1,2}\.?\)/,
  },
  // German: "am 13.10.", "vom 13.10. bis …", "Am Freitag, 13.10., …": the day's ordinal dot, then the month's.
  {
    re: /(?<=(?<![\p{L}])(?:[Aa]m|[Vv]om|[Zz]um|[Bb]is|[Ss]eit|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag),)\s+)(\d{1,2})\.(\d{1,2})\.(?!\d)/gu,
    build: (m) => dayMonth(m[1], m[2]),
    gate: /\d\.\d{1,2}\.(?!\d)/,
  },
];
