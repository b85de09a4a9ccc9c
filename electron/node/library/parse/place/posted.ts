// An envoy's post is not where anyone met: "the ambassador of the United States in Colombia",
// "den deutschen Botschafter in Luxemburg", "12 novos embaixadores no Brasil", "Посол України в
// Російській Федерації". A country read right after such a title is the state the envoy serves in;
// an ambassador's city is the capital the host government receives him in, so it may be both the post and
// the meeting's place ("the chargé d'affaires in Caracas", received by the foreign minister there) and is
// left alone. A consul's city is only his seat: he calls on mayors and governors across his district ("the
// consul of Portugal in Belo Horizonte" visiting Itabirito), so it says nothing of where they met.

import { normalizeCountry } from '../../../../shared/countries.ts';

/** A diplomat's title, in the languages desks read, as the last words before "in"/"en"/"no"/"di"/"в"/"tại". */
const ENVOY =
  /(?<![\p{L}])(?:ambassadors?|high commissioners?|consuls?(?:[ -]general)?|envoys?|embajador(?:a|es|as)?|embaixador(?:a|es|as)?|ambassadeurs?|ambassadrices?|ambasciator[ei]|botschafter(?:in|innen|n|s)?|generalkonsul(?:in|s)?|c[oóô]nsul(?:es)?(?: general)?|encargad[oa] de negocios|поверенн\p{L}* в делах|повірен\p{L}* у справах|duta besar|dubes|konsul(?: jenderal)?|посол|посла|послом|послов|послы|послам|послів|(?:генеральн\p{L}*\s+)?консул\p{L}*|đại sứ(?! quán)|lãnh sự(?! quán))((?:\s+[^\s,.;:!?()]+){0,5}?)\s*$/iu;
/** Words joining a title to the country it is of or for: "of", "de", "für", "untuk"… */
const OF =
  /^\s+(?:of|from|to|for|de|do|da|du|del|des|d[’']|di|für|aus|von|untuk|dari)\s+(?:(?:the|la|el|los|las|o|a|der|die|des)\s+)?\p{Lu}/u;
/** Indonesian, Russian and Ukrainian put the country straight after the title: "Duta Besar Jepang", "Посол України". */
const COUNTRY_AFTER =
  /^(?:duta besar|dubes|konsul(?: jenderal)?|(?:генеральн\p{L}*\s+)?консул\p{L}*|посол|посла|послом|послов|послы|послам|послів|поверенн\p{L}* в делах|повірен\p{L}* у справах)$/iu;

/** The preposition before a place's name: "in", "en el", "no", "di Kota", "в", "tại". */
const PREPOSITION =
  /(?<![\p{L}])(?:in|en|em|no|na|nos|nas|à|au|aux|a|di(?:\s+Kota)?|в|во|у|tại|ở)\s+(?:(?:the|el|la|los|las|o|a|der|dem)\s+)?$/iu;

/** A state named by its kind, in any case: "Російській Федерації", "Republik Korea", "Königreich". */
const STATE =
  /^(?:Republi\p{L}*|Républi\p{L}*|Repúbli\p{L}*|Kingdom|Königreich|Reino|Royaume|Kerajaan|Федерац\p{L}*|Российск\p{L}*|Російськ\p{L}*|Республи\p{L}*|Республі\p{L}*|Королевств\p{L}*|Королівств\p{L}*)(?![\p{L}])/u;
const isState = (name: string): boolean => normalizeCountry(name) !== null || STATE.test(name);
/** A consul's title (not an ambassador's): "consul general", "cónsul", "Konsul Jenderal", "генеральным консулом". */
const CONSUL = /(?<![\p{L}])(?:c[oóô]nsul|consul|konsul|консул)/iu;

/** True when `name` is a country and `before` (the text up to it) ends with an envoy's title and a preposition: the country is the post. */
export function postedBefore(before: string, name: string): boolean {
  const state = isState(name);
  const prep = PREPOSITION.exec(before.slice(-40));
  if (!prep) return false;
  // The clause only: a title in an earlier sentence or clause says nothing of this place.
  const upTo = before.slice(0, before.length - prep[0].length);
  const clause =
    upTo
      .slice(-120)
      .split(/[.;:!?。]\s|,\s/u)
      .at(-1) ?? '';
  const m = ENVOY.exec(clause);
  if (!m) return false;
  // A city: only a consul's seat is passed over.
  if (!state && !CONSUL.test(m[0].slice(0, 30))) return false;
  const tail = m[1] ?? '';
  if (tail.trim() === '' || OF.test(tail)) return true;
  const words = tail.trim();
  if (normalizeCountry(words) !== null) return true;
  // "Konsul Jenderal Republik Rakyat Tiongkok", "Посол України": capitalised words naming the sending state.
  const title = m[0].slice(0, m[0].length - tail.length).trim();
  if (!COUNTRY_AFTER.test(title) || !/^(?:\p{Lu}[\p{L}-]*\s*){1,4}$/u.test(words)) return false;
  // Before a city, only the sending state (one or two words, or a state's long form) may stand between the
  // title and "in": "консулом Болгарії Іваном Івановим в Одесі" names the consul, then where they met.
  return state || words.split(/\s+/u).length <= 2 || words.split(/\s+/u).some((w) => STATE.test(w));
}
