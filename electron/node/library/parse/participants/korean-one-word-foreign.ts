// A Chinese or Vietnamese name written in Hangul as one word of two or three syllables, no Korean
// surname opening it: "동민걸 총영사와 무이 부총영사가", "토람 사무총장은", "애홍가 교육공사와", "럼반비
// 부위원장이". korean.ts reads one word before an office as a name only when a Korean surname opens
// it, so such a word could as well be a modifier or a noun ("상임 이사"). The story tells: it calls
// the person by that word and an office again and again, and never uses the word otherwise.

import { isCountryWord, KOREAN_COUNTRY_SOURCE } from '../../../../shared/countries.ts';
import { sinoKorean } from './home.ts';
import { isKoreanTitleWord, KOREAN_OFFICE, notKoreanNameWord } from './korean.ts';
import { koreanName } from './korean-lists.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a Hangul word of two or three syllables, then a space. */
const GATE = /(?<![\p{L}\p{N}])\p{Script=Hangul}{2,3} \p{Script=Hangul}/u;

/** The word, (its country,) then the office as korean.ts reads it. */
let oneWord: RegExp | null = null;
const pattern = (): RegExp =>
  (oneWord ??= new RegExp(
    `(?<![\\p{L}\\p{N}#·-])(\\p{Script=Hangul}{2,3}) (?:(?:${KOREAN_COUNTRY_SOURCE}) )?${KOREAN_OFFICE}`,
    'gu',
  ));

/**
 * A place's, a body's or a unit's last syllable ("준모드시", "대표단", "총영사관"), or a modifier's
 * ("상임", "명예", "역대"), a council's short name ("시도협"): no name's. "중" and "측" end a clause ("방문 중", "중국 측").
 */
const NOT_NAME_END = /(?:시|군|구|도|현|성|국|당|부|청|원|회|처|관|단|실|측|급|대|과|팀|사|소|교|센터|임|예|직|중|들|협)$/u;

/** Words that stand before an office and name nobody: modifiers, ranks, fields. */
const MODIFIERS =
  /^(?:상임|상근|수석|명예|역대|차기|초대|현직|전직|신임|전임|공동|대표|부|총|특별|특임|담당|주무|실무|현지|해당|관계|소속|산하|당시|당일|이날|각국|양국|우리|여러|모든|다른|같은|해외|국내|국제|교육|경제|외교|문화|행정|정무|무역|통상|상무|사무|교류|협력|홍보|기획|영사|정치|군사|국방)$/u;

/** One syllable of a Korean surname standing apart before the word ("문 태영"); not "전" (former), "현", "주", "도", "총", "부". */
const SPACED_SURNAME =
  /(?<![\p{L}\p{N}])([김이박최정강조윤장임한오서신권황안송류유홍고문양손배백허남심노하곽성차우구민진나지엄채원천방공함변염여추소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉]) $/u;

export function koreanOneWordForeignMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text) || !/\p{Script=Hangul}/u.test(text)) return [];
  const byWord = new Map<string, RegExpExecArray[]>();
  for (const m of text.matchAll(pattern())) {
    const w = m[1] ?? '';
    // Sino-Korean sounds only: a word with others ("트럼프") korean.ts reads already, and a firm's loanword
    // ("코참 회장", "코이카 이사장") has them too.
    if (!sinoKorean(w) || koreanName(w) || notKoreanNameWord(w) || isKoreanTitleWord(w) || isCountryWord(w)) continue;
    if (NOT_NAME_END.test(w) || MODIFIERS.test(w)) continue;
    byWord.set(w, [...(byWord.get(w) ?? []), m]);
  }
  const out: [Mention, number][] = [];
  for (const [w, found] of byWord) {
    // Called so with an office at least twice, and the word standing alone nowhere else in the text
    // (a hashtag "#다이빙" aside): a noun would turn up without the office too.
    if (found.length < 2) continue;
    const alone = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}#])${w}(?![\\p{L}])`, 'gu'))].length;
    if (alone !== found.length) continue;
    // "다이빙 주한중국대사가 … 다이 대사는": the surname alone of a fuller name the text gives, read by the rule that reads it.
    if (new RegExp(`(?<![\\p{L}])${w}\\p{Script=Hangul}`, 'u').test(text)) continue;
    for (const m of found) {
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, start + w.length)) continue;
      const role = (m[2] ?? '').trim();
      // "문 태영 대사": a Korean surname written apart makes the word a Korean given name; the name is both.
      const surname = SPACED_SURNAME.exec(text.slice(Math.max(0, start - 3), start))?.[1];
      const name = surname ? `${surname} ${w}` : w;
      const from = surname ? start - 2 : start;
      out.push(
        namedMention(text, from, end, {
          name,
          role: role || null,
          how: 'a foreign name of one word, called by it and an office throughout (Korean order)',
        }),
      );
    }
  }
  return out;
}
