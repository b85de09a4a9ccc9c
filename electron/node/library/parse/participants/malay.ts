// Malay writes the office, then the holder's rank, then the name: "Menteri Luar Datuk Seri Mohamad
// Hasan", "Yang Dipertua Dewan Negara Tan Sri Wan Junaidi Tuanku Jaafar", "Ahli Parlimen Parit
// Sulong Datuk Seri Dr Noraini Ahmad". The rank (Tan Sri, Datuk Seri, Datuk, Dato', Tun, Dr) marks
// where the office, however many capitalised words it runs to, ends and the name begins.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

const OFFICE =
  /(?<![\p{L}])((?:Timbalan |Naib )?(?:Perdana Menteri|Menteri|Yang Dipertua|Yang di-Pertua|Speaker|Ahli Parlimen|Ahli Dewan Negara|Ahli Dewan Rakyat|Duta Besar|Pesuruhjaya Tinggi|Setiausaha Agung|Ketua Setiausaha|Presiden)(?: [\p{Lu}][\p{L}'’-]+){0,4}?)(?= (?:Tan Sri|Datuk Seri|Datuk|Dato['’]? Sri|Dato['’]?|Tun|Tengku|Dr)\.? \p{Lu})/gu;

export function malayMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE, text)) {
    const office = m[1] ?? '';
    const end = m.index + office.length;
    const name = readName(text, end);
    if (!name || name.name.split(' ').length < 2 || !free(m.index, name.end)) continue;
    // "Speaker Parlimen Ghana …": a country closing the office is whose it is.
    const last = office.split(' ').at(-1) ?? '';
    const country = office.includes(' ') ? normalizeCountry(last) : null;
    out.push([
      {
        index: m.index,
        surface: text.slice(m.index, name.end),
        name: name.name,
        role: country ? office.slice(0, -last.length - 1) : office,
        country,
        kind: 'named',
        how: 'named after the office and the rank (Malay)',
      },
      name.end,
    ]);
  }
  return out;
}
