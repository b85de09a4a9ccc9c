// Korean text sometimes keeps a foreign name in Latin letters and puts the Korean office after it,
// as it does for a name in Hangul: "Dao Ngoc Dung 장관은", "Pham Quang Minh 교수는", "Sang Guowei
// 전인대 부위원장". The Hangul rules never read such a name; this one reads it with the same offices.

import { isCountryWord, KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { KOREAN_OFFICE } from './korean.ts';
import { namedMention } from './named-mention.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a Latin word, a space, then Hangul. */
const GATE = /\p{Script=Latin} \p{Script=Hangul}/u;

/** The last word of a firm's or a body's name, never a person's: "Samsung Electronics", "Korea Foundation". */
const BODY_END =
  /^(?:Electronics|Group|Corporation|Corp|Company|Bank|University|Institute|Foundation|Association|Council|Ministry|Office|Agency|Airlines|Motors|Holdings|Industries|Times|News|Post)$/u;

/** Two to four capitalised Latin words ("Dao Ngoc Dung", "Dai Bingguo"), an optional bracket, then the office. */
let latinNamed: RegExp | null = null;
const pattern = (): RegExp =>
  (latinNamed ??= new RegExp(
    `(?<![\\p{L}\\p{N}.-])(\\p{Lu}[\\p{Ll}\\p{M}'’-]+(?: \\p{Lu}[\\p{Ll}\\p{M}'’-]+){1,3})(?: ?[(（][^)）]{1,40}[)）])? (?:(${KOREAN_COUNTRY_SOURCE}) )?(?:(교수|총장|학장)(?=(?:은|는|이|가|을|를|과|와|의|께서)?(?![\\p{Script=Hangul}]))|${KOREAN_OFFICE})`,
    'gu',
  ));

export function koreanLatinMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(pattern())) {
    const name = m[1] ?? '';
    // "Samsung Electronics", "Republic of Korea": firms, places and common words are no one's name.
    const words = name.split(' ');
    if (words.some((t) => NOT_NAMES.has(fold(t), t) || isCountryWord(t)) || BODY_END.test(words.at(-1) ?? '')) continue;
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: (m[3] ?? m[4] ?? '').trim() || null,
        country: m[2] ? normalizeCountry(m[2]) : null,
        how: 'named in Latin letters, then given a Korean title',
      }),
    );
  }
  return out;
}
