// What may stand between a European office and its holder's name (european.ts reads them): a level
// of government, the post an envoy holds, a body's name written out with its short form.

import { adjectiveCountry, countryAt } from '../../../../shared/countries.ts';

/** Levels of government written in lower case after "of": "gobernador del estado", "maire de la ville". */
export const SUBDIVISION =
  /^ ?(?:estado|provincia|departamento|municipio|ciudad|región|distrito|cantón|état|province|ville|région|département|commune|cidade|província|município|região|regione|città|comune)(?![\p{L}])/u;

/** "en Venezuela", "em Brasília", "au Gabon", "in Italia": the post, not part of the name. */
export const POSTED_IN = /^ (?:en|em|no|na|au|à|in) (?:\p{Lu}[\p{L}\p{M}-]+)(?: \p{Lu}[\p{L}\p{M}-]+)?(?=,)/u;

/** A body's name of capitalised words joined by "de", "del", "de la", "y", a last word after "y el" ("Iberoamérica y el Caribe"), maybe its short form in brackets, up to a comma. */
export const BODY_OF =
  /^ ?\p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*)*(?:(?: (?:de|del|de la|de los|de las|y|e|do|da|dos|das|di|della|des|du) \p{Lu}[\p{L}\p{M}’'.-]*(?: \p{Lu}[\p{L}\p{M}’'.-]*)*){1,3}(?: (?:y|e) (?:el|la|los|las|o|a|os|as) \p{Lu}[\p{L}\p{M}’'.-]*)?|(?: (?:y|e) (?:el|la|los|las|o|a|os|as) \p{Lu}[\p{L}\p{M}’'.-]*))(?: \([^()]{1,20}\))?(?=, )/u;

/**
 * The next capitalised word of a body's name or of the name after it, past "and" ("für Bau und Verkehr, A B") or a
 * name's particle ("beim Landtag Peter von Unruh").
 */
export const BODY_JOINED = /^ ?(?:(?:und|et|y|e|von|van|de|der|zu) )?([\p{Lu}][\p{L}\p{M}’'.-]*)/u;

/** After a level of government: maybe its country as an adjective, then "de" and its name ("provincia argentina de Santiago del Estero"). */
const LEVEL_OF = /^(?: (\p{Ll}{4,}))? (?:de|del|do|da|di)(?= \p{Lu})/u;
/** The level's name, up to the comma before its holder: "Buenos Aires", "Nuevo León". */
const LEVEL_WORDS = /^(?: \p{Lu}[\p{L}\p{M}’'.-]*){1,3}(?=, )/u;

/** Where the name of a level of government ends (at `at`, after "provincia", "estado"), and the country an adjective gave. */
export function levelName(text: string, at: number, language: string): { end: number; country: string | null } | null {
  const of = LEVEL_OF.exec(text.slice(at, at + 60));
  if (!of) return null;
  const country = of[1] ? adjectiveCountry(language, of[1]) : null;
  if (of[1] && !country) return null;
  const from = at + of[0].length;
  const name = BODY_OF.exec(text.slice(from, from + 120)) ?? LEVEL_WORDS.exec(text.slice(from, from + 60));
  return name ? { end: from + name[0].length, country } : null;
}

/**
 * A ministry's further remits, each with its own "of" and article, listed after its first portfolio by commas and
 * "and": "ministre des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger", "…, de
 * l'Intégration africaine et des Tchadiens de l'étranger", Italian "…, della Cooperazione", Spanish "…, de la Unión
 * Europea y de Cooperación". Each remit opens with a capital; a clause ("de passage à Paris") does not.
 */
const REMIT =
  /^(?:,| et| e| y| ed) (?:de la |de l['’]|des |du |de |della |dello |degli |delle |dell['’]|del |dei |de los |de las )(?=\p{Lu})([^,.;:()!?\n]{1,60}?)(?=, | (?:et|e|y|ed) )/u;

/**
 * Where the listed remits after a portfolio end (at `at`, the portfolio's end), and the country one of them names
 * ("…, du Mali, A B"); null when none is listed.
 */
export function remitsEnd(text: string, at: number): { end: number; country: string | null } | null {
  let end = at;
  let country: string | null = null;
  for (let i = 0; i < 4; i++) {
    const item = REMIT.exec(text.slice(end, end + 80));
    if (!item?.[1]) break;
    const from = end + item[0].length - item[1].length;
    end += item[0].length;
    const place = countryAt(text, from);
    if (place?.end === end) country ??= place.country;
  }
  return end > at ? { end, country } : null;
}
