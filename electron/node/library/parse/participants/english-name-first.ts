// The patterns of English-style mentions that name the person before the office ("Wang Yi, Chinese Foreign
// Minister,"), and the pieces every English office pattern shares (whose the office is, a state's long form,
// a body's initials). Apart from the reading in english.ts, which runs them; country-beside.ts shares the pieces.

import { COUNTRY_SOURCE, NATIONALITY_SOURCE } from '../../../../shared/countries.ts';
import { ROLE_SOURCE } from '../roles.ts';
import { REGION_SOURCE } from './regions.ts';

/** "Korea's", "the ROK's": one of the three ways WHOSE says whose the office is (REVERSED runs them apart). */
const WHOSE_POSSESSIVE = `(?:the )?(?:${COUNTRY_SOURCE})['’]s`;
/** "Korea Foreign Minister": a country's name before a title. */
const WHOSE_COUNTRY_BEFORE = `(?:${COUNTRY_SOURCE})(?= (?:Foreign|Prime|Deputy|Vice|Defence|Defense|Trade|Finance|President|Minister|Ambassador|Secretary|Chancellor|Premier))`;
/** "Korean", "Korea's", "the ROK's": whose office the title is. */
export const WHOSE = `(?:${WHOSE_POSSESSIVE}|${NATIONALITY_SOURCE}|${WHOSE_COUNTRY_BEFORE})`;

/** A state's long form before its name: "the Federal Democratic Republic of Ethiopia", "Republic of Mozambique". */
export const STATE_OF =
  "(?:(?:[\\p{Lu}][\\p{Ll}’'-]+ ){0,4}(?:Republic|Kingdom|State|Federation|Sultanate|Emirate|Principality|Grand Duchy) of (?:the )?)?";

/** A body's initials in brackets after the office it names: "President of the Council of Europe (CoE)". */
export const INITIALS = ' \\((?=[^)]*\\p{Lu}[^)]*\\p{Lu})\\p{Lu}[\\p{L}.&]{1,9}\\)';

/** REVERSED's name and the comma after it: its one way to match at a place (no comma or space in a name). */
const REVERSED_NAME = "(?<![\\p{L}])((?:[\\p{Lu}][\\p{L}’'.-]+ (?:(?:bin|bint|ibn|al|el) )?){1,4}[\\p{Lu}][\\p{L}’'-]+), ";
const REVERSED_OFFICE = `(${ROLE_SOURCE})(?:[- ][Dd]esignate)?(?: of (?:the )?${STATE_OF}(${COUNTRY_SOURCE}|${REGION_SOURCE}))?(?:${INITIALS})?(?=[,.;]| and | who | said | for | to the | (?:yesterday|today|on|in|at|arrived|met|held|received|paid|called|visited|welcomed|hosted)\\b)`;
/**
 * "Wang Yi, Chinese Foreign Minister,": a name, a comma, whose the office is, the office. The whole
 * (`NAME, (?:the )?(?:(WHOSE) )?OFFICE`, 22 KB) as four parts tried in its order at each place
 * (execAllInTurn): with "the " and then without, each first with a possessive WHOSE, then with
 * the rest of WHOSE or none. Groups: name, whose, office, country.
 */
export const REVERSED_PARTS = [
  `the (${WHOSE_POSSESSIVE}) `,
  `the (?:((?:${NATIONALITY_SOURCE})|${WHOSE_COUNTRY_BEFORE}) )?`,
  `(${WHOSE_POSSESSIVE}) `,
  `(?:((?:${NATIONALITY_SOURCE})|${WHOSE_COUNTRY_BEFORE}) )?`,
].map((whose) => new RegExp(`${REVERSED_NAME}${whose}${REVERSED_OFFICE}`, 'gu'));
/**
 * "Daniel Kritenbrink, assistant secretary of state for East Asian and Pacific affairs, held …":
 * the title after the name in lower case, with its remit, closed by a comma, or by the meeting verb
 * when the comma is left out ("A B, Secretary of the City Committee met with …"); the remit stops before
 * the next envoy, which closes it too ("A B, Ambassador of Hungary and HE Mr C D, …", "Mr. A B, First Secretary of the
 * Chinese Embassy in the United States and Mr. C D"). The name is checked case-sensitively after.
 */
export const REVERSED_LOWER = new RegExp(
  `(?<![\\p{L}])((?:\\p{L}[\\p{L}’'-]+ ){1,3}\\p{L}[\\p{L}’'-]+), (?:the )?(?:(${WHOSE}) )?(${ROLE_SOURCE})(?: of (?:the )?(${COUNTRY_SOURCE}))?(?: (?:for|of) (?:(?! and (?:HE|H\\.E\\.?|Mr|Mrs|Ms|Dr|Prof|Hon)\\.? )[^,;.()\\n]){3,80}?)?(?=, | (?:met|held|received|paid|called on|visited|welcomed|hosted) | and (?:HE|H\\.E\\.?|Mr|Mrs|Ms|Dr|Prof|Hon)\\.? )`,
  'giu',
);
/**
 * "Wang Yi, member of the Political Bureau … and Chinese foreign minister, held talks": a name,
 * a long description, and a title last, in any case. The name is checked case-sensitively after.
 */
export const REVERSED_LONG = new RegExp(
  `(?<![\\p{L}])((?:\\p{L}[\\p{L}’'-]+ ){1,3}\\p{L}[\\p{L}’'-]+), [^,;.()\\n]{5,160}? and (?:the )?(?:(${WHOSE}) )?(${ROLE_SOURCE})(?: of (?:the )?(${COUNTRY_SOURCE}))?(?=,)`,
  'giu',
);
/**
 * What every match of REVERSED and REVERSED_LONG ends with (", the Chinese foreign minister" and
 * " and Chinese foreign minister,"), the same patterns and flags: found fast, as they start with a
 * literal. A text without it has no match, so the costly name-first patterns are not run on it.
 * Keep each one's ending the same as its pattern's (REVERSED_LOWER's: the comma and the title).
 */
export const REVERSED_TAIL = new RegExp(
  `, (?:the )?(?:(?:${WHOSE}) )?(?:${ROLE_SOURCE})(?: of (?:the )?(?:${COUNTRY_SOURCE}))?(?:${INITIALS})?(?=[,.;]| and | who | said | for | to the | (?:yesterday|today|on|in|at|arrived|met|held|received|paid|called|visited|welcomed|hosted)\\b)`,
  'u',
);
export const REVERSED_LOWER_TAIL = new RegExp(`, (?:the )?(?:(?:${WHOSE}) )?(?:${ROLE_SOURCE})`, 'iu');
export const REVERSED_LONG_TAIL = new RegExp(
  ` and (?:the )?(?:(?:${WHOSE}) )?(?:${ROLE_SOURCE})(?: of (?:the )?(?:${COUNTRY_SOURCE}))?(?=,)`,
  'iu',
);
/**
 * A name of four words at most, the particles that join them not counted: "Faisal bin Farhan Al Saud", and the
 * capitalised particles of Romance and Germanic names, "Alberto De La Calle Garcia", "Joost Van Der Berg".
 */
export const CAPITALISED_NAME =
  /^(?:[\p{Lu}][\p{L}’'-]+ (?:(?:bin|bint|ibn|al|el|(?:De|Del|Da|Dos|Das|Di|Van|Von)(?: La| Los| Der| Den)?) )?){1,3}[\p{Lu}][\p{L}’'-]+$/u;
