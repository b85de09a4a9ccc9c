// English often writes "the <office> <courtesy title> <name>": "the Clerk of the City Council Mr.
// A B", "the Minority Party Leader Hon. C D E", "the Trade Counsellor at the Embassy Mr. F G", "the
// Acting Registrar of Companies Ms. H I". The courtesy title says where the name starts, so the
// capitalised words between "the" and it are the office, whatever its head noun, as long as one of
// English's office nouns heads it ("the Republic of Chile and Mr X", "the Gulf States Dr Y" are no
// offices).

import { COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { HEAD_SOURCE } from '../roles.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** "the", up to ten capitalised words and the small words of an office, then a courtesy title before a capital. */
const OFFICE_THEN_COURTESY =
  /(?<![\p{L}])[Tt]he ((?:[\p{Lu}][\p{L}’'-]*(?: (?:of|at|for|in|to)(?: the)?| and)? ){0,9}[\p{Lu}][\p{L}’'-]*) (?=(?:Mr|Mrs|Ms|Dr|Prof|Hon|Engr?|Amb|H\.E)\.? \p{Lu})/gu;

/** Office nouns English heads a title with beyond those of the shared title grammar. */
const MORE_HEADS =
  'Clerk|Leader|Chief|Officer|Registrar|Dean|Rector|Principal|Provost|Manager|Head|Commander|Attach[eé]|Whip|Treasurer|Auditor|Judge|Justice|Superintendent|Inspector|Administrator|Executive|Member|Councilman|Councilwoman|Trustee|Chairperson';

/** The office's head noun closes the words before its first "of", "at", "for", "in" or "to". */
const HEADED = new RegExp(`(?:^|[\\s-])(?:${HEAD_SOURCE}|${MORE_HEADS})$`, 'u');

/** Words that close an office before its "of …" part; the part after is where it is held. */
const FIRST_JOIN = / (?:of|at|for|in|to) /u;

/** "at the Japan Embassy", "of the Embassy of Peru": the mission says whose the office is. */
const MISSION_OF = new RegExp(
  `(?:(${COUNTRY_SOURCE}) (?:Embassy|High Commission|Consulate)|(?:Embassy|High Commission|Consulate(?: General)?) of (?:the )?(${COUNTRY_SOURCE}))(?![\\p{L}])`,
  'u',
);

export function officeCourtesyMentions(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  // Cheap gate: a courtesy title after a capitalised word.
  if (!/\p{Lu}[\p{L}’'-]* (?:Mr|Mrs|Ms|Dr|Prof|Hon|Engr?|Amb|H\.E)\.? \p{Lu}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_THEN_COURTESY, text)) {
    const office = m[1];
    if (!office) continue;
    const head = office.split(FIRST_JOIN)[0] ?? office;
    // The head noun must close the words before the first "of": "Market Supervision Unit Chief", "Clerk (of …)".
    if (!HEADED.test(head)) continue;
    const name = readName(text, m.index + m[0].length - 1);
    if (!name || name.possessive || name.name.split(' ').length < 2) continue;
    const start = m.index + m[0].length - office.length - 1;
    if (!open(start, name.end)) continue;
    const mission = office.includes(' ') ? MISSION_OF.exec(office) : null;
    out.push(
      namedMention(text, start, name.end, {
        name: name.name,
        role: office,
        country: normalizeCountry(mission?.[1] ?? mission?.[2] ?? ''),
        how: 'an office, a courtesy title, then the name',
      }),
    );
  }
  return out;
}
