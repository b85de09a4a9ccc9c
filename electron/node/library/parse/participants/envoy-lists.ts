// A credentials ceremony names the envoys in one list after a plural: "The envoys who presented
// their letters of credence are Ana Lima of Brazil, Omar Diallo of Senegal and Eva Holm from
// Sweden", "The ambassadors are Amedi Camara, Mauritania, Daniel Bertrand, Belgium …". Each name is
// followed by its country ("of X", "from X", ", X" or just "X").

import { COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { readName } from './names.ts';
import { countryNamed, REGION_SOURCE } from './regions.ts';
import type { Mention } from './types.ts';

/** The plural, anything up to "are"/"were"/"include" in the same sentence ("high commissioners, namely …"), then the list. */
const HEAD =
  /(?<![\p{L}])(?:ambassadors|envoys|high commissioners|heads of missions?|diplomats)(?![\p{L}])[^.:;\n]{0,90}?\s(?:are|were|include|included|namely)(?:\s*[-–—:])?(?=\s)/giu;

const COUNTRY_AFTER = new RegExp(`^(?:,? (?:of|from) (?:the )?|, | )(${COUNTRY_SOURCE}|${REGION_SOURCE})(?![\\p{L}])`, 'u');

export function envoyListMentions(text: string, open: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(HEAD, text)) {
    let pos = m.index + m[0].length;
    for (let items = 0; items < 25; items++) {
      const name = readName(text, pos);
      if (!name || name.name.split(' ').length < 2 || name.possessive) break;
      const place = COUNTRY_AFTER.exec(text.slice(name.end, name.end + 80));
      // A list of envoys names each one's country: without it this is not such a list.
      if (!place?.[1]) break;
      const at = text.indexOf(name.name, pos);
      const end = name.end + place[0].length;
      if (open(at, name.end))
        out.push([
          {
            index: at,
            surface: text.slice(at, name.end),
            name: name.name,
            // The plural is the list's, not a title the record gives each one.
            role: null,
            country: normalizeCountry(place[1]) ?? countryNamed(place[1]),
            kind: 'named',
            how: 'named in the list of envoys, with the country',
          },
          end,
        ]);
      const next = /^(?:,\s*and|,|\s+and)(?=\s)/u.exec(text.slice(end, end + 6));
      if (!next) break;
      pos = end + next[0].length;
    }
  }
  return out;
}
