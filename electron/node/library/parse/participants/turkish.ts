// Turkish writes the country, the office, then the name, and glues the case ending to the name
// after an apostrophe: "Rusya Dışişleri Bakanı Sergey Lavrov ile görüştü", "Dışişleri Bakanı Hakan
// Fidan'ın diplomasi trafiği", "İngiliz mevkidaşı Truss ile", "Almanya Cumhurbaşkanı
// Frank-Walter Steinmeier'e". The ending is no part of the name; a genitive one ("Lula da
// Silva'nın yemin törenine") makes the person the owner of the next noun, not someone met.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { namedMention } from './named-mention.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

// The embassy's ranks too: "Müsteşar" (counsellor), "Birinci Katip" (first secretary), "Ekonomi Müşaviri", "Ataşe", "Konsolos".
const OFFICE =
  /(?<![\p{L}])((?:Dışişleri|Savunma|Ticaret|Ekonomi|Maliye|İçişleri|Enerji) Bakan(?:ı|ımız)(?: Yardımcısı)?|Cumhurbaşkanı(?: Yardımcısı)?|Başbakan(?:ı)?(?: Yardımcısı)?|Devlet Başkanı|Meclis Başkanı|Genel Başkanı(?: Yardımcısı)?|Belediye Başkanı|Genel Sekreter(?:i)?(?: Yardımcısı)?|Büyükelçisi|Büyükelçi|Başkonsolos(?:u)? Yardımcısı|Başkonsolosu|Başkonsolos|Konsolos(?:u)?(?: Yardımcısı)?|Müsteşar(?:ı)?|(?:Birinci|İkinci|Üçüncü) K[aâ]tip|Müşavir(?:i)?|Ataşe(?:si)?|Maslahatgüzar(?:ı)?|Vali(?: Yardımcısı)?|Valisi|Bakan|mevkidaşı)(?= \p{Lu})/gu;

/** Case endings written after an apostrophe: genitive, dative, accusative, locative, ablative, "with". */
const ENDING = /['’](\p{Ll}{1,5})$/u;
const GENITIVE = /^(?:n?[ıiuü]n)$/u;
/** Locative and ablative: "in/from Brussels", a place written after the name. */
const PLACE_ENDING = /^(?:[dt][ae]n?|nd[ae]n?)$/u;
const ENDINGS = /^(?:n?[ıiuü]n|y?[ae]|y?[ıiuü]|n[ae]|n[ıiuü]|[dt][ae]|[dt][ae]n|nd[ae]n?|yl[ae]|l[ae])$/u;

/** Nationality words Turkish writes before "mevkidaşı" (counterpart): "Rus mevkidaşı". */
const ADJECTIVES: Record<string, string> = {
  rus: 'Russia',
  ingiliz: 'United Kingdom',
  alman: 'Germany',
  amerikan: 'United States',
  abd: 'United States',
  fransiz: 'France',
  rumen: 'Romania',
  cinli: 'China',
  japon: 'Japan',
  ukraynali: 'Ukraine',
  iranli: 'Iran',
  yunan: 'Greece',
};

let turkishNames: Map<string, string> | null = null;
/** Countries by their Turkish names ("Rusya", "Amerika Birleşik Devletleri"), built once from ICU. */
function turkishCountry(words: string): string | null {
  if (!turkishNames) {
    turkishNames = new Map();
    const tr = new Intl.DisplayNames(['tr'], { type: 'region' });
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    for (let a = 65; a < 91; a++)
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        const name = tr.of(code);
        if (name && name !== code) turkishNames.set(fold(name), normalizeCountry(en.of(code) ?? '') ?? en.of(code) ?? code);
      }
  }
  const key = fold(words);
  return ADJECTIVES[key] ?? turkishNames.get(key) ?? null;
}

/** The country written before the office: the longest run of capitalised words that names one. */
function countryBefore(text: string, at: number): string | null {
  const words =
    /((?:[\p{Lu}][\p{L}]* ){1,3})$/u
      .exec(text.slice(Math.max(0, at - 50), at))?.[1]
      ?.trim()
      .split(' ') ?? [];
  for (let i = 0; i < words.length; i++) {
    const country = turkishCountry(words.slice(i).join(' '));
    if (country) return country;
  }
  return null;
}

export function turkishMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  // Cheap gate: the offices all hold one of these.
  if (
    !/Bakan|Cumhurbaşkan|Başkanı|mevkida|Büyükelçi|Sekreter|Vali|Konsolos|Müsteşar|K[aâ]tip|Müşavir|Ataşe|Maslahatgüzar/u.test(
      text,
    )
  )
    return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE, text)) {
    const office = m[1] ?? '';
    // "Genel Başkanı Sayın Meral Akşener": the courtesy word is no part of the name.
    const courtesy = /^ Sayın(?= \p{Lu})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 8))?.[0].length ?? 0;
    const read = readName(text, m.index + m[0].length + courtesy);
    if (!read) continue;
    // The name ends at the first word with a case ending; a locative or ablative one ("Brüksel'de")
    // is a place after the name, not its last word.
    const tokens = read.name.split(' ');
    const cut = tokens.findIndex((t) => ENDING.test(t));
    const ending = cut < 0 ? null : (ENDING.exec(tokens[cut] ?? '')?.[1] ?? null);
    if (ending !== null && !ENDINGS.test(ending)) continue;
    const place = ending !== null && PLACE_ENDING.test(ending);
    const kept = cut < 0 ? tokens : place ? tokens.slice(0, cut) : tokens.slice(0, cut + 1);
    if (kept.length === 0) continue;
    const last = kept.length - 1;
    if (!place && cut >= 0) kept[last] = (kept[last] ?? '').replace(ENDING, '');
    const name = kept.join(' ');
    const possessive = ending !== null && !place ? GENITIVE.test(ending) : read.possessive;
    const end = cut < 0 ? read.end : text.indexOf(tokens[cut] ?? '', m.index) + (place ? -1 : (tokens[cut]?.length ?? 0));
    if (!free(m.index, end)) continue;
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: office,
        country: countryBefore(text, m.index),
        ...(possessive ? { possessive: true } : {}),
        how: 'named after the office (Turkish)',
      }),
    );
  }
  return out;
}
