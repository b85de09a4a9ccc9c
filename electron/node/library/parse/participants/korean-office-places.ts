// A Korean-read name, then the province or the city the office is in, then the office: "장홍빈 길림성
// 교육청장" (a Chinese province's head of education), "김희택 함부르크 총영사" (Korea's consul general in
// Hamburg). The middle word is the place, part of the office, never the person's name.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';

/** A foreign province as Korean writes it: "길림성", "흑룡강성", "빈투언성". */
const PROVINCE = /^\p{Script=Hangul}{2,4}성$/u;
/** An envoy posted to a city: the city stands between the name and the title ("… 함부르크 총영사"). */
const ENVOY = /^(?:부?총영사|부?영사|대사)$/u;
const COUNTRY_BEFORE = new RegExp(`(?<![\\p{L}])(${KOREAN_COUNTRY_SOURCE}) (\\p{Script=Hangul}{2,4}성)`, 'gu');

/** The record also writes the word as a place: "함부르크에 도착해", "뉴욕에서", "뉴욕을 방문해" (never "새로운에"). */
const AS_PLACE = ['에 ', '에서', '으로 ', '로 ', '을 방문', '를 방문'];
const writtenAsPlace = (word: string, text: string): boolean => AS_PLACE.some((after) => text.includes(`${word}${after}`));

/**
 * Whether `word`, between a name and `office`, is the place the office is in, and the country that
 * place is in when the record says so (`koreanName`: whether a word could be a Korean name). A word ending in "성" is a province only where the record
 * also writes a country before it ("중국 길림성을 방문해"): "이재성", "김민성" are names. A word no
 * Korean name could be ("함부르크", "뉴욕") before an envoy's title is the city of the posting, where the
 * record also writes it as a place: "국가 원수가 새로운 대사에게" is a modifier before the title.
 */
export function placeInOffice(
  word: string,
  office: string,
  text: string,
  koreanName: (w: string) => boolean,
): { country: string | null } | null {
  if (PROVINCE.test(word) && text.includes(word)) {
    for (const m of text.matchAll(COUNTRY_BEFORE)) if (m[2] === word) return { country: normalizeCountry(m[1] ?? '') };
  }
  if (ENVOY.test(office) && word.length >= 2 && !koreanName(word) && writtenAsPlace(word, text)) return { country: null };
  return null;
}
