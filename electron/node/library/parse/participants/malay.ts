// Malay writes the office, then the holder's rank, then the name: "Menteri Luar Datuk Seri Mohamad
// Hasan", "Yang Dipertua Dewan Negara Tan Sri Wan Junaidi Tuanku Jaafar", "Ahli Parlimen Parit
// Sulong Datuk Seri Dr Noraini Ahmad". The rank (Tan Sri, Datuk Seri, Datuk, Dato', Tun, Dr) marks
// where the office, however many capitalised words it runs to, ends and the name begins. An envoy's office may
// name the post after "ke" ("Duta China ke Malaysia Dr Huang Wei"), and an office in lower case is read
// only before a rank ("pemangku menteri luar, Datuk Ali Hassan").

import { COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

const OFFICE =
  /(?<![\p{L}])((?:(?:Timbalan |Naib |Pemangku )?(?:Perdana Menteri|Ketua Menteri|Menteri Besar|Menteri|MENTERI|Yang Dipertua|Yang di-Pertua|Speaker|Ahli Parlimen|Ahli Dewan Negara|Ahli Dewan Rakyat|Duta Besar|Duta|Pesuruhjaya Tinggi|Setiausaha(?: Agung| Kerajaan Negeri)?|Ketua Setiausaha|Penasihat|Pegawai|Ketua Pengarah|Pengarah|Presiden)(?: [\p{Lu}][\p{L}'’-]+){0,4}?(?: ke [\p{Lu}][\p{L}'’-]+)?|(?:timbalan |pemangku )?menteri(?: (?!(?:dan|dengan|yang|serta|atau|bersama)(?![\p{L}]))\p{Ll}+){0,2}?(?=,? (?:Tan Sri|Datuk Seri|Datuk|Dato['’]? Sri|Dato['’]?|Tun|Tengku)\.? \p{Lu})))(?=,? (?:Tan Sri|Datuk Seri|Datuk|Dato['’]? Sri|Dato['’]?|Tun|Tengku|Dr)\.? \p{Lu}|, (?!(?:Setiausaha|Menteri|Timbalan|Ketua|Presiden|Perdana|Duta|Sekretaris|Wakil|Yang)(?![\p{L}]))\p{Lu}\p{Ll}+ \p{Lu})/gu;

/**
 * An office closed by its country, then the holder with no rank (asia28): "Menteri Luar Laos Saleumxay Kommasith",
 * "Speaker Parlimen Ghana Alban Sumana Kingsford Bagbin". Read only in Malay or Indonesian text.
 */
const OFFICE_COUNTRY = new RegExp(
  `(?<![\\p{L}])((?:Timbalan |Naib )?(?:Perdana Menteri|Menteri|Speaker|Duta Besar|Pesuruhjaya Tinggi|Presiden)(?: [\\p{Lu}][\\p{L}'’-]+){0,3}?) (${COUNTRY_SOURCE})(?= \\p{Lu}\\p{Ll}+ \\p{Lu})`,
  'gu',
);
/** Malay and Indonesian function words: the text is in one of them. */
const MALAY_TEXT = /(?<![\p{L}])(?:yang|dengan|dan)(?![\p{L}])/u;

/** A rank after the office's comma: the holder's name follows it. */
const RANK_AFTER_COMMA = /^, (?:Tan Sri|Datuk Seri|Datuk|Dato['’]? Sri|Dato['’]?|Tun|Tengku|Dr)\.? \p{Lu}/u;

export function malayMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE, text)) {
    const written = m[1] ?? '';
    const end = m.index + written.length;
    // "Duta China ke Malaysia": the post after "ke" is where the envoy serves, not whose envoy.
    const office = written.replace(/ ke \S+$/u, '');
    // "Perdana Menteri, Datuk Seri Anwar Ibrahim", "Timbalan Perdana Menteri Thailand, Prawit Wongsuwan" (asia28):
    // a comma between the office and its holder; without a rank, only after a country closing the office.
    const comma = text[end] === ',';
    const last = office.split(' ').at(-1) ?? '';
    const country = office.includes(' ') ? normalizeCountry(last) : null;
    if (comma && !country && !RANK_AFTER_COMMA.test(text.slice(end, end + 14))) continue;
    const name = readName(text, comma ? end + 1 : end);
    if (!name || name.name.split(' ').length < 2 || !free(m.index, name.end)) continue;
    // "Speaker Parlimen Ghana …": a country closing the office is whose it is.
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role: country ? office.slice(0, -last.length - 1) : office,
        country,
        how: 'named after the office and the rank (Malay)',
      }),
    );
  }
  if (!MALAY_TEXT.test(text)) return out;
  for (const m of execAll(OFFICE_COUNTRY, text)) {
    const country = normalizeCountry(m[2] ?? '');
    const name = readName(text, m.index + m[0].length);
    if (!country || !name || name.name.split(' ').length < 2 || !free(m.index, name.end)) continue;
    out.push(
      namedMention(text, m.index, name.end, {
        name: name.name,
        role: m[1] ?? null,
        country,
        how: 'named after the office and its country (Malay)',
      }),
    );
  }
  return out;
}
