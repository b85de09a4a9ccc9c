// Dutch words that date something against the record's own date: "vandaag", "gisteren", "vanochtend",
// "dinsdag", "woensdagochtend", "afgelopen vrijdag". relative.ts reads them with the other languages' words.

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Weekdays, Sunday first. */
export const DUTCH_DAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** Letters on neither side, as in relative.ts. */
const w = (body: string): RegExp => wordPattern(body);
const NL_DAY = DUTCH_DAYS.join('|');
/** Every Dutch weekday holds "dag". */
const NL_DAY_GATE = /dag/iu;

export const DUTCH_WORDS: Word[] = [
  // "vandaag", "vanochtend", "vanmorgen", "vanmiddag", "vanavond": today.
  {
    re: w('vandaag|vanochtend|vanmorgen|vanmiddag|vanavond'),
    kind: 'today',
    gate: /vandaag|vanochtend|vanmorgen|vanmiddag|vanavond/iu,
  },
  { re: w('gisteren|gisterochtend|gistermiddag|gisteravond'), kind: 'yesterday', gate: /gister/iu },
  { re: w('dezelfde\\s+dag|diezelfde\\s+dag'), kind: 'thatDay', gate: /zelfde/iu },
  // "afgelopen vrijdag", "vorige dinsdag": the weekday gone by.
  {
    re: w(`(?:afgelopen|vorige)\\s+(${NL_DAY})`),
    kind: 'lastWeekday',
    gate: NL_DAY_GATE,
    weekday: (m) => DUTCH_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  // "dinsdag", "op woensdag", "woensdagochtend", "donderdagavond"; not before a date ("woensdag 3 oktober",
  // "vrijdag 15 maart"), not "volgende/komende/aanstaande dinsdag" (ahead), nor "afgelopen dinsdag" (read above).
  {
    re: w(
      `(?<!(?:volgende|komende|aanstaande|afgelopen|vorige)\\s+)(?:op\\s+)?(${NL_DAY})(?:ochtend|morgen|middag|avond|nacht)?(?!\\s*,?\\s*\\d)`,
    ),
    kind: 'weekday',
    gate: NL_DAY_GATE,
    weekday: (m) => DUTCH_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
];
