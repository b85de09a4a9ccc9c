// Swedish, Danish and Norwegian words that date something against the record's own date: "i dag",
// "i går", "samma dag", "i måndags" (last Monday), "på onsdagen", "torsdag morgen", "fredagens møte".
// relative.ts reads them with the other languages' words.

import { type RelativeWord as Word, weekdayIn, wordPattern } from './relative-word.ts';

/** Weekdays, Sunday first: Swedish, then Danish and Norwegian (one spelling for both). */
export const NORDIC_DAYS = [
  ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
];
const nordicDay = (name: string): number => weekdayIn(NORDIC_DAYS, name);
const DAY = [...new Set(NORDIC_DAYS.flat())].join('|');
/** Every weekday pattern holds "dag" ("måndag", "torsdags", "fredagens"); most texts have none. */
const DAY_GATE = /dag/iu;
/** Letters on neither side, as in relative.ts. */
const w = (body: string): RegExp => wordPattern(body);

export const NORDIC_WORDS: Word[] = [
  // "i dag", "idag", "i morse" (this morning), "i eftermiddag", "i kväll", "i aften".
  {
    re: w(
      'i\\s+dag|idag|i\\s+morse|i\\s+morges|i\\s+formiddags?|i\\s+eftermiddags?|i\\s+ettermiddag|i\\s+kväll|i\\s+kveld|i\\s+aften',
    ),
    kind: 'today',
    gate: /(?<![\p{L}])i\s*(?:dag|morse|morges|formiddag|eftermiddag|ettermiddag|kväll|kveld|aften)/iu,
  },
  { re: w('i\\s+går|igår'), kind: 'yesterday', gate: /(?<![\p{L}])i\s*går/iu },
  { re: w('samma\\s+dag|samme\\s+dag|same\\s+dag'), kind: 'thatDay', gate: DAY_GATE },
  // "i måndags", "i torsdags", "i fredags": last Monday, Thursday, Friday (the weekday gone by).
  {
    re: w(`i\\s+(${DAY})s`),
    kind: 'lastWeekday',
    gate: DAY_GATE,
    weekday: (m) => nordicDay(m[1] ?? ''),
  },
  // "måndag", "på onsdagen", "torsdag morgen", "fredagens møte"; not before a date it names ("Torsdagen den 29
  // september", "mandag den 13. juni", "fredag 15.12.2017"), not "nästa måndag" / "neste mandag" (next week's).
  {
    re: w(
      `(?<!(?:nästa|neste|næste|kommande|kommende|förra|forrige|sidste|sist|i)\\s+)(?:på\\s+)?(${DAY})(?:en|ens|s)?(?!\\s*,?\\s*(?:den\\s+)?\\d)`,
    ),
    kind: 'weekday',
    gate: DAY_GATE,
    weekday: (m) => nordicDay(m[1] ?? ''),
  },
];
