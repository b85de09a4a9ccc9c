// German press writes who else was there as a list, each name with a party, a field or an office in
// brackets: "Vizepräsident Tobias Reiß (CSU), Martina Gießübel (CSU) und Verena Osgyan (GRÜNE)",
// "im Beisein von Professor A B (Sinologie), C D (Leiterin Auslandsamt) sowie Prof. E F (BWL)",
// "begleitet von G H (Kämmerer), I J (Kulturreferent) sowie K L (Städtepartnerschaften)". Each one
// named there took part. A country in the brackets is paren-list.ts's; a list of three at least, closed
// by German "und" or "sowie" (a roster of sportsmen and their clubs is written with commas alone).

import { countryAt } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** A name of two to four words (a particle or "Freiherr" inside it), perhaps after a title, then its brackets. */
const ITEM = compiledEarly(
  /((?:\p{Lu}[\p{L}.’'-]*\s)(?:(?:von|van|de|der|zu|von der)\s)?(?:\p{Lu}[\p{L}.’'-]*\s(?:(?:von|van|de|der|zu|von der)\s)?){0,3}\p{Lu}[\p{L}’'-]+) ?\(([^()\n]{2,60})\)/gu,
);
/** Between two items: a comma, "und" or "sowie". */
const BETWEEN = /^(?:,\s*(?:(?:und|sowie)\s+)?|\s+(?:und|sowie)\s+)$/u;
const CLOSING = /^(?:,\s*)?\s*(?:und|sowie)\s+$/u;
/** A title written before the name ("Vizepräsident", "Oberbürgermeister"): not the name's first word. */
const TITLE_WORD =
  /^\p{Lu}(?:\p{Ll}*(?:präsident|minister|direktor|meister|leiter|sekretär|vorsitzende|rat|rätin|kollege|konsul|botschafter)|räsident|inister|irektor|eiter)(?:in|en|n|r)?$/u;
/** A degree, an academic rank or a courtesy before the name: "Prof.", "Professor", "Dr.", "Frau". */
const COURTESY = /^(?:Prof\.?|Professor(?:in)?|Dr\.?|Dr\.-Ing\.?|Herrn?|Frau)$/u;
/** A party by its initials or spelled in capitals ("CSU", "BÜNDNIS 90/DIE GRÜNEN", "FREIE WÄHLER"), or a degree subject ("VWL"). */
const PARTY_OR_FIELD = /^[\p{Lu}\d /.-]+$|^\p{Lu}\p{Ll}+(?:ie|ik|istik)$/u;

export function germanBracketListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\) (?:und|sowie) /u.test(text)) return [];
  const out: [Mention, number][] = [];
  let run: RegExpExecArray[] = [];
  let closed = false;
  const flush = (): void => {
    if (run.length >= 3 && closed)
      run.forEach((m, i) => {
        const inside = (m[2] ?? '').trim();
        if (countryAt(inside, 0)) return;
        const words = (m[1] ?? '').split(' ');
        // The first item may have taken the capitalised words before it ("aus dem Präsidium Vizepräsident A B"): its name
        // starts after a title only, and a first item with no clean start is left to the title rules.
        let skip = 0;
        let title = -1;
        for (let w = 0; w < words.length - 2; w++)
          if (TITLE_WORD.test(words[w] ?? '')) {
            title = w;
            skip = w + 1;
          } else if (COURTESY.test(words[w] ?? '')) skip = w + 1;
        if (i === 0 && skip === 0 && !/(?:^|[,:;]\s*|\p{Ll}\s)$/u.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
        // The rest is the name, whole ("Prof. Dr. A B": the degrees are read past).
        const rest = ` ${words.slice(skip).join(' ')}`;
        const name = readName(rest, 0);
        if (!name || name.name.split(' ').length < 2 || name.end !== rest.length) return;
        const end = m.index + m[0].length;
        if (!free(m.index, end)) return;
        const role = title >= 0 ? (words[title] ?? null) : PARTY_OR_FIELD.test(inside) ? null : inside;
        out.push(
          namedMention(text, m.index, end, {
            name: name.name,
            role,
            how: 'named in a list, each name with a party or an office in brackets',
          }),
        );
      });
    run = [];
    closed = false;
  };
  for (const m of execAll(ITEM, text)) {
    const last = run.at(-1);
    const between = last ? text.slice(last.index + last[0].length, m.index) : '';
    if (last && !BETWEEN.test(between)) flush();
    if (run.length > 0 && CLOSING.test(between)) closed = true;
    run.push(m);
  }
  flush();
  return out;
}
