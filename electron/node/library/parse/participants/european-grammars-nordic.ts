// The title grammars of Swedish, Danish and Norwegian (Bokmål and Nynorsk): a title before the name
// ("utrikesminister Tobias Billström", "statsminister Mette Frederiksen (S)", "ordfører Marianne
// Borgen"), often after the country in the genitive ("Vietnams utrikesminister", "Kinas
// utenriksminister Qin Gang", "USA:s president") or an adjective ("den amerikanske udenrigsminister,
// Mike Pompeo"). Compounds end in the office ("försvarsminister", "visestatsminister"); the
// definite form adds -en or -n ("utenriksministeren", "ambassadören"). Data only, as in european-grammars.ts.

import { compiledEarly } from '../compiled-early.ts';
import { NORDIC_MEETING } from '../dates/words-nordic.ts';
import type { Grammar } from './european-grammar.ts';

/** Any compound that ends in "minister": statsminister, utrikesminister, udenrigsminister, utanriksminister, næringsminister. */
const MINISTER = (definite: string): string => `\\p{L}*minister(?:${definite})?`;
/** A party's or a body's head by its initials: "SV-leder", "Sp-leder", "EU-president", "FN-ambassadör". */
const INITIALS = (heads: string): string => `\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}-(?:${heads})`;

/** A Nordic paragraph, by its short words (a caption has one too: "Ulf Kristersson och Volodomyr Zelenskyj") or its verb of meeting; not English, where "President" and "Minister" are titles read by its own rules. */
const NORDIC_TEXT = compiledEarly(
  new RegExp(
    `(?<![\\p{L}])(?:och|att|är|inte|på|og|ikke|ikkje|af|av|til|till|med|som|har|det|hadde|hade|havde|ble|blev|efter|etter)(?![\\p{L}])|${NORDIC_MEETING}`,
    'iu',
  ),
);

/** An Icelandic paragraph, by its letters "ð" and "þ" with its short words; anchored, so a long paragraph is scanned once, not once from every letter. */
const ICELANDIC_TEXT = compiledEarly(/^(?=.*[ðþÞ])(?=.*(?<![\p{L}])(?:og|með|hefur|var|við|sem)(?![\p{L}]))/isu);

export const NORDIC_GRAMMARS: Grammar[] = [
  {
    // Icelandic: the title, definite with "-nn" after an adjective ("kanadíski sendiherrann Anne-Tamara Lorre"), or bare.
    language: 'is',
    heads: [
      '\\p{L}*ráðherra(?:nn)?',
      'sendiherra(?:nn)?',
      'ræðismaður(?:inn)?',
      'forseti(?:nn)?',
      'bæjarstjóri(?:nn)?',
      'borgarstjóri(?:nn)?',
      'sveitarstjóri(?:nn)?',
      'rektor(?:inn)?',
    ],
    after: [],
    // The country follows in the genitive ("sendiherra Eistlands"): no preposition opens it.
    of: ['(?!)'],
    gate: ICELANDIC_TEXT,
  },
  {
    language: 'sv',
    heads: [
      INITIALS('president(?:en)?|ordförande(?:n)?|ambassadör(?:en)?|chef(?:en)?'),
      'kommunstyrelsens ordförande',
      'kommunfullmäktiges ordförande',
      MINISTER('n'),
      'vice ?president(?:en)?',
      'president(?:en)?',
      'ambassadör(?:en)?',
      'generalsekreterare(?:n)?',
      'statssekreterare(?:n)?',
      'kabinettssekreterare(?:n)?',
      'borgmästare(?:n)?',
      'landshövding(?:en)?',
      'ordförande(?:n)?',
      'talman(?:nen)?',
      // A university's heads, who receive the delegations of partner universities.
      'prorektor(?:n)?',
      'rektor(?:n)?',
      'kung(?:en)?',
      'drottning(?:en)?',
      'kronprinsessan?',
      'kollega',
    ],
    after: [],
    of: ['för'],
    genitive: true,
    gate: NORDIC_TEXT,
  },
  {
    language: 'da',
    heads: [
      INITIALS('præsident(?:en)?|formand(?:en)?|ambassadør(?:en)?|chef(?:en)?'),
      MINISTER('en'),
      'vicepræsident(?:en)?',
      'præsident(?:en)?',
      'ambassadør(?:en)?',
      'generalsekretær(?:en)?',
      'overborgmester(?:en)?',
      'borgmester(?:en)?',
      'formand(?:en)?',
      'prorektor(?:en)?',
      'rektor(?:en)?',
      'konge(?:n)?',
      'kong',
      'dronning(?:en)?',
      'kronprins(?:en|essen?)?',
      'kollega',
    ],
    after: [],
    of: ['for'],
    genitive: true,
    gate: NORDIC_TEXT,
  },
  {
    language: 'no',
    heads: [
      INITIALS('president(?:en)?|leder(?:en)?|leiar(?:en)?|ambassadør(?:en)?|sjef(?:en)?'),
      MINISTER('en'),
      'visepresident(?:en)?',
      'stortingspresident(?:en)?',
      'president(?:en)?',
      'ambassadør(?:en)?',
      'generalsekretær(?:en)?',
      'fylkesordfører(?:en)?',
      'ordfører(?:en)?',
      'byrådsleder(?:en)?',
      'prorektor(?:en)?',
      'rektor(?:en)?',
      'konge(?:n)?',
      'kong(?:en)?',
      'dronning(?:en)?',
      'kronprins(?:en|essen?)?',
      'kollega',
    ],
    after: [],
    of: ['for'],
    genitive: true,
    gate: NORDIC_TEXT,
  },
];
