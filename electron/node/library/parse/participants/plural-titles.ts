// One plural title for two people: "sous la présidence des ministres des Affaires étrangères Sameh
// X et Fayçal Y", "los cancilleres A y B", "os chanceleres A e B", "Foreign Ministers A and B".
// Each name gets the office in the singular as written, and the country is left to the record.

import { countryAt } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** Plural heads and the portfolio that may follow them, per language, with the word for "and". */
const PLURAL = compiledEarly(
  new RegExp(
    [
      // French, Spanish, Portuguese, Italian, English
      '(?<![\\p{L}])((?:[Mm]inistres|[Mm]inistros|[Mm]inistri|[Cc]ancilleres|[Cc]hanceleres|[Ff]oreign [Mm]inisters|[Pp]rime [Mm]inisters|[Pp]résidents|[Pp]residentes|[Pp]residents|[Aa]mbassadeurs|[Ee]mbajadores|[Ee]mbaixadores|[Aa]mbassadors|[Pp]rofessors)',
      "(?: (?:des|de|dos|das|degli|of|for) (?:[\\p{Lu}][\\p{L}’'-]+|et|y|e|and|étrangères|exteriores|estrangeiros|esteri)(?: (?:[\\p{Lu}][\\p{L}’'-]+|étrangères|exteriores|estrangeiros|esteri))*?)?)",
      '(?: (?:respectivement|respectivamente|rispettivamente|respectively))?(?=,? \\p{Lu})',
    ].join(''),
    'gu',
  ),
);
const AND = /^,? (?:et|y|e|and) /u;

/** The office one person of the pair holds: "ministres des Affaires étrangères" → "ministre des Affaires étrangères". */
const singular = (role: string): string =>
  // The head is the last word before its "of" phrase; Spanish and Portuguese "-or/-er" + "es", else "-s".
  role.replace(/^(.*?)(?:(?<=[eo]r)es|s)(?=$| (?:des|de|dos|das|degli|of|for) )/u, '$1');

export function pluralTitleMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/inist|ancill|hancel|résident|resident|mbassad|mbajad|mbaixad|rofessors/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(PLURAL, text)) {
    let at = m.index + m[0].length;
    if (text[at] === ',') at++;
    const first = readName(text, at);
    if (!first || first.name.split(' ').length < 2 || countryAt(text, at + 1)) continue;
    const and = AND.exec(text.slice(first.end));
    if (!and) continue;
    const second = readName(text, first.end + and[0].length - 1);
    if (!second || second.name.split(' ').length < 2) continue;
    if (!free(m.index, second.end)) continue;
    const role = singular(m[1] ?? '');
    for (const [name, start] of [
      [first, at + 1],
      [second, first.end + and[0].length],
    ] as const)
      out.push(namedMention(text, start, name.end, { name: name.name, role, how: 'named after a title shared by two' }));
  }
  return out;
}
