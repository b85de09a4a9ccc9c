// One German plural office for a list of holders: "die Vizepräsidenten A B, C D und Dr. E F", "die
// Bürgermeisterinnen A B und C D", "die Botschafter A B sowie C D". With the article "die" the form is
// the plural ("die Präsidentin" is one woman, and no match); each name gets the office in the singular.

import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

const STEMS =
  'präsident(?:en|innen)|minister(?:innen)?|bürgermeister(?:innen)?|direktor(?:en|innen)|botschafter(?:innen)?|konsul(?:n|innen)';
const PLURAL = compiledEarly(
  new RegExp(
    `(?<![\\p{L}])[Dd]ie (\\p{Lu}\\p{Ll}*(?:${STEMS})|${STEMS.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, c: string) => `${bar}${c.toUpperCase()}`)})(?![\\p{L}])`,
    'gu',
  ),
);
const NEXT = /^, (?!(?:und|sowie) )/u;
const LAST = /^,? (?:und|sowie) /u;

/** "Vizepräsidenten" → "Vizepräsident", "Bürgermeisterinnen" → "Bürgermeisterin", "Generalkonsuln" → "Generalkonsul". */
const singular = (plural: string): string =>
  plural.replace(/innen$/u, 'in').replace(/(?<=präsident|direktor)en$|(?<=konsul)n$/u, '');

export function germanPluralTitleMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/[Dd]ie \p{Lu}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(PLURAL, text)) {
    const role = singular(m[1] ?? '');
    const names: [string, number, number][] = [];
    let at = m.index + m[0].length;
    let closed = false;
    while (names.length < 6) {
      const name = readName(text, at);
      if (!name || name.name.split(' ').length < 2) break;
      names.push([name.name, at + 1, name.end]);
      const rest = text.slice(name.end, name.end + 12);
      const last = LAST.exec(rest);
      if (closed) break;
      if (last) {
        closed = true;
        at = name.end + last[0].length - 1;
      } else if (NEXT.test(rest)) at = name.end + 1;
      else break;
    }
    // Two holders at least, the list closed by "und" or "sowie" before its last.
    if (names.length < 2 || !closed) continue;
    // The sentence goes on after the last name with a noun German capitalises ("A B Gespräche"): three capitalised
    // words with no particle between are a name of two and the next word.
    const tail = names.at(-1);
    if (tail && /^\p{Lu}\S* \p{Lu}\S* \p{Lu}\S*$/u.test(tail[0])) {
      const [first = '', second = ''] = tail[0].split(' ');
      tail[0] = `${first} ${second}`;
      tail[2] = text.indexOf(second, text.indexOf(first, tail[1]) + first.length) + second.length;
    }
    const end = names.at(-1)?.[2] ?? at;
    if (!free(m.index, end)) continue;
    for (const [name, start, stop] of names)
      out.push(namedMention(text, start, stop, { name, role, how: 'named after a title shared by several' }));
  }
  return out;
}
