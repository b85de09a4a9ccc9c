// One plural local office for two or three people, as Dutch and Czech town and province news write
// them: "vergezeld door gedeputeerden Anna de Vries en Jan Bakker", "wethouders A B en C D",
// "místostarostové Jan Dvořák a Petr Svoboda", "místostarostky A B a C D". Each name gets the office
// in the singular; the country is left to the record. Only nominative names: after a preposition
// the Czech names are declined ("s místostarosty …"), which the instrumental reader takes.

import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** Plural office → the office one of them holds. */
const SINGULAR: Record<string, string> = {
  gedeputeerden: 'gedeputeerde',
  wethouders: 'wethouder',
  burgemeesters: 'burgemeester',
  místostarostové: 'místostarosta',
  místostarostky: 'místostarostka',
  náměstci: 'náměstek',
};
/** The plural, then a name in capitals; "de gedeputeerden van Gelderland" names no one. */
const PLURAL = compiledEarly(
  /(?<![\p{L}-])([Gg]edeputeerden|[Ww]ethouders|[Bb]urgemeesters|[Mm]ístostarostové|[Mm]ístostarostky|[Nn]áměstci)(?= \p{Lu})/gu,
);
/** The town a holder serves, in brackets after the name: "(Herne)", "(Sint-Pieters-Leeuw)". */
const TOWN = /^ ?\(\p{Lu}[\p{L}\p{M}' -]{1,40}\)/u;
/** "en" (Dutch), "a" (Czech), or a comma before a third. */
const AND = /^(?:,| en| a) /u;

export function pluralLocalTitleMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/edeputeerden|ethouders|urgemeesters|ístostarost|áměstci/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(PLURAL, text)) {
    const head = m[1] ?? '';
    const role = SINGULAR[head.toLowerCase()] ?? head;
    const names: [number, number, string][] = [];
    let at = m.index + head.length;
    for (let i = 0; i < 3; i++) {
      const name = readName(text, at);
      if (!name || name.name.split(' ').length < 2) break;
      names.push([at + 1, name.end, name.name]);
      // "Kris Peeters (Herne), Jan Smet (Bever) en …": each one's town in brackets after the name.
      const after = name.end + (TOWN.exec(text.slice(name.end, name.end + 44))?.[0].length ?? 0);
      const and = AND.exec(text.slice(after));
      if (!and) break;
      at = after + and[0].length - 1;
    }
    // Two at least: one name after a plural is no list the rule can trust.
    if (names.length < 2) continue;
    const last = names.at(-1) as [number, number, string];
    if (!free(m.index, last[1])) continue;
    for (const [start, end, name] of names)
      out.push(namedMention(text, start, end, { name, role, how: 'named after a plural local office' }));
  }
  return out;
}
