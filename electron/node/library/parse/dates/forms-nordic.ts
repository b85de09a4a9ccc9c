// Danish and Norwegian write the day with a stop before the month's name: "mandag den 13. juni",
// "Den 2. november 2022", "15. desember 2017", "9. jun. 2023"; Swedish without it ("den 4 juli 2023",
// which chrono's Swedish locale reads too). forms.ts reads these with its own patterns.

import type { Ymd } from './ymd.ts';

type Pattern = { re: RegExp; build: (m: RegExpExecArray) => Ymd | null; gate?: RegExp };

/** Month names and their short forms, January first: Swedish, Danish, Norwegian. */
const NORDIC_MONTHS = [
  ['januari', 'januar', 'jan'],
  ['februari', 'februar', 'feb'],
  ['mars', 'marts', 'mar'],
  ['april', 'apr'],
  ['maj', 'mai'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augusti', 'august', 'aug'],
  ['september', 'sept', 'sep'],
  ['oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'desember', 'dec', 'des'],
];
const nordicMonth = (w: string): number => NORDIC_MONTHS.findIndex((names) => names.includes(w.toLowerCase())) + 1;
const MONTH = NORDIC_MONTHS.flat().join('|');

export const NORDIC_PATTERNS: Pattern[] = [
  // "13. juni", "2. november 2022", "9. jun. 2023": the day's stop is what Danish and Norwegian add; the
  // names are the ones no other language the rules read spells so ("marts", "desember", "maj", "juni").
  {
    re: new RegExp(`(?<![\\d.,])(\\d{1,2})\\.\\s+(${MONTH})\\.?(?:\\s+(\\d{4}))?(?![\\p{L}\\d])`, 'giu'),
    // Only in a Nordic sentence (a small word, or a letter German never writes: æ, ø, å), or a date line on its own:
    // German writes "31. August" too, and chrono's German reads it there.
    gate: /^[^\n]{0,40}$|[æøå]|(?<![\p{L}])(?:og|och|af|av|på|til|till|ikke|inte|blev|ble)(?![\p{L}])/iu,
    build: (m) => {
      const month = nordicMonth(m[2] ?? '');
      return month > 0 ? { year: m[3] ? Number(m[3]) : null, month, day: Number(m[1]) } : null;
    },
  },
];
