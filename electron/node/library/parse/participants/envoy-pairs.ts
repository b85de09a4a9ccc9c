// Credentials ceremonies list the envoys two more ways than envoy-lists.ts reads:
// - a numbered list, the name first and the title after a comma: "1. Raman Ramanouski, Duta Besar
//   LBBP Designate Resident Republik Belarus untuk Republik Indonesia;", "(2) Akin Asan, Duta Besar
//   LBBP Republik Turki untuk Republik Indonesia,"; an item of such a list may drop the comma
//   ("4. Oybek Eshonov Duta Besar LBBP …"), and its title still closes the name;
// - country and name in pairs after the plural: "the ambassadors of Uruguay, Nester Navarro, Chile,
//   Julio Fiol and Australia, Tegan Brink", "los embajadores de Argelia, Messaoud Mehila; de
//   Colombia, Carlos Fernando García Manosalva y de República Eslovaca, Milan Cigán", "die Botschafter von
//   Neuseeland, A, aus der Republik Irak, B, und aus Chile, C".

import { countryAt } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** An envoy's title in the languages desks read, singular. */
const ENVOY =
  '(?:Duta Besar|Dubes|Ambassador|High Commissioner|Embajadora?|Embaixadora?|Ambassadeur|Ambassadrice|Botschafter(?:in)?|Ambasciatore|Посол)';

/**
 * "1.", "(1)" or a dash opening a list item, or a colon or semicolon running one on ("ialah:
 * Ulugbek Rozukulov, Duta Besar LBBP Republik Uzbekistan; Songphol Sukchan, …"), the name after it;
 * or a paragraph's start, where the list's own numbers were read off as the paragraph's numbering, or
 * left glued to the name ("1.Ana Lima, Duta Besar …").
 */
const ITEM =
  /(?:(?<![\p{L}\p{N}])(?:\(\d{1,2}\)|\d{1,2}[.)])|[-–•]|[:;](?: dan| and)?)(?= \p{Lu})|(?<=^|\n)(?:\d{1,2}\.)?(?=\p{Lu})/gu;
const TITLE_AFTER = new RegExp(`^, (${ENVOY}(?: LBBP)?)(?![\\p{L}])`, 'u');
/** The title read into a name when the item has no comma: " Duta Besar" after two words of the name or more. */
const GLUED_TITLE = new RegExp(`(?<=^\\S+(?: \\S+)+) (?=${ENVOY}(?![\\p{L}]))`, 'u');
const TITLE_GLUED = new RegExp(`^ (${ENVOY}(?: LBBP)?)(?![\\p{L}])`, 'u');
/** Any title after a comma at all: without one there is no such list, and no item is read. */
const ANY_TITLE_AFTER = new RegExp(`, ${ENVOY}(?![\\p{L}])`, 'u');

/** Words of a state's formal name before the country itself ("Republik Demokratik Rakyat Laos", "Kerajaan Spanyol"). */
export const STATE_FORM =
  /^ (?:Designate|Non|Resident|Kerajaan|Republik|Republic|República|République|Keamiran|Kesultanan|Federasi|Persatuan|Negara|Demokratik|Rakyat|Federal|Islam|Arab|Sosialis|Oriental|Bolivarian|Kooperatif|Federative|Democratic|People['’]s|Socialist|Islamic|Kingdom|of|the|Reino|Royaume|de|du|del)(?![\p{L}])/u;

/** The country a title's tail names, past the words of the state's formal name: "… Republik Demokratik Rakyat Aljazair". */
export function countryAfterForms(text: string, at: number): { country: string; end: number } | null {
  let pos = at;
  for (let i = 0; i < 6; i++) {
    const form = STATE_FORM.exec(text.slice(pos, pos + 20));
    if (!form) break;
    const here = countryAt(text, pos);
    if (here) return here;
    pos += form[0].length;
  }
  return countryAt(text, pos);
}

function numberedEnvoys(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!ANY_TITLE_AFTER.test(text)) return out;
  for (const m of execAll(ITEM, text)) {
    // readName reads from the space before a name; a paragraph's first word has none, nor one glued to its number ("1.Ana …").
    const bare = !text.startsWith(' ', m.index + m[0].length);
    const start = m.index + m[0].length - (bare ? 1 : 0);
    const name = bare ? readName(` ${text.slice(start + 1, start + 120)}`, 0) : readName(text, start);
    if (name && bare) name.end += start;
    if (!name) continue;
    // "4. Oybek Eshonov Duta Besar LBBP …": one item of the list drops the comma, and the title is read into the name.
    const glued = GLUED_TITLE.exec(name.name);
    if (glued && !TITLE_AFTER.test(text.slice(name.end, name.end + 40))) {
      const own = name.name.slice(0, glued.index);
      const at = text.indexOf(own, start);
      if (at < 0 || at > start + 2) continue;
      name.name = own;
      name.end = at + own.length;
    }
    if (name.name.split(' ').length < 2) continue;
    const after = text.slice(name.end, name.end + 40);
    const title = TITLE_AFTER.exec(after) ?? (glued ? TITLE_GLUED.exec(after) : null);
    if (!title?.[1]) continue;
    const tail = name.end + title[0].length;
    const place = countryAfterForms(text, tail);
    // The item runs to its closing mark: the words of the title and country are no one's name.
    const close = /[;\n]|,? (?:dan |and |y |e |et )?\(\d|$/u.exec(text.slice(tail, tail + 160));
    const end = tail + (close ? close.index : 0);
    if (!free(start + 1, end)) continue;
    out.push([
      {
        index: start + 1,
        surface: text.slice(start + 1, name.end),
        name: name.name,
        role: title[1],
        country: place && place.end <= end ? place.country : null,
        kind: 'named',
        attending: true,
        how: 'named in a numbered list of envoys, the title after the name',
      },
      end,
    ]);
  }
  return out;
}

/** The plural and the preposition before the first country. */
const PAIRS_HEAD =
  /(?<![\p{L}])(?:(?:ambassadors|envoys|high commissioners|embajadores|embaixadores|ambassadeurs|diplomats) (?:of|from|de|des|do|da|dos)|Botschafter(?:innen)? (?:von|aus)(?: der| dem)?)(?= \p{Lu})/giu;
/** Between two pairs: a comma or semicolon, "and", and the preposition again ("; de Colombia"). */
// German repeats "aus der"/"von" before each country: "von Neuseeland, A, aus der Republik Irak, B, und aus Chile, C".
const PAIR_SEP =
  /^(?:[,;] ?(?:and |y |e |et |und )?| (?:and|y|e|et|und) )(?:(?:of|de|do|da|dos|aus|von) )?(?:(?:the|der|dem) )?(?=\p{Lu})/u;
/** A country the tables do not know, written before the name's comma ("República Eslovaca, Milan"). */
const LOOSE_COUNTRY = /^ (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){0,2})(?=, \p{Lu})/u;

function countryNamePairs(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(PAIRS_HEAD, text)) {
    let pos = m.index + m[0].length;
    for (let items = 0; items < 25; items++) {
      const known = countryAfterForms(text, pos);
      // The first pair must name a known country; later ones may be written any way.
      const loose = known || items === 0 ? null : LOOSE_COUNTRY.exec(text.slice(pos, pos + 60));
      const countryEnd = known?.end ?? (loose ? pos + loose[0].length : null);
      if (countryEnd === null || !text.startsWith(', ', countryEnd)) break;
      const name = readName(text, countryEnd + 1);
      if (!name || name.name.split(' ').length < 2 || name.possessive) break;
      const at = countryEnd + 2;
      if (free(at, name.end))
        out.push(
          namedMention(text, at, name.end, {
            name: name.name,
            role: null,
            country: known?.country ?? null,
            how: 'named in the list of envoys, after the country',
          }),
        );
      const sep = PAIR_SEP.exec(text.slice(name.end, name.end + 20));
      if (!sep) break;
      pos = name.end + sep[0].length - 1;
    }
  }
  return out;
}

export function envoyPairMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  // Cheap gate: most records name no envoy in either shape.
  if (!/Duta Besar|Dubes|mbassad|mbajad|mbaixad|ommissioner|envoys|diplomats|Botschafter|Посол/u.test(text)) return [];
  return [...numberedEnvoys(text, free), ...countryNamePairs(text, free)];
}
