// Whose office a listed person holds, read from the office written beside the name.

import { countryAt, countryIn } from '../../../../shared/countries.ts';

/** The first country a phrase names, in any language's name for it ("UAE’s", "Oman"). */
function firstCountry(s: string): string | null {
  const listed = countryIn(s);
  if (listed) return listed;
  for (const m of s.matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const found = countryAt(s, m.index);
    if (found) return found.country;
  }
  return null;
}

/** Offices of a government that someone may serve from abroad or at home: "to the Oman Foreign Ministry", "to UAE President". */
const INSTITUTION =
  /(?<![\p{L}])(?:Ministry|Government|President|Presidency|Court|Cabinet|King|Crown Prince|Prime Minister)(?![\p{L}])/u;

/**
 * "Kenya’s Ambassador to Ethiopia": the country the person speaks for, not where they serve;
 * but "Adviser to the Oman Foreign Ministry" serves an office of that country.
 */
export function countryOfOffice(role: string | null): string | null {
  const own = role?.replace(/(?<![\p{L}])(?:to|in|at|untuk|di|en|em|auprès|ante|para|bei)(?![\p{L}]).*$/u, '') ?? '';
  const served = role && INSTITUTION.test(role.slice(own.length)) ? firstCountry(role.slice(own.length)) : null;
  return (own ? firstCountry(own) : null) ?? served;
}
