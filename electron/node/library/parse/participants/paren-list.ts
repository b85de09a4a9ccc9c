// A list of names each followed by its country in brackets: "Gustavo Torres (Argentina); Sophia
// Nyamudeza (Zimbabwe); … dan Darko Pajovic (Montenegro)", as credential ceremonies, delegations
// and attendance lists are written in any language that writes names in Latin letters.

import { countryAt, countryIn } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

/**
 * A name (its generational suffix too: "Pedro Reyes Jr.", "John Doe III"; the particles inside it: "Mohammed bin Ali Al
 * Thani", "Ignacio de Cossio Perez de Mendoza"), then the country in brackets.
 */
const ITEM = compiledEarly(
  /((?:\p{Lu}[\p{L}.’'-]*\s(?:(?:bin|binti|bint|ibn|de|da|del|di|dos|das|van|von|der|al|el)\s)?){1,5}\p{Lu}[\p{L}’'-]+(?:,?\s(?:Jr|Sr)\.|\s(?:Jr|Sr|II|III|IV))?)\s[(（]([^()（）\n]{2,90})[)）]/gu,
);
/**
 * Between two items: a semicolon or comma (or a stray quote), and perhaps "and" in some language, or "and" alone; or
 * only a space where the writer dropped the comma ("Jan Nowak (Poland) Ana Cruz (Chile), …").
 */
const BETWEEN = /^\s*[;,’]\s*(?:(?:dan|and|và|et|y|und|e)\s+)?$|^\s+(?:dan|and|và|et|y|und|e)\s+$|^[ \t]+$/u;

/**
 * A bracket the country tables do not know but that names a country or body all the same: a formal or foreign name
 * ("Hellenic Republic", "Uni Eropa", "Kuweit"): a capital, at most four words, no figures.
 */
const BODY_IN_BRACKETS = /^\p{Lu}[\p{L}’'.-]{2,}(?:\s[\p{L}’'.-]+){0,3}$/u;

/** The country in brackets, and the office written before it: "(Dubes LBBP Nepal, berkedudukan di …)". */
function countryOf(s: string): { country: string | null; role: string | null } {
  for (const w of s.matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const c = countryAt(s, w.index);
    if (c) return { country: c.country, role: s.slice(0, w.index).trim() || null };
  }
  return { country: countryIn(s), role: null };
}

/** The office a list of envoys is introduced by ("the ambassadors", "Dubes", "Đại sứ"), in the singular. */
const LIST_OFFICE =
  /(?<![\p{L}])(ambassadors?|envoys?|duta besar|dubes|đại sứ|embajador(?:es)?|ambassadeurs?|embaixador(?:es)?|послы|посл(?:ов|а)|大使)(?![\p{L}])[^.;\n]{0,120}$/iu;
const SINGULAR: Record<string, string> = {
  ambassadors: 'ambassador',
  envoys: 'envoy',
  embajadores: 'embajador',
  ambassadeurs: 'ambassadeur',
  embaixadores: 'embaixador',
  послы: 'посол',
  послов: 'посол',
  посла: 'посол',
};

/** The list's office written before its first name ("were Ambassadors Ana Cruz (Chile), …"): no part of the name. */
const OFFICE_BEFORE_NAME = /^(?:Ambassadors?|Envoys?|Embajador(?:es)?|Ambassadeurs?|Embaixador(?:es)?)\s+(?=\p{Lu})/u;

function listOffice(text: string, at: number): string | null {
  const word = LIST_OFFICE.exec(text.slice(Math.max(0, at - 160), at))?.[1];
  if (!word) return null;
  return SINGULAR[word.toLowerCase()] ?? word;
}

export function parenListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  let run: RegExpExecArray[] = [];
  const flush = (): void => {
    // Three or more: a list; fewer is a sentence's aside, left to the other rules.
    const office = run.length >= 3 && run[0] ? listOffice(text, run[0].index) : null;
    const sides = run.map((m) => countryOf(m[2] ?? ''));
    // Most items name a known country: the list is one of people and their countries, so an item whose bracket
    // the tables do not know ("George Papas (Hellenic Republic)") is a member too; its country stays unread.
    const known = sides.filter((s) => s.country).length;
    const listOfCountries = known >= 2 && known * 2 > run.length;
    if (run.length >= 3)
      for (const [i, m] of run.entries()) {
        const end = m.index + m[0].length;
        const { country, role } = sides[i] ?? { country: null, role: null };
        const lead = OFFICE_BEFORE_NAME.exec(m[1] ?? '')?.[0].length ?? 0;
        const body = !country && listOfCountries && BODY_IN_BRACKETS.test((m[2] ?? '').trim());
        if ((!country && !body) || !free(m.index + lead, end)) continue;
        const name = (m[1] ?? '').slice(lead);
        out.push([
          {
            index: m.index + lead,
            surface: name,
            name,
            role: role ?? office,
            country,
            kind: 'named',
            how: 'named in a list, each name with its country in brackets',
          },
          end,
        ]);
      }
    run = [];
  };
  for (const m of execAll(ITEM, text)) {
    const last = run.at(-1);
    if (last && !BETWEEN.test(text.slice(last.index + last[0].length, m.index))) flush();
    run.push(m);
  }
  flush();
  return out;
}
