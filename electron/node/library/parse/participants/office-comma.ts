// The holder's name set off by a comma after an office that carries its remit or its country:
// "held talks with the foreign minister of Tajikistan, Siorjiddin Muhriddin.", "also met with Ghana's
// Inspector-General of Police, Christian Yohuno.", "the Head of Foreign Affairs, Peseta Noumea Simi,
// Mr. Bainimarama …". The title rules read an office right before its name; here the remit stands
// between them, and the comma and a name of two words or more closed by a stop, a comma or "and"
// (commaName) say a person follows. The form-of-address variant is courtesy-comma.ts.

import { normalizeRole, ROLE_SOURCE } from '../roles.ts';
import { commaName } from './names.ts';
import { countryInWords } from './objects.ts';
import type { Mention } from './types.ts';

/** A comma, then a capital: where a name may follow (tested before anything costly). */
const COMMA_CAPITAL = /, (?=\p{Lu})/gu;

/** The office that ends at most 90 characters before the comma, in the same clause: the last title there. */
const OFFICE = new RegExp(`(?<![\\p{L}])(?:${ROLE_SOURCE})`, 'gu');
/** The same in any case ("the foreign minister of …"), where the capitalised office gives no remit. */
const OFFICE_ANY_CASE = new RegExp(OFFICE.source, 'giu');

/** The last office in the clause and what follows it, when that is a remit. */
function officeWithRemit(clause: string, office: RegExp): { office: string; remit: string } | null {
  const found = [...clause.matchAll(office)].at(-1);
  if (!found) return null;
  const remit = clause.slice(found.index + found[0].length);
  return REMIT.test(remit) ? { office: found[0], remit } : null;
}

/** What may stand between the office and the comma: its remit or its country ("of Police", "of the Republic of Mozambique"). */
const REMIT = /^ (?:of|for|to|at|in) [^;:.,()\n]{2,90}$/u;

/** The name read is one of a portfolio's words: " and Innovations, …". */
const PORTFOLIO_GOES_ON = /^ and \p{Lu}\p{Ll}+,/u;

/** Latin letters: the form is read in the languages written in them. */
const LATIN_CAPITAL = /\p{Script=Latin}/u;

export function officeCommaMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(COMMA_CAPITAL)) {
    if (!LATIN_CAPITAL.test(text[m.index + 2] ?? '')) continue;
    const name = commaName(text, m.index);
    // "Minister for Communication, Digital Technology and Innovations, Samuel …": a portfolio's words go on to a comma.
    if (!name || name.possessive || PORTFOLIO_GOES_ON.test(text.slice(name.end, name.end + 40))) continue;
    const start = m.index + 2;
    if (!free(start, name.end)) continue;
    // The clause before the comma, from its last stop, semicolon, colon or comma: the office is read there only.
    const head = text.slice(Math.max(0, m.index - 160), m.index);
    const clause = head.slice(
      Math.max(
        head.lastIndexOf(';'),
        head.lastIndexOf(':'),
        head.lastIndexOf('\n'),
        head.lastIndexOf('. '),
        head.lastIndexOf(','),
      ) + 1,
    );
    const read = officeWithRemit(clause, OFFICE) ?? officeWithRemit(clause, OFFICE_ANY_CASE);
    if (!read) continue;
    const { office, remit } = read;
    out.push([
      {
        index: start,
        surface: text.slice(start, name.end),
        name: name.name,
        role: normalizeRole(office),
        country: countryInWords(remit) ?? countryInWords(office),
        kind: 'named',
        how: 'named after the office and its remit, set off by a comma',
      },
      name.end,
    ]);
  }
  return out;
}
