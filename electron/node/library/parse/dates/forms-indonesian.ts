// Indonesian and Malay news date the day with its weekday and the day/month in figures: "Rabu (1/8)", "Rabu (1/8/2018)",
// "Senin pagi (11/05/2020)", Malay "Khamis (3/7/2022)". Small desks also write the weekday in lower case ("kamis
// (09/01/25)"), the year in two digits ("Kamis (2/10/25)"), or drop the bracket ("pada Selasa 10/12/2019").

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Weekdays, Sunday first; Malay "Ahad", "Isnin", "Khamis", "Jumaat" where they differ. */
const DAYS: string[][] = [
  ['minggu', 'ahad'],
  ['senin', 'isnin'],
  ['selasa'],
  ['rabu'],
  ['kamis', 'khamis'],
  ['jumat', "jum'at", 'jumaat'],
  ['sabtu'],
];
const dayOf = (name: string): number => DAYS.findIndex((names) => names.includes(name.toLowerCase()));
const NAMES = "Minggu|Ahad|Senin|Isnin|Selasa|Rabu|Kamis|Khamis|Jum'?at|Jumaat|Sabtu";

/**
 * A two-digit year ("25") is read as 20yy only when the weekday the text names falls on that day: the weekday confirms
 * the year, and a year it does not confirm (a misprint, a date of another century) is left unread.
 */
function century(yy: number, month: number, day: number, weekday: number): number | null {
  const t = Date.UTC(2000 + yy, month - 1, day);
  return new Date(t).getUTCDate() === day && new Date(t).getUTCDay() === weekday ? 2000 + yy : null;
}

export const INDONESIAN_PATTERNS: Pattern[] = [
  {
    // In brackets, the year optional; without them only with a four-digit year ("Selasa 10/12/2019", "Rabu, 30/10/2024"),
    // as a bare "Selasa 10/12" may be a score or a ratio. A bracket the desk left unclosed or unopened still counts.
    re: new RegExp(
      `(?<![\\p{L}])(${NAMES})(?:\\s+(?:pagi|siang|sore|malam))?(?:\\s*\\((\\d{1,2})\\/(\\d{1,2})(?:\\/(\\d{4}|\\d{2}))?\\)|,?\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})(?![\\d/])\\)?)`,
      'giu',
    ),
    gate: /minggu|ahad|senin|isnin|selasa|rabu|kamis|khamis|jum'?at|jumaat|sabtu/i,
    build: (m) => {
      const day = Number(m[2] ?? m[5]);
      const month = Number(m[3] ?? m[6]);
      const y = m[4] ?? m[7];
      if (!y) return { year: null, month, day };
      if (y.length === 4) return { year: Number(y), month, day };
      const year = month >= 1 && month <= 12 ? century(Number(y), month, day, dayOf(m[1] ?? '')) : null;
      return year === null ? null : { year, month, day };
    },
  },
];
