// Korean also gives the office first as what the person is, "…인" (who is), then the name and its particle:
// "주한 키르기스스탄 대사인 아이다 이스마일로바는 시청을 방문해", "우즈베키스탄 대사인 알리셰르 카리모프를 접견했다".
// The name-then-office rules read no name here: the office comes before it. The name is read only where it is
// a foreign one (a word with a sound no Sino-Korean word has) or a full Korean one (a surname, three syllables),
// closed by its case particle, so a pronoun or a noun after the office ("시장인 저를", "회장인 농업기술센터에") is none.

import { isCountryWord, KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { sinoKorean } from './home.ts';
import { notKoreanNameWord } from './korean.ts';
import { koreanName } from './korean-lists.ts';
import { TITLES } from './korean-titles.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Cheap test first: an office word's "인", a space, a Hangul word. */
const GATE = /인 \p{Script=Hangul}/u;

let appositive: RegExp | null = null;
const pattern = (): RegExp =>
  (appositive ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:주한 )?(?:(${KOREAN_COUNTRY_SOURCE}) )?(?:주한 )?((?:${TITLES}))인 ((?:[가-힣]{2,9} ){0,2}[가-힣]{1,9}?)(?:은|는|이|가|을|를|과|와|도|께서|에게)(?![\\p{L}])`,
    'gu',
  ));

export function koreanOfficeAppositiveMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(pattern())) {
    const name = m[3] ?? '';
    const words = name.split(' ');
    if (words.some((w) => w.length < 2 || notKoreanNameWord(w) || isCountryWord(w))) continue;
    const foreign = words.some((w) => !sinoKorean(w));
    const korean = words.length === 1 && name.length === 3 && koreanName(name) && sinoKorean(name);
    if (!foreign && !korean) continue;
    const end = m.index + m[0].lastIndexOf(name) + name.length;
    if (!free(m.index, end)) continue;
    const said = m[1];
    out.push(
      namedMention(text, m.index, end, {
        name,
        role: m[2] ?? null,
        country: said ? normalizeCountry(said) : null,
        how: 'the office first, "…인" (who is), then the name (Korean apposition)',
      }),
    );
  }
  return out;
}
