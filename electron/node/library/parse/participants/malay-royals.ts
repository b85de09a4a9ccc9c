// Malay names a ruler's consort by her title, then her own royal name, which opens with a royal
// style that is part of it: "Raja Permaisuri Agong Tunku Azizah Aminah Maimunah Iskandariah",
// "Seri Paduka Baginda Raja Permaisuri Agong Tuanku Nur Zahirah", "Raja Isteri Pengiran Anak
// Saleha", "Tengku Ampuan Pahang, Tunku Hajah Azizah", "Sultanah Johor Raja Zarith Sofiah". The
// title alone says whose: the federal Queen's is Malaysia's, the Raja Isteri Brunei's. The name is
// read only when it opens with such a style, so a queen of elsewhere ("Permaisuri Jepun, Masako")
// is left to the other rules.

import { execAll } from '../patterns.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** A consort's title, and after it, on a state's consort, the state's one word ("Tengku Ampuan Pahang"). */
const TITLE =
  '(Raja Permaisuri Agong|Raja Permaisuri|Raja Isteri|Pengiran Isteri|Permaisuri|Tengku Ampuan|Tuanku Ampuan|Tunku Ampuan|Raja Perempuan|Sultanah)';
/** The royal style that opens the consort's own name, with "Hajah" after it when she has made the pilgrimage. */
const STYLE = '(?:Tunku|Tuanku|Tengku|Pengiran Anak|Pengiran|Raja|Che Puan|Cik Puan)(?: Hajah)?';
const WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]+";
/** The state's word, when there is one: a capitalised word that is not itself a royal style. */
const STATE = `(?: (?!(?:Tunku|Tuanku|Tengku|Pengiran|Raja|Che|Cik)(?![\\p{L}]))${WORD})?`;
const CONSORT = new RegExp(`(?<![\\p{L}])${TITLE}${STATE},? (${STYLE}(?: ${WORD}| (?:binti|bin|ibni) ${WORD}){1,7})`, 'gu');

/** Whose consort the title alone says. */
const COUNTRY: Record<string, string> = {
  'Raja Permaisuri Agong': 'Malaysia',
  'Raja Isteri': 'Brunei',
  'Pengiran Isteri': 'Brunei',
};

export function malayRoyalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!/Permaisuri|Isteri|Ampuan|Raja Perempuan|Sultanah/u.test(text)) return out;
  for (const m of execAll(CONSORT, text)) {
    const title = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: title,
        country: COUNTRY[title] ?? null,
        how: 'named after the consort’s title, her royal style opening her name (Malay)',
      }),
    );
  }
  return out;
}
