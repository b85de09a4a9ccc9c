// Central Asian, Turkish and Slavic names in Hangul have a word longer than any Korean rule's name
// word: "이스마일로바 아이다 대사와", "샤브카트 미르지요예프 우즈베키스탄 대통령과", "알리셰르 압두살로모프
// 주한우즈베키스탄대사가". korean.ts reads words of up to five syllables; this rule reads a name of two
// or three words, one of them six syllables or more and not Sino-Korean (a Korean compound such as
// "한국여성농업인" is), followed by the same offices; or the long surname alone before a country's office.

import { isCountryWord, KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { sinoKorean } from './home.ts';
import { KOREAN_OFFICE, notKoreanNameWord } from './korean.ts';
import { koreanName } from './korean-lists.ts';
import { GLUED_COUNTRY } from './korean-postings.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a run of six Hangul syllables or more. */
const GATE = /\p{Script=Hangul}{6}/u;

/** "신임" (new), "주한" (posted to Korea) stand between a name and its office, never in the name. */
const BETWEEN = '(?:신임|전임|주한|전)';
// Syllables only: "㈜비코에너지" (a firm, "㈜" a Hangul sign) is no name's word.
const WORD = `(?!${BETWEEN} )[가-힣]{2,9}`;

/** One to three Hangul words, then (the country and) the office. */
let longNamed: RegExp | null = null;
const pattern = (): RegExp =>
  (longNamed ??= new RegExp(
    `(?<![\\p{L}\\p{N}㈜])(${WORD}(?: ${WORD}){0,2}) (?:${BETWEEN} ){0,2}(?:(${KOREAN_COUNTRY_SOURCE}) )?${KOREAN_OFFICE}`,
    'gu',
  ));

/** A word longer than korean.ts reads, with a sound no Sino-Korean word has ("미르지요예프": "르", "프"). */
const longForeign = (w: string): boolean => w.length >= 6 && !sinoKorean(w);

/** A place's or a body's word ("울란바토르시", "대사관", "센터"), or a country's ("우즈베키스탄"): no name's. */
const notNameWord = (w: string): boolean =>
  notKoreanNameWord(w) || isCountryWord(w) || /(?:시|구|군|현|성|주|도|관|청|부|처|회|센터|대학|은행)$/u.test(w);

export function koreanLongNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(pattern())) {
    const words = (m[1] ?? '').split(' ');
    // "방문 중인 샤브카트 미르지요예프": a Sino-Korean word before two foreign ones is the clause's, not the name's.
    if (words.length === 3 && sinoKorean(words[0] ?? '')) words.shift();
    // "바이베크 바우르잔 까드르갈리울르 알마티 시장": a foreign word before the match makes the run longer than a name,
    // and its last word the city the office is in.
    const before = /(\p{Script=Hangul}+) $/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1];
    if (before && !sinoKorean(before) && !notNameWord(before)) continue;
    if (!words.some(longForeign) || words.some(notNameWord)) continue;
    // "박기범 칭다오캠퍼스 교학처장": a Korean name, then a body's loanword name; korean.ts reads it so.
    const first = words[0] ?? '';
    if (words.length > 1 && first.length === 3 && koreanName(first) && sinoKorean(first)) continue;
    const role = (m[3] ?? '').trim();
    // The country glued to an envoy's title ("주한우즈베키스탄대사"): the envoy's own.
    const said = m[2] ?? GLUED_COUNTRY.exec(role)?.[1];
    // A surname alone ("압두살로모프 신임 주한 우즈베키스탄 대사가") only with a country's office: one long word
    // before an office is also a loanword ("커뮤니케이션 팀장").
    if (words.length === 1 && !said) continue;
    const name = words.join(' ');
    const start = m.index + (m[1] ?? '').length - name.length;
    const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    out.push(
      namedMention(text, start, end, {
        name,
        role: role || null,
        country: said ? normalizeCountry(said) : null,
        how: 'a long foreign name in Hangul, then given a title (Korean order)',
      }),
    );
  }
  return out;
}
