// Where an Indonesian envoy is posted, and short forms in brackets: what local.ts skips between an office and the name.

import { countryAt } from '../../../../shared/countries.ts';
import { commaName, readName } from './names.ts';

/**
 * "Menteri Luar Negeri (Menlu) Sugiono", "Wakil Presiden (Wapres) Amerika Serikat (AS) Michael
 * Pence", "(Menko Marves) Luhut …": a short form in brackets after an office or a country, skipped to what follows.
 */
export const shortForm = (text: string, at: number): number =>
  /^ \(\p{Lu}[\p{L}]{0,8}(?: \p{Lu}[\p{L}]{0,8})?\)(?= \p{Lu})/u.exec(text.slice(at, at + 24))?.[0].length ?? 0;

export const ENVOY = /^(?:Wakil )?(?:Duta Besar|Dubes|Konsul Jenderal|Konjen)/u;
const POSTED_IN = /^ (?:berkedudukan |berkantor )?di (\p{Lu}[\p{L}-]*)(?:\s(\p{Lu}[\p{L}-]*))?/u;
const CITY_SET_OFF = /^ \p{Lu}\p{Ll}+(?=, \p{Lu})/u;

/**
 * Where an Indonesian envoy is posted, between the country and the name: "Duta Besar Lithuania
 * untuk Indonesia berkedudukan di Singapura Darius Gaidys", "Konsul Jenderal Australia di Makassar
 * Todd Dias", "… di Kuala Lumpur, Malaysia Udaya Raj Pandey". The city is one word, or two when a
 * country follows it; the name after it has two words or more. Returns how far to skip (0: none).
 */
export function postedIn(text: string, at: number): number {
  const m = POSTED_IN.exec(text.slice(at, at + 80));
  // "Konsul Jenderal RI Jeddah, Mohamad Hery Saripudin": the city written straight after the country, the name set off by a comma.
  const city = m ? null : CITY_SET_OFF.exec(text.slice(at, at + 40));
  const set = city ? readName(text, at + city[0].length + 1) : null;
  if (city)
    return set && set.name.split(' ').length >= 2 && !/ (?:Raya|Utara|Selatan|Timur|Barat|Tengah)$/u.test(set.name)
      ? city[0].length
      : 0;
  if (!m?.[1]) return 0;
  const one = m[0].length - (m[2] ? m[2].length + 1 : 0);
  for (const city of m[2] ? [m[0].length, one] : [one]) {
    let end = at + city;
    const comma = /^,\s*/u.exec(text.slice(end, end + 4));
    // A line break inside the list ("Kuala Lumpur,\nMalaysia") is a space here.
    const window = text.slice(end, end + 60).replace(/\n/gu, ' ');
    const country = comma ? countryAt(window, comma[0].length - 1) : null;
    if (country) end += country.end;
    // "Konsul Jenderal Jepang di Surabaya, Kenji Ito, …": the name set off by commas after the city,
    // but not a province after it ("di Makassar, Sulawesi Selatan"), which ends on its compass word.
    else if (comma && city === one) {
      const set = commaName(text, end);
      if (set && !/ (?:Utara|Selatan|Timur|Barat|Tengah|Raya)$/u.test(set.name)) return end - at;
      continue;
    } else if (city !== one) continue;
    const name = readName(text, end);
    if (name && name.name.split(' ').length >= 2) return end - at;
  }
  return 0;
}
