// Government releases in Korean sometimes write the office first, as in a letterhead: "국무총리
// 이낙연은 … 비엣남 부총리 부엉 딩 후에를 접견했다". The office opens the clause (or follows its
// country), then a name ends with its particle: a Korean name of three syllables, or a foreign one
// of two or three words in Hangul.

import { KOREAN_COUNTRY_SOURCE, normalizeCountry } from '../../../../shared/countries.ts';
import { koreanHome, sinoKorean } from './home.ts';
import { notKoreanNameWord } from './korean.ts';
import { JAPANESE_LIKE } from './korean-bodies.ts';
import type { Mention } from './types.ts';

// A chair of a standing committee or a parliament ("상무위원회 위원장", "국회 부의장"): only after its body (see OPENS).
const OFFICE =
  '(?:부?위원장|부?의장|대통령|부통령|국무총리|부총리|총리|국가주석|주석|국왕|외교부 ?장관|외교장관|외무장관|외교부장|국무장관|\\p{Script=Hangul}{1,6}부 장관|총영사|총령사|부?주장)';

/** The office, the name and its particle, found first (the office is a literal, cheap to look for). */
const TITLE_FIRST = new RegExp(
  `(${OFFICE}) (\\p{Script=Hangul}{1,5}(?: \\p{Script=Hangul}{1,5}){0,2}?)(은|는|이|가|을|를|과|와|에게)(?=[\\s,])`,
  'gu',
);
/**
 * The body a chair heads, written before the office as China's Korean-language press does ("전국인대
 * 상무위원회 위원장 조락제는", "한국 국회 부의장 이학영을"): one or two words ending as a body's name does.
 */
// …and the consulate or the prefecture a consul general or a governor heads ("주심양한국총영사관 총영사 임병진을",
// "연변주 부주장 조덕용이").
const BODIES = '(?:\\p{Script=Hangul}{1,8}(?:회|인대|의회|국회|관|주) ){1,2}';
/**
 * A chair's office is read only after its body: "위원장 김 아무개는" alone may be any committee's; so is a prefecture's
 * governor ("연변주 주장"), whose office is also the word for a claim or a team's captain.
 */
const CHAIR = /^부?(?:위원장|의장|주장)$/u;

/**
 * What must come right before the office: a line's or sentence's start, a quote, or its country.
 * Checked only where an office was found: looking behind at every character was most of the cost.
 */
const OPENS = new RegExp(`(?:^|(?<=[\\n.。"“”'‘’]\\s?)|(?<=(${KOREAN_COUNTRY_SOURCE}) ))`, 'muy');
/**
 * …or its body, a word of its own: after its country, a line's or a clause's start, or the place or time before it
 * ("7일, 연변주 부주장 …", "호텔에서 주심양한국총영사관 총영사 …").
 */
const BODY_OPENS = new RegExp(
  `(?<=(?:(${KOREAN_COUNTRY_SOURCE}) |^|[\\n.。,]\\s?|(?<![\\p{L}])\\p{Script=Hangul}{1,12}(?:에서|에|에는) )${BODIES})`,
  'muy',
);

// With the spellings China's and the North's Korean keep for a family name's first sound ("리", "림", "량", "로": 이, 임, 양, 노).
const SURNAME =
  /^(?:[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉리림량로렴려룡륙])/u;
/** Nouns that follow an office and look like a name: a group, a ceremony, a document ("방문단", "취임식", "신임장"). */
const NOUN_END = /(?:단|식|회|실|관|청|장|국|측|들|님|께)$/u;

function nameOk(name: string): boolean {
  const words = name.split(' ');
  if (words.length === 1) return name.length === 3 && SURNAME.test(name) && sinoKorean(name) && !NOUN_END.test(name);
  // No Korean name is three words ("부엉 딩 후에"); two words must sound foreign ("토니 블링컨").
  return words.length === 3 || words.some((w) => !sinoKorean(w));
}

/**
 * An envoy's office first, its posting before it, then the name: "주한 미국대사 필립 골드버그는", "주부산 일본총영사
 * 오타 요시히로를", "주일 한국대사 윤덕민은". The posting ("주" and the country or city) or the country glued to the
 * office says it is an envoy's title, wherever in the sentence it stands.
 */
const ENVOY_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(주\\p{Script=Hangul}{1,8}) )?(?:(${KOREAN_COUNTRY_SOURCE}) ?)?((?:특명전권)?(?:대사|총영사)) (\\p{Script=Hangul}{1,5}(?: \\p{Script=Hangul}{1,5}){0,2}?)(은|는|이|가|을|를|과|와|에게)(?=[\\s,])`,
  'gu',
);
/**
 * Words after an envoy's office that are no name (nor any word ending as a clause does, "대사 측의 약속이"): a chargé
 * ("대사 대리"), a nominee ("지명자", "내정자"), a spouse ("대사 배우자를"),
 * a party, a couple, the residence, a time in the post ("재임", "시절").
 */
const NOT_ENVOY_NAME =
  /^(?:대리|대행|지명자|내정자|임명자|후보자?|출신|시절|재임|재직|관저|배우자들?|가족|부인|부부|내외|일행|측|모|씨|등|및|겸|외)$/u;
/** "전 주한 미국대사 …", "前 …": a former envoy is recalled, not posted. */
const FORMER_BEFORE = /(?:^|[\s(])(?:전|前)\s$/u;

function envoyFirstMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  const out: [Mention, number][] = [];
  ENVOY_FIRST.lastIndex = 0;
  for (let m = ENVOY_FIRST.exec(text); m; m = ENVOY_FIRST.exec(text)) {
    const [, posting, glued, office = '', name = '', particle = ''] = m;
    // Posted or the country glued on: "대사 홍길동은" alone may be any title's tail.
    if (!posting && !glued) continue;
    if (FORMER_BEFORE.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    const words = name.split(' ');
    // A Japanese name sounds Sino-Korean throughout ("오타 요시히로"): one of its two words is as long as no Korean word-part.
    const japanese = words.length === 2 && words.some((w) => JAPANESE_LIKE.test(w) && !NOUN_END.test(w));
    if (!(nameOk(name) || japanese) || words.some((w) => NOT_ENVOY_NAME.test(w) || notKoreanNameWord(w))) continue;
    const start = m.index;
    const end = start + m[0].length - particle.length;
    if (!free(start, end)) continue;
    // The country glued on sends the envoy; "주인도네시아 대사" is Korea's own, posted abroad.
    const postedTo = posting ? normalizeCountry(posting.slice(1)) : null;
    const country = glued ? normalizeCountry(glued) : postedTo && postedTo !== 'Republic of Korea' ? 'Republic of Korea' : null;
    const role = glued ? `${glued}${office}` : office;
    const how = "given an envoy's posting and office, then named (Korean)";
    out.push([{ index: start, surface: `${role} ${name}`, name, role, country, kind: 'named', how }, end]);
  }
  return out;
}

export function koreanTitleFirstMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  TITLE_FIRST.lastIndex = 0;
  for (let m = TITLE_FIRST.exec(text); m; m = TITLE_FIRST.exec(text)) {
    OPENS.lastIndex = m.index;
    BODY_OPENS.lastIndex = m.index;
    // A chair's office only after its body; the others after it too ("국무원 총리 리창은").
    const opens = (CHAIR.test(m[1] ?? '') ? null : OPENS.exec(text)) ?? BODY_OPENS.exec(text);
    // Not where a clause opens: look again from the next character, as one pattern would.
    if (!opens) {
      TITLE_FIRST.lastIndex = m.index + 1;
      continue;
    }
    const said = opens[1];
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    const start = m.index;
    const end = start + m[0].length - (m[3] ?? '').length;
    if (!nameOk(name) || !free(start, end)) continue;
    const country = said ? normalizeCountry(said) : koreanHome(name, role);
    out.push([
      {
        index: start,
        surface: `${role} ${name}`,
        name,
        role,
        country,
        kind: 'named',
        how: 'given a title, then named (Korean, as a letterhead writes it)',
      },
      end,
    ]);
  }
  return text.includes('대사') || text.includes('총영사') ? [...out, ...envoyFirstMentions(text, free)] : out;
}
