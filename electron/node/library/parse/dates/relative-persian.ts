// Persian (and Dari) words that date something against the record's own date: "امروز" (today, "صبح امروز" this
// morning), "دیروز" (yesterday), "همان روز" (that same day), and a weekday ("روز دوشنبه", "دوشنبه"), not
// before the date it names ("دوشنبه ۱۵ اردیبهشت") nor next week's ("دوشنبه آینده"). Persian writes a weekday's
// parts with a zero-width non-joiner, a space or nothing ("سه‌شنبه", "سه شنبه", "سهشنبه"). relative.ts reads them;
// readings.ts asks the two sentence tests at the end (a welcome on arrival, a telling after the day).

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Optional joint inside a Persian word, as in words-persian.ts. */
const J = String.raw`[\u200c\s]?`;
/** Letters on neither side (the zero-width non-joiner is no letter, and joins nothing here). */
const w = (body: string): RegExp => wordPattern(body, 'gu', '\\p{L}\\u200c');

/** "امام جمعه" is the Friday prayer leader, an office, and no day.
 * Weekday stems, Sunday first: "یک" (one), "دو", "سه", "چهار", "پنج" before "شنبه"; Friday "جمعه"; Saturday "شنبه" alone. */
const STEMS = ['یک', 'دو', 'سه', 'چهار', 'پنج'];
const dayOf = (stem: string | undefined, friday: string | undefined): number => {
  if (friday) return 5;
  if (!stem) return 6;
  return STEMS.indexOf(stem);
};

export const PERSIAN_WORDS: Word[] = [
  { re: w('امروز'), kind: 'today', gate: /امروز/ },
  { re: w('دیروز'), kind: 'yesterday', gate: /دیروز/ },
  { re: w(`همان${J}روز`), kind: 'thatDay', gate: /همان/ },
  {
    // "شنبه" alone is Saturday only with "روز" before it: elsewhere it may end a weekday written with a space.
    re: w(
      `(?:روز\\s+)?(?:(یک|دو|سه|چهار|پنج)${J}شنبه|(?<!(?:امام|نماز|ائمه|خطیب)\\s+)(جمعه))(?!\\s*(?:[\\d۰-۹]|آینده|آتی|بعد))|روز\\s+شنبه(?!\\s*(?:[\\d۰-۹]|آینده|آتی|بعد))`,
    ),
    kind: 'weekday',
    gate: /شنبه|جمعه/,
    weekday: (m) => dayOf(m[1], m[2]),
  },
];

/**
 * "… صبح امروز وارد کابل شد و مورد استقبال … قرار گرفت": arrived and was welcomed (by officials at the airport). The
 * welcome on arrival is no talks, as English "arrived and was welcomed" is none: its day is the arrival's.
 */
export const WELCOMED_ON_ARRIVAL = new RegExp(
  String.raw`(?<![\p{L}])وارد\s+(?:[^\s.!؟]+\s+){0,3}?(?:شد|شدند)\s+و\s+(?:[^.!؟]*?\s)?مورد${J}استقبال`,
  'u',
);

/**
 * A reporting verb after the day, in its clause ("سخنگوی … امروز با اشاره به این سفر گفت که …", "… دیروز اعلام کرد"): the
 * day is the telling's, as in "the spokesman said today that …". Not "گفت‌وگو" (talks).
 */
export const PERSIAN_SAID_AFTER =
  /^[^.!؟:،]{0,60}?(?<![\p{L}\u200c])(?:گفت(?![\p{L}\u200c]|\s*و\s*گو)|(?:اعلام|اظهار|تصریح|تاکید|تأکید)[\u200c\s]?(?:کرد|کردند|داشت|نمود)|افزود|خبر[\u200c\s]?داد)(?![\p{L}\u200c])/u;
