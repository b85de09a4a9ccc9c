// Where a European office's words end and its holder's name begins with no comma between them
// (european.ts reads with these): a courtesy word ("Madame", "Dott."), a body written in lower
// case ("della provincia", "dei carabinieri"), or the country an envoy is posted to ("in Italia").

import { countryAt } from '../../../../shared/countries.ts';
import { isName, nameAfterComma } from './european-names.ts';
import { COURTESY, type ReadName, readName } from './names.ts';

const words = (name: ReadName): number => name.name.split(' ').length;

/**
 * A courtesy word after up to three capitalised words ends the office and opens its holder's name: "la Présidente du
 * Conseil Départemental Madame A B", "il Presidente della Provincia Dott. A B".
 */
export function courtesyAhead(text: string, pos: number): { at: number; name: ReadName } | null {
  let at = pos;
  for (let step = 0; step < 3; step++) {
    const word = /^ \p{Lu}[\p{L}\p{M}’'-]*(?![\p{L}.])/u.exec(text.slice(at, at + 40));
    if (!word) return null;
    at += word[0].length;
    if (!COURTESY.test(text.slice(at, at + 40))) continue;
    const name = readName(text, at);
    return name && words(name) >= 2 && isName(name) ? { at, name } : null;
  }
  return null;
}

/** Joining words inside a body's lowercase name: "guardia di finanza", "policía de tránsito". */
const JOIN = '(?:di|de|do|da|du|des|del|della|dei|degli|delle|dello|dos|das|la|el|le)';
/**
 * A noun, maybe its adjective or its own "of" and noun, in lower case, then a capital or the comma before one:
 * "provincia ", "consiglio comunale ", "investigación y postgrados, ".
 */
const LOWER_BODY = new RegExp(
  `^\\p{Ll}{4,}(?: (?:\\p{Ll}{4,}|(?:${JOIN}|y|e|et|ed) \\p{Ll}{4,})){0,2}(?: (?=\\p{Lu})|(?=, \\p{Lu}))`,
  'u',
);
/** A verb's present or past after the office's noun: the sentence's verb, not a body's word ("esteri incontra A B"). */
const VERB =
  /(?:^| )(?:incontra|riceve|accoglie|saluta|visita|recibe|saluda|reçoit|rencontre|accueille|salue|visite|recebe|encontra|cumprimenta|firma|assina|signe|\p{Ll}+(?:ato|ito|uto|ado|ido|ó|é|ou|eu|iu|ait))(?= |$)/u;

/** A possessive or a demonstrative opens no body's name: "el Presidente de nuestro país, A B" is said in a quote. */
const DETERMINER =
  /^(?:nuestr[oa]s?|vuestr[oa]s?|nostr[oa]|nostri|nostre|vostr[oa]|nos+[oa]s?|vos+[oa]s?|notre|nos|votre|leurs?|suo|sua|suoi|este|esta|estos|estas|questo|questa|cette|ceux)(?![\p{L}])/u;

/**
 * The holder after a body written in lower case, straight after the office's "of": "il presidente della provincia A B",
 * "il comandante provinciale dei carabinieri A B", "el jefe de la policía provincial A B", "le président du conseil
 * départemental A B", "el vicerrector de investigación y postgrados, A B". `at` is where the body's first word begins.
 */
export function lowerBodyHolder(text: string, at: number): { at: number; name: ReadName } | null {
  const body = LOWER_BODY.exec(text.slice(at, at + 80));
  if (!body || VERB.test(body[0].trim()) || DETERMINER.test(body[0])) return null;
  const end = at + body[0].trimEnd().length;
  const name = nameAfterComma(text, end) ?? readName(text, end);
  return name && words(name) >= 2 && words(name) <= 4 && isName(name) ? { at: end, name } : null;
}

/**
 * The country an envoy is posted to, then straight away the envoy's name: "l'ambasciatore della Tunisia in Italia A B",
 * "el embajador de Chile en España A B", "o embaixador do Chile no Brasil A B". Where the posting ends, or null.
 */
export function postedCountry(text: string, at: number): number | null {
  const prep = /^ (?:en|em|no|na|au|in) (?=\p{Lu})/u.exec(text.slice(at, at + 8));
  const place = prep ? countryAt(text, at + prep[0].length) : null;
  return place && /\p{L} \p{Lu}/u.test(text.slice(place.end - 1, place.end + 2)) ? place.end : null;
}
