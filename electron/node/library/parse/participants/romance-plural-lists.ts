// One plural office of a town, a university, a legislature or a cabinet, then its holders listed:
// "los tenientes de alcalde, Rafael Gil, Sara Luna y Pedro Sanz", "os secretários Ana Lima (Saúde) e
// Rui Costa (Educação)", "los concejales Marta Ruiz y Jorge Vidal", "os diretores de curso, A B e C D".
// Each holder gets the office in the singular; the country is left to the record. The ministers'
// and envoys' plurals are read by plural-titles.ts and plural-lists.ts.

import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { type ReadName, readName } from './names.ts';
import type { Mention } from './types.ts';

/** Spanish and Portuguese plural offices whose holders sit in on a visit. */
const HEAD = compiledEarly(
  /(?<![\p{L}-])((?:[Ss]ecretari|[Ss]ecretári|[Ss]ubsecretari)(?:os|as)|[Tt]enientes de [Aa]lcalde|[Cc]oncejal(?:es|as)|[Rr]egidor(?:es|as)|[Dd]iputad(?:os|as)|[Dd]eputad(?:os|as)|[Ss]enador(?:es|as)|[Vv]ereador(?:es|as)|[Vv]icerrector(?:es|as)|[Vv]ice-[Rr]eitor(?:es|as)|[Pp]ró-[Rr]eitor(?:es|as)|[Rr]ector(?:es|as)|[Rr]eitor(?:es|as)|[Dd]ecan(?:os|as)|[Dd]irector(?:es|as)|[Dd]iretor(?:es|as)|[Aa]sesor(?:es|as)|[Aa]ssessor(?:es|as))(?![\p{L}])/gu,
);
/** What may stand between the office and the first name: its remit ("de Cultura", "de curso da Licenciatura"), to a comma. */
const REMIT_TO_COMMA = /^ (?:de|del|de la|de los|do|da|dos|das|para)(?= )[^,.;:()\n]{1,80}(?=, \p{Lu})/u;
/** A holder's remit in brackets after the name: "Ana Lima (Saúde)". */
const BRACKET = /^ \([^()\n]{1,80}\)/u;
const NEXT = /^, (?=\p{Lu})/u;
const LAST = /^,? (?:y|e) (?=\p{Lu})/u;
/** The list ends at a stop, a comma, a semicolon or the paragraph's end, or at the verb or adverb that follows it. */
const CLOSED = /^(?:[,.;:]|\s*$| \p{Ll})/u;

/** "tenientes de alcalde" → "teniente de alcalde", "vereadores" → "vereador", "secretárias" → "secretária". */
const singular = (office: string): string => office.replace(/^(\S+?)(?:(?<=[rl])es|s)(?=$| )/u, '$1');

/** A holder at `at` (a space before the name): two words at least, maybe a remit in brackets after. */
function holder(text: string, at: number): (ReadName & { start: number }) | null {
  const name = readName(text, at);
  if (!name || name.name.split(' ').length < 2) return null;
  const bracket = BRACKET.exec(text.slice(name.end, name.end + 90));
  return { ...name, start: at + 1, end: name.end + (bracket?.[0].length ?? 0) };
}

export function romancePluralListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/ecret|enientes|oncejal|egidor|iputad|eputad|enador|ereador|ector|eitor|ecan|iretor|irector|sesor|ssessor/u.test(text))
    return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HEAD, text)) {
    let at = m.index + m[0].length;
    const remit = REMIT_TO_COMMA.exec(text.slice(at, at + 100));
    if (remit) at += remit[0].length;
    if (text[at] === ',') at++;
    const holders: (ReadName & { start: number })[] = [];
    for (let h = holder(text, at); h; ) {
      holders.push(h);
      const last = LAST.exec(text.slice(h.end, h.end + 6));
      if (last) {
        const final = holder(text, h.end + last[0].length - 1);
        if (final && CLOSED.test(text.slice(final.end, final.end + 2))) holders.push(final);
        else holders.length = 0;
        break;
      }
      const next = NEXT.exec(text.slice(h.end, h.end + 3));
      h = next && holders.length < 8 ? holder(text, h.end + 1) : null;
      if (!h) holders.length = 0;
    }
    // Two holders at least, the last after "y"/"e": a list, not one name set off by commas.
    if (holders.length < 2 || !free(m.index, holders.at(-1)?.end ?? at)) continue;
    const role = singular(m[1] ?? m[0]);
    for (const h of holders)
      out.push(namedMention(text, h.start, h.end, { name: h.name, role, how: 'named after an office shared by several' }));
  }
  return out;
}
