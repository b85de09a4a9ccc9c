// Korean names a delegation's or a body's head in brackets after it: "스기나미구 대표단(구장
// 키시모토 사토코)", "장흥군(군수 김성)", "광진구(구청장 김경호)". The office comes first inside
// the brackets, then the name; the country is the one named just before the body, if any.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { koreanHome, sinoKorean } from './home.ts';
import type { Mention } from './types.ts';

/** "(단장 홍길동)", "(구청장 김경호)", "(대표 존 스미스)": an office ending as heads' offices do, then one to three words. */
const HEAD =
  /(?<=\p{Script=Hangul})[(（](\p{Script=Hangul}{0,6}(?:장|대표|대사|지사|총영사|군수|총재)) (\p{Script=Hangul}{2,5}(?: \p{Script=Hangul}{1,6}){0,2})[)）]/gu;

const SURNAME =
  /^(?:남궁|황보|제갈|선우|독고|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉])/u;

/** A Korean name (one word, a surname, Sino-Korean sounds) or a foreign one in Hangul (two or three words). */
const isName = (name: string): boolean => {
  const words = name.split(' ');
  if (words.length === 1) return name.length <= 4 && SURNAME.test(name) && sinoKorean(name);
  return words.some((w) => !sinoKorean(w));
};

const COUNTRY_BEFORE = new RegExp(`(?<![\\p{L}])(${KOREAN_COUNTRY_SOURCE})(?![\\p{L}])[^.。\\n,]{0,30}$`, 'u');

export function koreanHeadMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HEAD, text)) {
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!isName(name) || !free(m.index, end)) continue;
    const said = COUNTRY_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const country = said ? normalizeCountry(said) : name.includes(' ') ? null : koreanHome(name, role);
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
