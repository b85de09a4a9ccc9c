// Spanish, Portuguese, French and Italian readouts list who else was in the room after a verb of
// attending, each name first and its office after a comma, the items set off by semicolons: "En la
// mesa estuvieron Ana Ruiz, embajadora de Chile en México; Luis Vega, titular de la Secretaría …",
// "En la delegación participan: …; …", "Estiveram presentes …". Each one named there took part.

import { countryAt } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

/**
 * The verb of attending (with "también", "además"), what was attended ("en el encuentro"), the side the
 * list speaks for set off by commas ("por parte de la Universidad,"), then the list, after a colon or not.
 */
const LEAD =
  /(?<![\p{L}])(?:(?:también|además)\s+)?(?:participaron|participan|estuvieron(?:\s+presentes)?|asistieron|acompañaron|participaram|estiveram(?:\s+presentes)?|acompanharam|étaient\s+(?:également\s+)?présents|(?:hanno\s+)?partecipato|erano\s+presenti)(?:\s+(?:también|además|também|également))?(?:\s+(?:en|a|al|de|del|em|no|na|do|da|à|au|alla|nel)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}{4,})?(?:,\s+(?:por parte d(?:e|el|e la|e los|e las)|por el lado|pela parte d[aeo]|del lado)\s+[^,;.\n]{2,40},)?\s*:?(?=\s\p{Lu})/giu;

/** Where an item ends: a semicolon, or a comma or space before "y"/"e"/"et" and the next name. */
const NEXT = /^\s*(?:;\s*(?:(?:y|e|et)\s+)?|,?\s+(?:y|e|et)\s+|,\s+)(?=\p{Lu})/u;

/** The office after "Name, ": a lower-case word ("embajador", "ministra", "titular de …"), not an article. */
const OFFICE_START = String.raw`^,\s+((?!(?:la|el|los|las|le|les|o|a|os|as|il|lo|gli|un|una|um|uma)\s)\p{Ll}[^;.\n]*?)`;
const OFFICE = new RegExp(`${OFFICE_START}(?=\\s*(?:;|\\.(?:\\s|$)|\\n|,?\\s+(?:y|e|et)\\s+\\p{Lu}|$))`, 'u');
/**
 * In a list set off by semicolons an office runs to the semicolon ("secretario de Seguridad y Protección Ciudadana;"),
 * or to the last item's "y" when a name and its own office follow ("…, y Vega Ruiz, directora de …").
 */
const OFFICE_TO_SEMICOLON = new RegExp(
  `${OFFICE_START}(?=\\s*(?:;|\\.(?:\\s|$)|\\n|$|,\\s+(?:y|e|et)\\s+\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,3},\\s+\\p{Ll}))`,
  'u',
);

/** "embajadora de Chile en México": the first country after "de"/"da"/"do"/"du", and where its "de" starts. */
function countryOfOffice(text: string, start: number, end: number): { country: string; at: number } | null {
  for (const m of execAll(/\s(?:de|del|da|do|du|des|di)\s/gu, text.slice(start, end))) {
    const c = countryAt(text, start + m.index + m[0].length);
    if (c && c.end <= end + 1) return { country: c.country, at: start + m.index };
  }
  return null;
}

export function presentListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  // Cheap gate: one of the verbs, in any case.
  if (!/particip|estuvieron|estiveram|asistieron|acompañaron|acompanharam|présents|presenti/iu.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(LEAD, text)) {
    let pos = m.index + m[0].length;
    // A list whose items are set off by semicolons: its offices may hold "y" and a capital.
    const semicolons = /^[^.\n]*;/u.test(text.slice(pos, pos + 600));
    for (let items = 0; items < 20; items++) {
      const name = readName(text, pos);
      if (!name || name.name.split(' ').length < 2 || name.possessive) break;
      const at = text.indexOf(name.name, pos);
      const office = (semicolons ? OFFICE_TO_SEMICOLON : OFFICE).exec(text.slice(name.end, name.end + 300));
      const end = office ? name.end + office[0].length : name.end;
      const of = office ? countryOfOffice(text, name.end, end) : null;
      // The title without its country, as the other rules give it: "embajadora" of "embajadora de Chile en México".
      const role = of ? text.slice(name.end, of.at).replace(/^,\s+/u, '').trim() : (office?.[1]?.trim() ?? null);
      if (free(at, name.end))
        out.push(
          namedMention(text, at, name.end, {
            name: name.name,
            role,
            country: of?.country ?? null,
            attending: true,
            how: 'named in the list of those present, the office after the name',
          }),
        );
      // Without an office after it the list goes on only at a semicolon or "y"/"e"/"et".
      const next = NEXT.exec(text.slice(end, end + 8));
      if (!next || (!office && /^,\s+$/u.test(next[0]))) break;
      pos = end + next[0].length - 1;
    }
  }
  return out;
}
