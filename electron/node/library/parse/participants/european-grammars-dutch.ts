// The title grammars of Dutch (and Flemish) and Catalan: a title before the name ("minister van Buitenlandse
// Zaken Stef Blok", "burgemeester Femke Halsema", "koning Willem-Alexander", "el president de la Generalitat,
// Quim Torra"), in Dutch often after a capitalised adjective of nationality ("de Nederlandse minister",
// "zijn Chinese collega Qin Gang", "Belgisch premier Alexander De Croo"). Data only, as in european-grammars.ts.

import { compiledEarly } from '../compiled-early.ts';
import { DUTCH_MEETING } from '../dates/words-dutch.ts';
import type { Grammar } from './european-grammar.ts';

/** A Dutch paragraph, by its short words in small letters (not "Van" of "Nguyen Van Khanh") or its verb of meeting. */
const DUTCH_TEXT = compiledEarly(
  new RegExp(`(?<![\\p{L}])(?:het|een|van|zijn|heeft|hebben|werd|niet|ook|bij|naar|wordt)(?![\\p{L}])|${DUTCH_MEETING}`, 'u'),
);
/** A Catalan paragraph, by the short words Spanish does not write. */
const CATALAN_TEXT = compiledEarly(/(?<![\p{L}])(?:els|amb|dels|aquest|aquesta|també|seva|seu)(?![\p{L}])/iu);

export const DUTCH_CATALAN_GRAMMARS: Grammar[] = [
  {
    language: 'nl',
    heads: [
      'minister-president',
      'eerste minister',
      'vicepremier',
      'premier',
      // Compounds that end in the office: "Defensieminister", "oud-minister", "Commissievoorzitter", "bondskanselier".
      '\\p{L}+minister',
      'minister',
      'staatssecretaris',
      'secretaris-generaal',
      'ambassadeur',
      'ambassadrice',
      'consul-generaal',
      'gezant',
      // A member of a province's executive: "gedeputeerde Anna de Vries".
      'gedeputeerde',
      'ambtgenoot',
      'collega',
      'burgemeester',
      'wethouder',
      'gouverneur',
      'commissaris van de Koning',
      'vicepresident',
      'president',
      'bondskanselier',
      'bondspresident',
      'kanselier',
      '\\p{L}+voorzitter',
      'voorzitter',
      'koning',
      'koningin',
      'kroonprinses',
      'kroonprins',
      'prinses',
      'prins',
      'groothertog',
    ],
    after: [],
    of: ['van de', 'van het', 'van', 'voor'],
    capitalAdjective: true,
    gate: DUTCH_TEXT,
  },
  {
    language: 'ca',
    heads: [
      'primer(?:a)? ministr[ea]',
      'vicepresident(?:a)?',
      'president(?:a)?',
      'ministr[ea]',
      'conseller(?:a)?',
      'ambaixador(?:a)?',
      'cònsol',
      'alcalde(?:ssa)?',
      'rei',
      'reina',
    ],
    after: ['electe', 'electa', 'en funcions'],
    of: ['de la', "de l[’']", 'dels', 'del', 'de', "d[’']"],
    gate: CATALAN_TEXT,
  },
];
