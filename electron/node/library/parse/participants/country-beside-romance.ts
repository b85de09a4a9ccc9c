// Spanish, French, Portuguese and Italian give an office its country with "de": "Eva Novak,
// ambassadrice de Tchéquie", "el embajador de México en Argentina, Francisco …", "ministro de
// Relaciones Exteriores de Chile". The country is the first one a "de" names inside the office's
// own words; where the office is posted ("en Argentina", "au Liban") is not whose it is.

import { countryAt } from '../../../../shared/countries.ts';

const OFFICE =
  "(?:embajador(?:a)?|embaixador(?:a)?|ambassadeur|ambassadrice|ambasciatore|ambasciatrice|c[oó]nsul(?:e|a)?|canciller|chanceler|ministr[oae]|ministro|pr[eé]sident[ea]?|presidente|primer(?:o|a)? ministr[oa]|premier ministre|primeiro-ministro|rey|roi|reina|reine|encargad[oa] de negocios|charg[ée]e? d[’']affaires|vice-?pr[eé]sident[ea]?|vicepresidente)";
const ARTICLE = "(?:(?:el|la|le|l[’']|o|a|il|lo|S\\.E\\.|M\\.|Mme|Sr\\.|Sra\\.) ?)?";
const NEW = '(?:(?:nuev[oa]|nouvel(?:le)?|nouveau|nov[oa]|nuov[oa]) )?';

/** ", ambassadrice de …" right after the name: the office, up to where its description ends. */
const AFTER = new RegExp(`^,? ${ARTICLE}${NEW}${OFFICE}(?![\\p{L}])([^,;.()\\n]{0,90})`, 'iu');

/** "l'ambassadeur de Grande-Bretagne, M. " right before the name. */
const BEFORE = new RegExp(
  `(?<![\\p{L}])${OFFICE}(?![\\p{L}])([^,;.()\\n]{0,90}?),? (?:(?:M\\.|Mme|Sr\\.|Sra\\.|Excmo\\.|S\\.E\\.M?\\.?|SEM\\.?|Son Excellence|Su Excelencia|Sua Eccellenza|Monsieur|Madame|Señora?|Senhora?|Dr\\.?|Dott\\.|Sig\\.(?:ra)?) )*$`,
  'iu',
);

/** "de", "del", "du", "da", "della"… then, if any, the state's long form ("la República de"). */
const OF = /(?:^|\s)(?:de|del|du|da|do|della|dello|dell[’']|d[’']|di)(?:\s+(?:la|el|l[’']|les|los|o|a))?\s*/giu;
const STATE =
  /^(?:(?:Rep[uú]blica|R[ée]publique|Repubblica|Reino|Royaume|Regno|Estado|[ÉE]tat|Stato|Sultanato|Sultanat|F[ée]d[ée]ration|Federaci[oó]n|Federa[cç][aã]o|Federazione)(?: (?:\p{L}+|et|y|e)){0,4}? (?:de(?:l)?|du|della|dello|di|d[’'])\s*(?:la |l[’'])?)?/u;
/** A ministry's portfolio between the office and its country: "ministro de Relaciones Exteriores de Chile". */
const PORTFOLIO =
  /^(?:Relaciones|Relações|Asuntos|Assuntos|Affaires|Affari|Neg[oó]cios|Exteriores|Estado|[ÉE]tat|Stato|Econom|Comercio|Com[eé]rcio|Commerce|D[ée]fen[sc]|Defesa|Difesa|Int[ée]rior|Interno|Hacienda|Finan)/u;
/** What may follow the country before the name: where the office is posted, nothing else. */
const ENDS_OFFICE = /^\s*(?:(?:en|à|au|aux|in|em|no|na|ante|a) (?:\p{Lu}[\p{L}-]+)(?: \p{Lu}[\p{L}-]+)?)?\s*$/u;
/** Where an office is posted: "en Argentina", "au Liban", "in Italia", "junto a", "ante". */
const POSTED = /\s(?:en|à|au|aux|in|em|no|na|nel|nella|ante|junto)\s*$/iu;

/** The first country a "de" names inside an office's own words, and where its name ends. */
function countryOfOffice(words: string): { country: string; end: number } | null {
  for (const m of words.matchAll(OF)) {
    if (POSTED.test(words.slice(0, m.index))) return null;
    let at = m.index + m[0].length;
    at += STATE.exec(words.slice(at))?.[0].length ?? 0;
    const found = countryAt(words, at);
    if (found) return found;
    // "ambassadeur de l'Ordre souverain de Malte": a body's name, not the office's country.
    if (/^\p{Lu}/u.test(words.slice(at)) && !PORTFOLIO.test(words.slice(at))) return null;
  }
  return null;
}

/** The country an office written in a Romance language beside the name gives, or null. */
export function romanceCountryBeside(text: string, start: number, end: number): string | null {
  const after = AFTER.exec(text.slice(end, end + 160));
  const ofAfter = after ? countryOfOffice(after[1] ?? '') : null;
  if (ofAfter) return ofAfter.country;
  const before = BEFORE.exec(text.slice(Math.max(0, start - 160), start));
  const words = before?.[1] ?? '';
  const ofBefore = before ? countryOfOffice(words) : null;
  // Before the name the office must end on its country (or its posting): "président de la République
  // de Guinée-Bissau à son frère … Mohamed …" gives the first man's office, not the second's.
  return ofBefore && ENDS_OFFICE.test(words.slice(ofBefore.end)) ? ofBefore.country : null;
}
