// Persian (Iran) and Dari (Afghanistan) records date themselves in the Solar Hijri calendar: "۲۹ آبان ۱۴۰۴",
// "۱۶ مرداد ۱۴۰۳", "۱۸ حوت ۱۴۰۳" (Dari month names), "۱۴۰۲/۰۱/۲۱", in Persian (۰-۹), Arabic-Indic (٠-٩) or
// Latin digits. The day is turned into the common calendar with Intl's "persian" calendar; a day with no
// year ("شنبه ۱۸ حوت") is left unread: its Gregorian day depends on the year, and a guess would invent one.
// forms.ts reads these with its own patterns.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Month names, Farvardin first: Iranian, then Afghan (Dari); either yeh and kaf (ی ي, ک ك) are written. */
const PERSIAN_MONTHS = [
  ['فروردین', 'حمل'],
  ['اردیبهشت', 'ثور'],
  ['خرداد', 'جوزا'],
  ['تیر', 'سرطان'],
  ['مرداد', 'اسد'],
  ['شهریور', 'سنبله'],
  ['مهر', 'میزان'],
  ['آبان', 'عقرب'],
  ['آذر', 'قوس'],
  ['دی', 'جدی'],
  ['بهمن', 'دلو'],
  ['اسفند', 'حوت'],
];
/** Arabic yeh and kaf to Persian ones, the way the month table spells them. */
const persianLetters = (w: string): string => w.replace(/ي/gu, 'ی').replace(/ك/gu, 'ک');
const persianMonth = (w: string): number => PERSIAN_MONTHS.findIndex((names) => names.includes(persianLetters(w))) + 1;
const MONTH = PERSIAN_MONTHS.flat()
  .map((n) => n.replace(/ی/gu, '[یي]').replace(/ک/gu, '[کك]'))
  .join('|');

/** Persian, Arabic-Indic or Latin digits as a number. */
export const persianNumber = (s: string): number =>
  Number(
    s.replace(/[۰-۹]/gu, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660)),
  );

const SOLAR = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
/** The Gregorian day of each Solar Hijri New Year (1 Farvardin) asked so far. */
const NOWRUZ = new Map<number, number>();

/** 1 Farvardin of a Solar Hijri year, as UTC milliseconds: 19 to 22 March of the year 621 later, whichever Intl calls 1/1. */
function nowruz(year: number): number | null {
  const known = NOWRUZ.get(year);
  if (known !== undefined) return known;
  for (let day = 19; day <= 22; day++) {
    const t = Date.UTC(year + 621, 2, day);
    const parts = SOLAR.formatToParts(new Date(t));
    const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value.replace(/\D/gu, ''));
    if (part('month') === 1 && part('day') === 1) {
      NOWRUZ.set(year, t);
      return t;
    }
  }
  return null;
}

/** A Solar Hijri day in the common calendar; null for a day the month does not have. */
export function solarHijriToGregorian(year: number, month: number, day: number): Ymd | null {
  if (year < 1279 || year > 1479 || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) return null;
  const start = nowruz(year);
  if (start === null) return null;
  const offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
  const next = nowruz(year + 1);
  const t = start + offset * 86_400_000;
  if (next !== null && t >= next) return null;
  const d = new Date(t);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const DIGIT = '[0-9۰-۹٠-٩]';

export const PERSIAN_PATTERNS: Pattern[] = [
  // "۲۹ آبان ۱۴۰۴", "۱۶ مرداد ماه ۱۴۰۳", "يکشنبه ۱۴ آذر ۱۴۰۰": day, month's name, Solar Hijri year.
  {
    re: new RegExp(`(?<![0-9۰-۹٠-٩])(${DIGIT}{1,2})\\s*(${MONTH})(?:\\s*ماه)?\\s*(?:سال\\s*)?(${DIGIT}{4})(?![0-9۰-۹٠-٩])`, 'gu'),
    gate: /[\u0600-\u06ff]/u,
    build: (m) => solarHijriToGregorian(persianNumber(m[3] ?? ''), persianMonth(m[2] ?? ''), persianNumber(m[1] ?? '')),
  },
  // "۱۴۰۲/۰۱/۲۱", "1403/12/04": a Solar Hijri year (13xx or 14xx) first, in a Persian text.
  {
    re: new RegExp(
      `(?<![0-9۰-۹٠-٩/])(1[34]${DIGIT}{2}|[۱١][۳۴٣٤]${DIGIT}{2})\\s*/\\s*(${DIGIT}{1,2})\\s*/\\s*(${DIGIT}{1,2})(?![0-9۰-۹٠-٩/])`,
      'gu',
    ),
    gate: /[پچژگیک]/u,
    build: (m) => solarHijriToGregorian(persianNumber(m[1] ?? ''), persianNumber(m[2] ?? ''), persianNumber(m[3] ?? '')),
  },
];
