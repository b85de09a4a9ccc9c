// Korean writes a foreign official's city or province between the name and the office: "호 꽝 디엡
// 지안시 당서기장", "바오 토 나트랑시 의회 부의장", "윤 린네 씨엠립주 부지사", "스즈키 세이지
// 사이타마현 의회 의장". The name-then-title rule reads the place as the name's last word ("토
// 나트랑시 의회") or, with a name of three words, finds nothing; here the place is passed over.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { sinoKorean } from './home.ts';
import { isKoreanTitleWord, notKoreanNameWord } from './korean.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/**
 * Two to four words, then one or two places (a word of three syllables or more ending in 시, 성,
 * 현 or 주), then maybe the body the office is in (a council, a people's committee, the party),
 * then the office: one word.
 */
const PLACE_OFFICE =
  /(?<![\p{L}\p{N}])((?:\p{Script=Hangul}{1,5} ){1,3}\p{Script=Hangul}{1,5}) ((?:\p{Script=Hangul}{2,8}[시성현주] ){1,2})((?:\p{Script=Hangul}{0,3}의회|인민위원회|인민의회|당) )?(\p{Script=Hangul}{1,10})(?![\p{L}])/gu;

/** A verb's connective form ends the clause before the name: "캄퐁참주를 찾아 속 다라 …", "방문해", "맞아". */
const CONNECTIVE = /^(?:\p{Script=Hangul}+해|찾아|맞아|만나|열어|거쳐|따라|앞두고|아울러)$/u;

/**
 * A foreign city written apart from its mayor's title: "도모나가 노리오 사세보 시장을". The bare word
 * is the city only where the record also writes it as one ("사세보시 대표단"): "반도체 시장" is a market.
 */
const CITY_MAYOR =
  /(?<![\p{L}\p{N}])((?:\p{Script=Hangul}{1,5} ){1,3}\p{Script=Hangul}{1,5})(?: ?[(（][^)）]{1,20}[)）])? (\p{Script=Hangul}{2,6}) (부?시장)(?=은|는|이|가|을|를|과|와|의|께서|[\s,])/gu;

/** A place word right before an office: the cheap test before the pattern runs. */
const PLACE_THEN_WORD = /\p{Script=Hangul}{2}[시성현주] \p{Script=Hangul}/u;

/** The words nearest the place that a name may be: "방문단은 바오 토" is "바오 토". */
function nameBefore(words: string): string[] {
  const name: string[] = [];
  for (const w of words.split(' ').reverse()) {
    if (notKoreanNameWord(w) || CONNECTIVE.test(w)) break;
    name.unshift(w);
  }
  return name;
}

function cityMayorMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  if (!text.includes(' 시장') && !text.includes(' 부시장')) return out;
  CITY_MAYOR.lastIndex = 0;
  for (let m = CITY_MAYOR.exec(text); m; m = CITY_MAYOR.exec(text)) {
    const city = m[2] ?? '';
    const words = nameBefore(m[1] ?? '');
    // A foreign name (two words or more, one with sounds no Sino-Korean word has or longer than a
    // Korean name's part: "도모나가"), no country among them, and the city written as one elsewhere.
    const foreign = words.some((w) => !sinoKorean(w) || w.length >= 4) && !words.some((w) => normalizeCountry(w));
    if (words.length < 2 || !foreign || !text.includes(`${city}시`)) {
      CITY_MAYOR.lastIndex = m.index + (m[1]?.indexOf(' ') ?? 0) + 1;
      continue;
    }
    const name = words.join(' ');
    const start = m.index + (m[1] ?? '').length - name.length;
    const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    out.push(
      namedMention(text, start, end, {
        name,
        role: `${city} ${m[3] ?? ''}`,
        how: 'named, then given a city and the title of its mayor (Korean order)',
      }),
    );
  }
  return out;
}

export function koreanPlaceMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = cityMayorMentions(text, free);
  if (!PLACE_THEN_WORD.test(text)) return out;
  PLACE_OFFICE.lastIndex = 0;
  for (let m = PLACE_OFFICE.exec(text); m; m = PLACE_OFFICE.exec(text)) {
    const office = m[4] ?? '';
    if (!isKoreanTitleWord(office)) {
      // The words matched may hold the next reading's name: go on from the second word.
      PLACE_OFFICE.lastIndex = m.index + (m[1]?.indexOf(' ') ?? 0) + 1;
      continue;
    }
    const words = nameBefore(m[1] ?? '');
    // A foreign name in Hangul: two words or more, and it or its place has sounds no Sino-Korean word has
    // ("호 꽝 디엡", "바오 토 나트랑시"); two Sino-Korean words before a Sino-Korean place may be any phrase.
    const places = (m[2] ?? '').trim().split(' ');
    if (words.length < 2 || [...words, ...places].every((w) => sinoKorean(w))) continue;
    const name = words.join(' ');
    const start = m.index + (m[1] ?? '').length - name.length;
    const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const role = `${m[3] ?? ''}${office.replace(/(?:은|는|이|가|을|를|과|와|의|께서)$/u, '')}`;
    out.push(
      namedMention(text, start, end, {
        name,
        role,
        how: 'named, then given a place and a title (Korean order)',
      }),
    );
  }
  return out;
}
