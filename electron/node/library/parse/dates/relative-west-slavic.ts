// Polish, Czech, Slovak, Croatian and Serbian words that date something against the record's own
// date: "dziś"/"dzisiaj", "wczoraj", "dnes", "včera", "danas", "jučer"/"juče", and the weekday after
// "w"/"we", "v"/"ve", "vo", "u": "we wtorek", "w środę", "v pondělí", "ve středu", "vo štvrtok",
// "u utorak". Not a weekday before its date ("W poniedziałek 19 września"), nor next week's
// ("w przyszły wtorek", "příští úterý", "budúci", "sljedeći", "idući"). relative.ts reads them with the others.

import { type RelativeWord as Word, weekdayIn, wordPattern } from './relative-word.ts';

/** Weekdays, Sunday first, each language's forms after its preposition (accusative, locative). */
export const WEST_SLAVIC_DAYS = [
  ['niedzielę', 'poniedziałek', 'wtorek', 'środę', 'czwartek', 'piątek', 'sobotę'],
  ['neděli', 'pondělí', 'úterý', 'středu', 'čtvrtek', 'pátek', 'sobotu'],
  ['nedeľu', 'pondelok', 'utorok', 'stredu', 'štvrtok', 'piatok', 'sobotu'],
  ['nedjelju', 'ponedjeljak', 'utorak', 'srijedu', 'četvrtak', 'petak', 'subotu'],
  ['nedelju', 'ponedeljak', 'utorak', 'sredu', 'četvrtak', 'petak', 'subotu'],
];
const dayOf = (name: string): number => weekdayIn(WEST_SLAVIC_DAYS, name);
const DAY = [...new Set(WEST_SLAVIC_DAYS.flat())].join('|');
/** Letters on neither side, as in relative.ts. */
const w = (body: string): RegExp => wordPattern(body);
/** Next week's day: "przyszły", "najbliższy", "příští", "budúci", "sljedeći", "sledeći", "idući". */
const NEXT = '(?:przyszł\\p{L}*|najbliższ\\p{L}*|příští|budúc\\p{L}*|sljedeć\\p{L}*|sledeć\\p{L}*|iduć\\p{L}*)\\s+';

export const WEST_SLAVIC_WORDS: Word[] = [
  { re: w('dzisiaj|dziś|dnes|danas'), kind: 'today', gate: /d(?:zi|ne|an)/iu },
  { re: w('wczoraj|včera|jučer|juče'), kind: 'yesterday', gate: /wczoraj|včera|juč/iu },
  // "we wtorek", "w środę", "v pondělí", "ve středu", "vo štvrtok", "u utorak": not before a date, not next week's.
  {
    re: w(`(?:we|w|ve|v|vo|u)\\s+(?!${NEXT})(${DAY})(?!\\s*,?\\s*\\d)`),
    kind: 'weekday',
    gate: new RegExp(`(?<![\\p{L}])(?:${DAY})`, 'iu'),
    weekday: (m) => dayOf(m[1] ?? ''),
  },
];
