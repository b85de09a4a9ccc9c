// A weekday's name on its own, in the languages the date rules read: "Senin", "Freitag", "Martes",
// "Thứ Hai", "Monday", "Mon.". Not a publisher, a place or a person, wherever a rule finds one standing alone.

import { EU_DAYS, FI_DAYS, ID_DAYS, VI_DAYS } from './relative.ts';
import { NORDIC_DAYS } from './relative-nordic.ts';
import { CATALAN_DAYS } from './relative-romance.ts';
import { WEST_SLAVIC_DAYS } from './relative-west-slavic.ts';

const OTHER_DAYS = [
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  ['sun', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat'],
  // Malay where it differs from Indonesian; Turkish, Dutch, Swedish.
  ['ahad', 'isnin', 'khamis', 'jumaat', 'jumat'],
  ['pazar', 'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi'],
  ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'],
  // Portuguese names said short ("Segunda", "Sexta").
  ['segunda', 'terça', 'quarta', 'quinta', 'sexta'],
];

const NAMES = new Set(
  [...EU_DAYS, FI_DAYS, ID_DAYS, VI_DAYS, ...NORDIC_DAYS, CATALAN_DAYS, ...WEST_SLAVIC_DAYS, ...OTHER_DAYS]
    .flat()
    .map((d) => d.replace(/’/g, "'")),
);

/** The text is nothing but a weekday's name (a dot or a comma after it allowed). */
export function isWeekdayName(text: string): boolean {
  return NAMES.has(text.trim().replace(/[.,]$/, '').toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
}
