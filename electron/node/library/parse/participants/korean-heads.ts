// Korean names a delegation's or a body's head in brackets after it: "스기나미구 대표단(구장
// 키시모토 사토코)", "장흥군(군수 김성)", "광진구(구청장 김경호)". The office comes first inside
// the brackets, then the name; the country is the one named just before the body, if any. It also
// writes the office first and the name alone in brackets: "운젠시 시장(가나자와 히데사부로)", "의회
// 의장(오쿠보 마사미)", "주한 대사(간디 솔레스티안토)와".

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { koreanHome, sinoKorean } from './home.ts';
import { isKoreanTitleWord } from './korean.ts';
import type { Mention } from './types.ts';

/**
 * "(단장 홍길동)", "(구청장 김경호)", "(대표 존 스미스)": an office ending as heads' offices do, then one to three words;
 * a foreign name's first word may be one syllable ("존 스미스") and its last a long transliteration ("파루크 고이브나자로보").
 */
const HEAD =
  /(?<=\p{Script=Hangul})[(（](\p{Script=Hangul}{0,6}(?:장|대표|대사|지사|총영사|군수|총재)) (\p{Script=Hangul}{2,5}(?: \p{Script=Hangul}{1,8}){0,2}|\p{Script=Hangul}(?: \p{Script=Hangul}{1,8}){1,2})[)）]/gu;

/** "시장(가나자와 히데사부로)", "의장(김민수 金敏洙)": the office, then in brackets the name, its own script maybe after it. */
const OFFICE_THEN_NAME =
  /(?<![\p{L}\p{N}])(\p{Script=Hangul}{0,6}(?:장|대사|지사|총영사|군수|총재))[(（](\p{Script=Hangul}{2,5}(?: \p{Script=Hangul}{1,6}){0,2})(?: [\p{Script=Han} ]{2,9})?[)）]/gu;

const SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])/u;

/** The words that hide or qualify a name ("홍 모 씨", "김 아무개", "외 3명"), never a part of one. */
const ANONYMISED = /^(?:모|씨|아무개|외|등|및|일행)$/u;

/** A Korean name (one word, a surname, Sino-Korean sounds) or a foreign one in Hangul (two or three words). */
const isName = (name: string): boolean => {
  const words = name.split(' ');
  if (words.length === 1) return name.length <= 4 && SURNAME.test(name) && sinoKorean(name);
  // No Korean name is three words: "(위원장 응우옌 반 남)", "(시장 마리아 호세 로페스)"; but "(대표 홍 모 씨)" hides one,
  // and "(교장 및 이사장)" names two offices.
  if (words.some((w) => ANONYMISED.test(w) || isKoreanTitleWord(w))) return false;
  return words.length === 3 || words.some((w) => !sinoKorean(w));
};

/**
 * Where only the brackets say a person is meant, the name must be one beyond doubt: a Korean name
 * of three syllables ("현장(서울)" is a site), or a foreign one of two or three words, one of them with
 * sounds no Sino-Korean word has or longer than a Korean name's part ("가나자와 히데사부로").
 */
/**
 * Words a bracket after an office holds that are no name: a place in a photograph ("앞줄 오른쪽"), a
 * rank ("서장 급"), a body or a province ("공과대학 교수", "절강성 병원장"), a profession.
 */
const NOT_NAME_WORD = /(?:쪽|줄|가운데|급|대학|대학교|학과|성|현|청|회|교수|장)$/u;

const isBracketedName = (name: string): boolean => {
  const words = name.split(' ');
  if (words.length === 1) return name.length === 3 && isName(name);
  if (words.some((w) => NOT_NAME_WORD.test(w) || isKoreanTitleWord(w))) return false;
  return words.some((w) => !sinoKorean(w) || w.length >= 4) && !words.some((w) => normalizeCountry(w));
};

const COUNTRY_BEFORE = new RegExp(`(?<![\\p{L}])(${KOREAN_COUNTRY_SOURCE})(?![\\p{L}])[^.。\\n,]{0,30}$`, 'u');

/** The country written just before the office, else Korea's for a one-word name the office makes a Korean official. */
function countryOf(text: string, at: number, name: string, role: string): string | null {
  const said = COUNTRY_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return said ? normalizeCountry(said) : name.includes(' ') ? null : koreanHome(name, role);
}

function officeThenNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  for (const m of execAll(OFFICE_THEN_NAME, text)) {
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!isBracketedName(name) || !free(m.index, end)) continue;
    const country = countryOf(text, m.index, name, role);
    const how = 'given an office, then named in brackets (Korean)';
    out.push([{ index: m.index, surface: `${role} ${name}`, name, role, country, kind: 'named', how }, end]);
  }
  return out;
}

export function koreanHeadMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = text.includes('(') || text.includes('（') ? officeThenNameMentions(text, free) : [];
  for (const m of execAll(HEAD, text)) {
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!isName(name) || !free(m.index, end)) continue;
    const country = countryOf(text, m.index, name, role);
    out.push([
      {
        index: m.index + 1,
        surface: `${role} ${name}`,
        name,
        role,
        country,
        kind: 'named',
        how: 'named in brackets as the head of a delegation or body (Korean)',
      },
      end,
    ]);
  }
  return out;
}
