// Catalan words that date something against the record's own date, beside relative.ts's European
// ones: "avui", "ahir", "aquesta tarda", "aquest dimecres", "dimecres passat"; and the parts of today in
// Spanish, Portuguese and French ("esta mañana", "nesta manhã", "ce matin"). (Italian's parts of the
// day, "stamane", "questo pomeriggio", are left out: on pages whose only date is the site's clock they dated the meeting by it.)

import { type RelativeWord as Word, wordPattern } from './relative-word.ts';

/** Catalan weekdays, Sunday first. */
export const CATALAN_DAYS = ['diumenge', 'dilluns', 'dimarts', 'dimecres', 'dijous', 'divendres', 'dissabte'];
const CA_DAY = CATALAN_DAYS.join('|');
/** Every Catalan weekday starts "di" and is no other language's word. */
const CA_DAY_GATE = /(?<![\p{L}])di(?:umenge|lluns|marts|mecres|jous|vendres|ssabte)/iu;
/** Letters on neither side, as in relative.ts. */
const w = (body: string): RegExp => wordPattern(body);

export const ROMANCE_WORDS: Word[] = [
  // Catalan: "avui", "aquest matí", "aquesta tarda", "aquest vespre", "ahir", "aquest dimecres", "dimecres passat".
  {
    re: w('avui|aquest\\s+matí|aquesta\\s+tarda|aquest\\s+migdia|aquest\\s+vespre|aquesta\\s+nit'),
    kind: 'today',
    gate: /avui|aquest/iu,
  },
  { re: w('ahir'), kind: 'yesterday', gate: /ahir/iu },
  // Valencian writes "este" for "aquest" ("este migdia"); Spanish, Portuguese and French "this morning", "this noon"
  // ("esta mañana", "nesta manhã", "ce matin"). Not the afternoon or the night: a site often dates an evening's report
  // the next day ("se reunió esta tarde" under "Jueves 14 … 00:00"), and "esta noche" is as often still to come.
  {
    re: w('n?est[ae]\\s+(?:matí|migdia|mañana|mediodía|manhã)|ce\\s+(?:matin|midi)'),
    kind: 'today',
    gate: /est[ae]\s|ce\s+m/iu,
  },
  {
    re: w(`(${CA_DAY})\\s+passat`),
    kind: 'lastWeekday',
    gate: CA_DAY_GATE,
    weekday: (m) => CATALAN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
  {
    re: w(`(?:aquest\\s+|el\\s+)?(${CA_DAY})(?!\\s+(?:passat|vinent|que\\s+ve))(?!\\s*,?\\s*\\d)`),
    kind: 'weekday',
    gate: CA_DAY_GATE,
    weekday: (m) => CATALAN_DAYS.indexOf((m[1] ?? '').toLowerCase()),
  },
];
