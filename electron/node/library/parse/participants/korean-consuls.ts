// A consulate's staff named as items of a list of those present: "이수존 총영사, 허승재 부총영사, 박태진
// 영사를 비롯한 5명의 영사", "김희택 함부르크 총영사, 장원일 영사, 신종민 영사, …", "이스마일로바 아이다 대사와
// 자일루베코브 루슬란 영사 등". "영사" alone is no office korean.ts reads: it also opens consular services
// ("이동 영사 서비스", "재외국민 영사 민원"), names a section ("영사과 인력") and a consul heard in an interview
// ("LA총영사관 한주형 영사다") or named as a successor ("후임으로 강용구 영사") is not one who sat in. Read only
// between a list's separators: after a comma or "와/과/및", before a comma, "등" or "를 비롯해".

import { isCountryWord } from '../../../../shared/countries.ts';
import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { notKoreanNameWord } from './korean.ts';
import { koreanName } from './korean-lists.ts';
import type { Mention } from './types.ts';

/** An item after a list's separator: one to three Hangul words, then "영사" or "부영사", then the list goes on. */
const CONSUL =
  /(?<=(?:[,，·]|(?<=\p{Script=Hangul})(?:와|과)|및) ?)(\p{Script=Hangul}{2,9}(?: \p{Script=Hangul}{2,9}){0,2}) (부?영사)(?=[,，·]| 등(?![\p{Script=Hangul}])|를 비롯|와 |및 )/gu;

/** One Korean name (a surname and Sino-Korean syllables), or two or three words of a foreign one. */
function nameOk(words: string[]): boolean {
  if (words.some((w) => notKoreanNameWord(w) || isCountryWord(w))) return false;
  if (words.length === 1) return koreanName(words[0] ?? '') && sinoKorean(words[0] ?? '');
  // A foreign name has a sound no Sino-Korean word has ("자일루베코브"); Korean words of a body's name do not.
  return words.some((w) => !sinoKorean(w));
}

export function koreanConsulMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!text.includes('영사')) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(CONSUL)) {
    const words = (m[1] ?? '').split(' ');
    if (!nameOk(words)) continue;
    const name = words.join(' ');
    const role = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    const home = words.length === 1 ? koreanHome(name, role) : null;
    out.push([
      {
        index: m.index,
        surface: m[0],
        name,
        role,
        country: home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        how: 'a consul named in a list of those present (Korean)',
        attending: true,
      },
      end,
    ]);
  }
  return out;
}
