// "On Tuesday" in Greek, Romanian, Hungarian and Hebrew, as the other tables have it for their languages: Greek
// "την Τρίτη", "την περασμένη Τρίτη"; Romanian "marți", "luni seara"; Hungarian "kedden", "múlt
// kedden"; Hebrew "ביום שלישי", "ביום שלישי האחרון", "בשבת". Never before a date ("Τρίτη 5 Μαρτίου", "marți, 5 martie",
// "ביום שלישי, 5 במרץ": the date says the day), never "next" ("την επόμενη Τρίτη", "marțea viitoare", "jövő kedden",
// "ביום שלישי הבא").

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Sunday first. Greek in the accusative after its article, as "on Tuesday" writes it. */
const GREEK_DAYS = ['Κυριακή', 'Δευτέρα', 'Τρίτη', 'Τετάρτη', 'Πέμπτη', 'Παρασκευή', 'Σάββατο'];
const ROMANIAN_DAYS = ['duminică', 'luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă'];
/** Hungarian "on …day": the weekday with its "-n" ending ("vasárnap" takes none). */
const HUNGARIAN_DAYS = ['vasárnap', 'hétfőn', 'kedden', 'szerdán', 'csütörtökön', 'pénteken', 'szombaton'];
/** Hebrew "יום ראשון" … "יום שישי" (the first … sixth day), and the Sabbath. */
const HEBREW_DAYS = ['ראשון', 'שני', 'שלישי', 'רביעי', 'חמישי', 'שישי'];

/** A date after the weekday: a day's number, perhaps after a comma or a bracket. */
const NO_DATE = '(?!\\s*[,(]?\\s*\\d)';
/** Romanian writes ţ with a cedilla as often as ț with a comma below, and î for â in older spelling. */
const romanian = (name: string): string => name.replace('ț', '[țţ]').replace('â', '[âî]').replace('ă', '[ăa]');
const roDay = (name: string): number => ROMANIAN_DAYS.findIndex((d) => new RegExp(`^${romanian(d)}$`, 'iu').test(name));

export const WEEKDAY_MORE_WORDS: Word[] = [
  // Greek: the article makes it a weekday ("τρίτη" alone is "third"); "περασμένη"/"προηγούμενη" is last week's.
  {
    re: wordPattern(`(?:την|τη|το)\\s+(περασμένη\\s+|περασμένο\\s+|προηγούμενη\\s+)?(${GREEK_DAYS.join('|')})${NO_DATE}`, 'gu'),
    kind: 'weekday',
    gate: /Κυριακή|Δευτέρα|Τρίτη|Τετάρτη|Πέμπτη|Παρασκευή|Σάββατο/u,
    weekday: (m) => GREEK_DAYS.indexOf(m[2] ?? ''),
  },
  // Romanian: a bare weekday is "on …day"; "luni" is also "months", so it is read only before a part of the day
  // ("luni seara"), opening a clause ("Luni, premierul …") or after "ziua de" ("în ziua de luni"), not "trei luni".
  {
    re: wordPattern(
      `(${ROMANIAN_DAYS.filter((d) => d !== 'luni')
        .map(romanian)
        .join(
          '|',
        )}|luni(?=,|\\s+(?:dimineaț|dimineat|seara|după-amiaz|dupa-amiaz|noapte))|(?<=ziua\\s+de\\s+)luni)${NO_DATE}(?!\\s+(?:viitoare|următoare|urmatoare))`,
    ),
    kind: 'weekday',
    gate: /duminic|luni|mar[țţ]i|miercuri|joi|vineri|s[âî]mb[ăa]t/iu,
    // "luni," in lower case ends a clause on "months" ("de trei luni, la primărie"); a weekday there opens one ("Luni, …").
    weekday: (m) => (m[1] === 'luni' && m.input[m.index + m[0].length] === ',' ? -1 : roDay((m[1] ?? '').toLowerCase())),
  },
  // Hungarian: "kedden", "kedd délután" is read by the suffixed form only; "múlt" (last), not "jövő" (next).
  {
    re: wordPattern(`(?<!jövő\\s+)(${HUNGARIAN_DAYS.join('|')})${NO_DATE}`),
    kind: 'weekday',
    gate: /vasárnap|hétfőn|kedden|szerdán|csütörtökön|pénteken|szombaton/iu,
    weekday: (m) => HUNGARIAN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  // Hebrew: "ביום שלישי", "יום שלישי", "בשבת"; not "הבא" (next), not before a date.
  {
    re: new RegExp(
      `(?<![\\u05d0-\\u05ea])(?:[וש]?ב?יום\\s+(${HEBREW_DAYS.join('|')})|[וש]?ב(שבת))(?![\\u05d0-\\u05ea])${NO_DATE}(?!\\s+(?:הבא|הקרוב))`,
      'gu',
    ),
    kind: 'weekday',
    gate: /יום|שבת/u,
    weekday: (m) => (m[2] ? 6 : HEBREW_DAYS.indexOf(m[1] ?? '')),
  },
];
