// Countries by their English names as ICU gives them, for an envoy from any country: the country
// table lists the ones the desks name most.

import { normalizeCountry } from '../../../../shared/countries.ts';

/**
 * Every region's English name in ICU's data, for the country after "of" in a title ("Ambassador of
 * Ethiopia"): the table lists the countries the desks name most, an envoy may come from any.
 */
export const REGIONS: Map<string, string> = (() => {
  const en = new Intl.DisplayNames(['en'], { type: 'region' });
  const out = new Map<string, string>();
  for (let a = 65; a < 91; a++)
    for (let b = 65; b < 91; b++) {
      const code = String.fromCharCode(a, b);
      const name = en.of(code);
      if (name && name !== code && /^[\p{Lu}][\p{L}’' -]+$/u.test(name)) out.set(name, name);
    }
  return out;
})();
export const REGION_SOURCE = [...REGIONS.keys()].sort((a, b) => b.length - a.length).join('|');
/** The country a title names after "of": the table's name, else the region's own. */
export const countryNamed = (s: string | undefined): string | null => normalizeCountry(s ?? '') ?? REGIONS.get(s ?? '') ?? null;
