// A state by its formal German name after an office, in the genitive: "Botschafter der Republik Schweden",
// "Generalkonsul der Republik Polen", "Honorarkonsul des Haschemitischen Königreichs Jordanien", "Präsidentin
// der Italienischen Republik", "Generalkonsul der Vereinigten Staaten von Amerika". The country table holds the
// short names; here the state's form ("Republik", "Königreich") is read past, or its adjective read.

import { adjectiveCountry, countryAt } from '../../../../shared/countries.ts';

/** The form of state, perhaps after an adjective of its own ("Islamischen", "Haschemitischen", "Föderativen"), then "von"? */
const FORM =
  /^ ?(?:\p{Lu}\p{Ll}+(?:ischen|iven|en) )?(?:Bundesrepublik|Volksrepublik|Republik|Königreichs?|Fürstentums?|Großherzogtums?|Föderation|Staates|Sultanats?|Emirats?) (?:von )?/u;
/** "der Italienischen Republik": the adjective names the state. */
const ADJECTIVE_FORM = /^ ?(\p{Lu}\p{Ll}+(?:ischen|ändischen|en)) (?:Republik|Königreichs?|Föderation)(?![\p{L}])/u;
/** The three plural names German declines: "der Vereinigten Staaten (von Amerika)", "des Vereinigten Königreichs", "der Vereinigten Arabischen Emirate". */
const UNITED: [RegExp, string][] = [
  [/^ ?Vereinigten Staaten(?: von Amerika)?(?![\p{L}])/u, 'United States'],
  [/^ ?Vereinigten Königreichs?(?: (?:von )?Großbritannien und Nordirland)?(?![\p{L}])/u, 'United Kingdom'],
  [/^ ?Vereinigten Arabischen Emirate(?![\p{L}])/u, 'United Arab Emirates'],
];

export function germanStateAt(text: string, at: number): { country: string; end: number } | null {
  const rest = text.slice(at, at + 80);
  for (const [re, country] of UNITED) {
    const m = re.exec(rest);
    if (m) return { country, end: at + m[0].length };
  }
  const form = FORM.exec(rest);
  const named = form ? countryAt(text, at + form[0].length - 1) : null;
  if (named) return named;
  const adjective = ADJECTIVE_FORM.exec(rest);
  const country = adjective?.[1] ? adjectiveCountry('de', adjective[1].toLowerCase()) : null;
  return adjective && country ? { country, end: at + adjective[0].length } : null;
}

/** The state named at the end of a longer office: "Präsident des Staatsrates der Republik Slowenien" → Slovenia. */
export function germanStateIn(role: string): string | null {
  let found: string | null = null;
  for (const m of role.matchAll(/(?<![\p{L}])(?:der|des) /gu)) {
    const at = m.index + m[0].length - 1;
    const state = germanStateAt(role, at) ?? countryAt(role, at);
    if (state && state.end === role.length) found = state.country;
  }
  return found;
}
