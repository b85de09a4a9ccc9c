// German, Spanish, Italian, French, Portuguese, Russian and Ukrainian words for days: relative.ts's table, kept apart.

import { type RelativeWord as Word, weekdayIn, wordPattern } from './relative-word.ts';

/** Weekday names (Sunday first) in German, Spanish, Italian, French, Portuguese, Russian and Ukrainian (accusative, as after "в"). */
export const EU_DAYS: string[][] = [
  ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  ['воскресенье', 'понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу'],
  ['неділю', 'понеділок', 'вівторок', 'середу', 'четвер', "п'ятницю", 'суботу'],
];
const euDay = (w: string): number => weekdayIn(EU_DAYS, w.replace(/’/g, "'"));
const EU_DAY_NAMES = [...new Set(EU_DAYS.flat())].map((d) => d.replace("'", "['’]")).join('|');
/** Letters on neither side: \b does not see accented or Cyrillic letters. */
const w = wordPattern;
/** A weekday's name in any of these languages (every weekday pattern below holds one). */
const EU_DAY_GATE = new RegExp(EU_DAY_NAMES, 'iu');

/**
 * German, Spanish, Italian, French, Portuguese, Russian, Ukrainian. French "hier" (yesterday) is
 * German "hier" (here): it is read only with a French word beside it ("hier soir", "a … hier",
 * "s'est entretenu hier").
 */
export const EUROPEAN: Word[] = [
  { re: w("heute|hoy|oggi|aujourd['’]hui|hoje|сегодня|сьогодні"), kind: 'today' },
  {
    re: w(
      "gestern|ayer|ieri|ontem|вчера|вчора|(?<=(?:[\\s'’](?:a|ont|est|sont|avait|avaient|était|étaient)\\s(?:[\\p{L}'’-]+\\s){0,4}))hier|hier(?=\\s+(?:soir|matin|après-midi)(?![\\p{L}]))",
    ),
    kind: 'yesterday',
    gate: /gestern|ayer|ieri|ontem|вчера|вчора|hier/iu,
  },
  {
    re: w(
      'am\\s+selben\\s+Tag|am\\s+gleichen\\s+Tag|el\\s+mismo\\s+día|ese\\s+mismo\\s+día|este\\s+(?:mismo\\s+)?día|lo\\s+stesso\\s+giorno|le\\s+même\\s+jour|no\\s+mesmo\\s+dia|в\\s+тот\\s+же\\s+день|того\\s+же\\s+дня|того\\s+ж\\s+дня',
    ),
    kind: 'thatDay',
    gate: /tag|día|dia|giorno|jour|день|дня/iu,
  },
  {
    re: w(
      `(?:(?:vergangenen|letzten)\\s+|(?:el\\s+)?pasado\\s+|в\\s+прошл\\p{L}+\\s+|у\\s+минул\\p{L}+\\s+)(${EU_DAY_NAMES})|(${EU_DAY_NAMES})\\s+(?:scorso|scorsa|dernier|passad[oa])`,
    ),
    kind: 'lastWeekday',
    weekday: (m) => euDay(m[1] ?? m[2] ?? ''),
    gate: EU_DAY_GATE,
  },
  // Spanish and Portuguese part of a day: "en la tarde del jueves", "la mañana del lunes", "na manhã de segunda-feira".
  {
    re: w(`(?:mañana|tarde|noche|madrugada|manhã|noite)\\s+(?:del|de|da)\\s+(${EU_DAY_NAMES})(?!\\s*,?\\s*(?:el\\s+)?\\d)`),
    kind: 'weekday',
    gate: EU_DAY_GATE,
    weekday: (m) => euDay(m[1] ?? ''),
  },
  // "am Montag", "el lunes", "lunedì", "lundi", "na segunda-feira", "в понедельник"; not "di domenica, ora italiana"
  // (a clock in another time zone), not before a date ("Montag, 5. Mai"), not "next Monday" (read as future).
  {
    re: w(
      `(?:am\\s+|el\\s+|este\\s+|na\\s+|no\\s+|в\\s+|во\\s+|у\\s+)?(?<!(?:di|del|della|nella|de|du)\\s+)(${EU_DAY_NAMES})(?!\\s*,?\\s*(?:den\\s+|le\\s+|el\\s+|\\()?\\d|\\s+(?:prochain|prossim\\p{L}*|próxim\\p{L}*|que\\s+vient))`,
    ),
    kind: 'weekday',
    gate: EU_DAY_GATE,
    weekday: (m) => {
      const name = m[1] ?? '';
      const bare = m[0].trim() === name;
      // Romance languages write weekdays in lower case: a bare "Domingo" is a name; Russian "среду" alone is "environment".
      if (bare && /^\p{Lu}/u.test(name) && !(EU_DAYS[0] ?? []).includes(name.toLowerCase())) return -1;
      if (bare && /\p{Script=Cyrillic}/u.test(name)) return -1;
      return euDay(name);
    },
  },
];
