// English writes a person's office in brackets right after the titled name: "Ms. Jane Roe (Manager
// International, University of X) and Mr. John Doe (Assistant Director, International Affairs)
// exchanged the documents", "Prof. Dr. Ann Lee (Principal) received …". The courtesy title says it
// is a person; the bracket's first word must be an office, so "(Ghana)" or "(2019)" never counts.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** A courtesy title, the name, then the bracket. */
const TITLED = /(?<![\p{L}])(?:Mr|Ms|Mrs|Dr|Prof)\.?(?: (?:Dr|Prof)\.?)?(?= \p{Lu})/gu;

/** The bracket holds an office: its first word is one of English's offices. */
const OFFICE =
  /^ \(((?:(?:Pro|Vice|Deputy|Assistant|Associate|Acting|Executive|Senior|Chief|Joint)\.?[ -])*(?:Chancellor|Vice-Chancellor|Director|Manager|Minister|President|Chair(?:man|woman|person)?|Dean|Secretary|Head|CEO|Registrar|Professor|Principal|Rector|Provost|Ambassador|Consul|Governor|Mayor|Officer|Coordinator|Counsell?or|Advis[eo]r|Commissioner|Representative)(?![\p{L}])[^()\n]{0,80})\)/u;

export function parenOfficeMentions(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  if (!text.includes(' (')) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(TITLED, text)) {
    const name = readName(text, m.index + m[0].length);
    if (!name || name.possessive || name.name.split(' ').length < 2) continue;
    const office = OFFICE.exec(text.slice(name.end, name.end + 100));
    if (!office?.[1]) continue;
    const at = text.indexOf(name.name, m.index);
    const end = name.end + office[0].length;
    if (at < 0 || !open(at, end)) continue;
    out.push(
      namedMention(text, at, end, {
        name: name.name,
        role: office[1].trim(),
        how: 'a titled name with the office in brackets',
      }),
    );
  }
  return out;
}
