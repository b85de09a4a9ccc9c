// A diplomatic list gives each envoy's office and country first and the name after it in brackets, behind
// the courtesy: "Ambassador of Oman (H.E. Said Al Busaidi); Ambassador of Latvia (H.E. Margers Krums)",
// "the High Commissioner of Australia (H.E. Jane Roe)". The courtesy says a person is named there.

import { countryAt } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/** An envoy's office, "of" or "to" a country, then the bracket opening on the courtesy. */
const OFFICE_OF =
  /(?<![\p{L}])((?:Deputy |Acting )?(?:Ambassador|High Commissioner|Consul[- ]General|Charg[ée] d['’]Affaires)) (?:of|to) (?:the )?(\p{Lu}[\p{L}-]*(?: (?:and )?\p{Lu}[\p{L}-]*){0,3}) \((?=(?:H\.\s?E\.|His Excellency|Her Excellency)\s)/gu;

export function officeBracketNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!text.includes('(H') && !text.includes('Excellency')) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_OF, text)) {
    const open = m.index + m[0].length;
    // The name is read as after a space, its courtesy first: " H.E. Margers Krums)".
    const inside = ` ${text.slice(open, open + 120)}`;
    const read = readName(inside, 0);
    if (!read || read.possessive || read.name.split(' ').length < 2 || inside[read.end] !== ')') continue;
    const name = { name: read.name, end: open - 1 + read.end };
    const place = countryAt(m[2] ?? '', 0);
    if (!place || place.end < (m[2] ?? '').length || !free(m.index, name.end + 1)) continue;
    out.push(
      namedMention(text, m.index, name.end + 1, {
        name: name.name,
        role: m[1] ?? null,
        country: place.country,
        how: "an envoy's office and country, the name in brackets after the courtesy",
      }),
    );
  }
  return out;
}
