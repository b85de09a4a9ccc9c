// A person read without a country, whose office the words right beside the name give to a country:
// after it, ", Foreign Minister of the Kingdom of Bahrain", ", Bahrain's Ambassador to Oman",
// ", the Canadian High Commissioner"; before it, "Nigerian High Commissioner to Ghana, Ambassador
// Olufemi Abikoye", "Canada's new Envoy, Adler Aristilde". Only what the sentence itself says: a
// country named elsewhere in the record is no evidence (LABELLING: never guess).

import { COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { ROLE_SOURCE } from '../roles.ts';
import { romanceCountryBeside } from './country-beside-romance.ts';
import { STATE_OF, WHOSE } from './english-name-first.ts';
import type { Person } from './types.ts';

const FRESH = '(?:(?:newly[- ]appointed|new|outgoing|incoming|acting|former) )?';
const HONORIFIC =
  '(?:(?:H\\.? ?E\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Prof\\.?|Hon\\.?|Amb\\.?|Ambassador|His Excellency|Her Excellency|Sheikh) )*';

/**
 * The office ends the description: a stop, a comma, a verb or a preposition follows, not the next
 * person's name ("Hakan Fidan, Minister of Foreign Affairs of Bangladesh AK Abdul Momen" is a list).
 */
const CLAUSE_GOES_ON =
  '(?=[,.;:)\\n]|$| (?:and|who|said|says|has|had|was|is|on|in|at|during|for|to|with|from|yesterday|today|met|held|received|paid|called|visited|welcomed|hosted|accompanied|led)(?![\\p{L}]))';

/** ", [the] [Bahrain's|Bahraini] <office> [of (the Kingdom of) Bahrain]" right after the name. */
const AFTER = new RegExp(
  `^,? (?:the )?${FRESH}(?:(${WHOSE}) )?(?:${ROLE_SOURCE})(?:[- ][Dd]esignate)?(?: of (?:the )?${STATE_OF}(${COUNTRY_SOURCE}))?${CLAUSE_GOES_ON}`,
  'u',
);

/** "[Bahrain's|Bahraini] [new] <office> [to Oman], [Mr] " right before the name. */
const BEFORE = new RegExp(
  `(?<![\\p{L}])(${WHOSE}) ${FRESH}(?:${ROLE_SOURCE})(?:[- ][Dd]esignate)?(?: (?:to|in) (?:the )?(?:${COUNTRY_SOURCE}))?,? ${HONORIFIC}$`,
  'u',
);

/** "the Somali and Kenyan foreign ministers": an adjective shared out over a list says nobody's alone. */
const LISTED = /(?:,|\band|&|\bor)\s*(?:the )?$/u;

const whose = (s: string | undefined): string | null =>
  s ? normalizeCountry(s.replace(/^the /u, '').replace(/['’]s$/u, '')) : null;

/** The country the words right beside one mention give its office, or null. */
function countryBeside(text: string, start: number, end: number): string | null {
  // end: where the name ends, though the mention may go on with its office ("Al Zayani, Foreign Minister").
  const rest = text.slice(end, end + 200);
  const after = AFTER.exec(rest);
  if (after) {
    const country = whose(after[1]) ?? whose(after[2]);
    if (country) return country;
  }
  const head = text.slice(Math.max(0, start - 160), start);
  const before = BEFORE.exec(head);
  if (before && !LISTED.test(head.slice(0, before.index))) return whose(before[1]);
  return romanceCountryBeside(text, start, end);
}

/** Gives each person without a country the one their office is stated for beside their name, when all such mentions agree. */
export function countryBesideNames(people: Person[], text: string): void {
  if (!/[A-Za-z]/u.test(text)) return;
  for (const p of people) {
    if (p.country !== null) continue;
    const found = new Set<string>();
    for (const m of p.mentions) {
      if (m.directory) continue;
      const last = m.name?.split(' ').pop();
      const at = last ? m.surface.lastIndexOf(last) : -1;
      const c = countryBeside(text, m.index, m.index + (at >= 0 && last ? at + last.length : m.surface.length));
      if (c) found.add(c);
    }
    if (found.size === 1) p.country = [...found][0] ?? null;
  }
}
