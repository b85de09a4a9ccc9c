// A report of several delegations names them country first, in a list set off by semicolons:
// "ambassadors from Cambodia, Hos Serythonh with Chan Sinhean; from Pakistan, Mohsin Razi with son
// Haidir Razi; from Vietnam, Deputy Head of Mission Pham Hao; and from Iraq, …". Each head of a
// delegation is named after the country, an office before the name being his; those "with" him
// (a spouse, a son) came too. Two items at least: one "from X, Y" alone is an ordinary clause.

import { COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** "from Cambodia, " at the head of the list, or after its semicolon. */
const ITEM = new RegExp(`(?:^|;\\s*(?:and\\s+)?|\\s)from (?:the )?(${COUNTRY_SOURCE}), (?=\\p{Lu})`, 'gu');

/** An envoy's office before the name: "Deputy Head of Mission Pham Hao", "Charge d' Affaires Manuel Perez". */
const OFFICE =
  /^(?:Ambassador|(?:Deputy )?Head of Mission|Deputy Chief of Mission|Charg[eé] d['’] ?Affaires(?: a\.? ?i\.?)?|Consul(?:-| )General|High Commissioner|Minister(?:-| )Counsell?or|Counsell?or|First Secretary)(?= )/u;

/** The plural that names the heads' office: "ambassadors from Cambodia, …". */
const PLURAL = /(?<![\p{L}])ambassadors(?![\p{L}])/iu;

/** A companion: "with Caecilia Legowo", "with son Haidir Razi", "and son Leon". */
const COMPANION = /^(?: with| and)(?: (?:his|her))?(?: (son|daughter|wife|husband|spouse))? (?=\p{Lu})/u;

/** The words of the same sentence before a position. */
const sentenceBefore = (text: string, at: number): string =>
  text
    .slice(Math.max(0, at - 120), at)
    .split(/[.!?]\s/u)
    .at(-1) ?? '';

export function envoyFromListMentions(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  // The list needs a semicolon before a "from": most records have none and are skipped.
  if (!/;\s*(?:and\s+)?from /u.test(text)) return [];
  const items = [...execAll(ITEM, text)];
  const out: [Mention, number][] = [];
  let plural: string | null = null;
  for (let i = 0; i < items.length; i++) {
    const m = items[i];
    if (!m?.[1]) continue;
    const start = m.index + m[0].length;
    // The item must belong to a list: a semicolon joins it to the item before or the one after.
    const joinedBefore = m[0].startsWith(';');
    // "ambassadors from Cambodia, X; from …": the plural before the list's first item is each head's office.
    if (!joinedBefore) plural = PLURAL.test(sentenceBefore(text, m.index)) ? 'Ambassador' : null;
    const nextItem = items[i + 1];
    const joinedAfter = nextItem?.[0].startsWith(';') && !/[.!?]\s/u.test(text.slice(start, nextItem.index));
    if (!joinedBefore && !joinedAfter) continue;
    const item = text.slice(start, nextItem?.index ?? start + 200);
    const office = OFFICE.exec(item);
    const head = readName(text, start - 1 + (office ? office[0].length + 1 : 0));
    if (!head || head.name.split(' ').length < 2 || head.possessive) continue;
    const country = normalizeCountry(m[1]);
    const push = (name: string, end: number, role: string | null, how: string) => {
      const at = text.indexOf(name, start);
      if (at < 0 || !open(at, end)) return;
      out.push(namedMention(text, at, end, { name, role, country, how }));
    };
    push(head.name, head.end, office?.[0] ?? plural, 'named after the country in a list of delegations');
    let pos = head.end;
    for (let k = 0; k < 4; k++) {
      const c = COMPANION.exec(text.slice(pos, pos + 40));
      if (!c) break;
      const mate = readName(text, pos + c[0].length - 1);
      // A one-word name only after a word of kin ("and son Leon"); otherwise two words at least.
      if (!mate || mate.possessive || (mate.name.split(' ').length < 2 && !c[1])) break;
      push(mate.name, mate.end, null, 'came with the head of a delegation');
      pos = mate.end;
    }
  }
  return out;
}
