// Vietnamese months told in words, as a site's date templates print them: "12 Tháng Năm, 2020",
// "Tháng Mười Hai 3, 2021" (the month's number said: Một, Hai, Ba, Tư…, Mười Hai). Only with a year
// after the day, and the month's word capitalised as a name: "trong 4 tháng năm 2020" is "in the first four months
// of 2020", "tháng năm" alone "months and years", and a bare "tháng Ba" may be lunar.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** The months' number words, January first; the two-word names first where they share a start. */
const MONTH_WORDS = ['một|giêng', 'hai', 'ba', 'tư|bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'mười một', 'mười hai|chạp'];
const MONTH_WORD = [...MONTH_WORDS]
  .flatMap((w) => w.split('|'))
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(' ', '\\s+'))
  .join('|');
const monthOf = (w: string): number =>
  MONTH_WORDS.findIndex((names) => names.split('|').includes(w.toLowerCase().replace(/\s+/g, ' '))) + 1;

/** A month's short form in site date templates: "20 Th1, 2020", "Th1 20, 2020", "3 Thg 12, 2021" (tháng 1, tháng 12). */
const SHORT_MONTH = String.raw`Thg?\s?(\d{1,2})`;

export const VIETNAMESE_PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      String.raw`(?<![\p{L}\d])(?:(\d{1,2})\s+${SHORT_MONTH}|${SHORT_MONTH}\s+(\d{1,2})),?\s+((?:19|20)\d{2})(?!\d)`,
      'gu',
    ),
    gate: /Thg?\s?\d/u,
    build: (m) => {
      const month = Number(m[2] ?? m[3]);
      const day = Number(m[1] ?? m[4]);
      return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { year: Number(m[5]), month, day } : null;
    },
  },
  {
    re: new RegExp(
      `(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+tháng\\s+(${MONTH_WORD})|tháng\\s+(${MONTH_WORD})\\s+(\\d{1,2}))\\s*,?\\s*((?:19|20)\\d{2})(?!\\d)`,
      'giu',
    ),
    gate: /tháng/iu,
    build: (m) => {
      const word = m[2] ?? m[3] ?? '';
      if (word[0] === word[0]?.toLowerCase()) return null;
      const month = monthOf(word);
      return month > 0 ? { year: Number(m[5]), month, day: Number(m[1] ?? m[4]) } : null;
    },
  },
];
