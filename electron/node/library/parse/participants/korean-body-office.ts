// Korean writes a member's name, then the body they serve, then their office, in that order:
// "박민수 한·일 친선협회 회장", "최은정 KBS대구방송 보도국장", "한지훈 우리 대학 총장" (a university's
// own release). The name-then-title rule (korean.ts) reads only the bodies it lists; this reads any
// body whose last word ends as a body's name does (an association, a forum, a broadcaster, a school),
// written in Hangul or with Latin letters, in one to three words; or a firm or foundation its sign
// names ("㈜가람에너지 대표", "(재)한국교류재단 이사장"), its acronym in brackets after it maybe.

import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { notKoreanNameWord } from './korean.ts';
import { koreanName } from './korean-lists.ts';
import type { Mention } from './types.ts';

/** The last word of a body's name: "친선협회", "경제협력포럼", "대전방송", "문예진흥원", "번영회", "대학". */
const BODY_END =
  '(?:협회|협의회|연합회|연맹|포럼|재단|방송|신문|저널|일보|대학교?|학교|진흥원|연구원|연구소|개발원|공사|공단|센터|그룹|은행|농협|학회|번영회|동창회|체육회|상공회의소)';
/** A word of the body before its last: Hangul, Latin letters, digits, "·", not ending in a particle. */
const BODY_WORD = '[\\p{Script=Hangul}\\p{Script=Latin}\\p{N}·&-]{1,14}';
/** The offices a body's member holds. */
const OFFICE =
  '(?:명예|수석|상임|초대)?(?:부?회장|부?사장|이사장|(?:\\p{Script=Hangul}{1,4})?이사|대표|사무총장|부?총장|학장|총재|\\p{Script=Hangul}{0,4}(?:본부장|국장|지사장|원장|소장|교장|단장|실장))';

/** A firm's or a foundation's sign before its name: "㈜가람에너지", "(재)한국교류재단", "(사)…". */
const SIGN = '(?:㈜|\\((?:재|사|주)\\)) ?';
/** The body's acronym in brackets after its name: "한국국제교류재단(KF)". */
const ACRONYM = '(?: ?[(（][A-Za-z&.-]{2,12}[)）])?';

const SIGN_FIRST = new RegExp(`^${SIGN}`, 'u');

const HAS_BODY = new RegExp(`${BODY_END}|㈜|\\((?:재|사|주)\\)`, 'u');
// The body ends as a body's name does, or it is a firm or foundation its sign names ("㈜가람에너지").
const BODY_OFFICE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Script=Hangul}{3}) ((?:${BODY_WORD} ){0,2}[\\p{Script=Hangul}\\p{Script=Latin}\\p{N}·]{0,12}${BODY_END}|${SIGN}\\p{Script=Hangul}{2,14})${ACRONYM} (${OFFICE})(?=(?:은|는|이|가|을|를|과|와|의|도|께서|님|으로부터)?(?![\\p{Script=Hangul}]))`,
  'gu',
);
/** A body word that ends a phrase ("회의에서", "협회와") is no part of the body's name. */
const ENDS_PHRASE = /(?:은|는|을|를|에|에서|에게|으로|와|과|했다|하고|하며|며)$/u;
/** A verb made a modifier ("취임한", "방문한", "열린"): the clause before the body, no word of its name. */
const MODIFIER = /^\p{Script=Hangul}{2,}(?:한|된|던|하는|했던)$/u;
/** A time ("지난달", "지난해"): three syllables that sound like a name. */
const TIME_WORD = /^(?:지난해|지난달|지난주|작년도|금년도|내년도)$/u;
/** Three syllables that end as a group, a place or a thing does, not a person: "대표단", "사무국", "조합원들". */
const NOT_PERSON_END = /[단회실측들청국부]$/u;

export function koreanBodyOfficeMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text) || !HAS_BODY.test(text)) return [];
  const out: [Mention, number][] = [];
  BODY_OFFICE.lastIndex = 0;
  for (let m = BODY_OFFICE.exec(text); m; m = BODY_OFFICE.exec(text)) {
    const name = m[1] ?? '';
    const body = (m[2] ?? '').replace(SIGN_FIRST, '');
    const office = m[3] ?? '';
    const end = m.index + m[0].length;
    const rejected =
      !koreanName(name) ||
      !sinoKorean(name) ||
      NOT_PERSON_END.test(name) ||
      notKoreanNameWord(name) ||
      TIME_WORD.test(name) ||
      body.split(' ').some((w) => ENDS_PHRASE.test(w) || MODIFIER.test(w));
    // "토론은 김도윤 …학회 회장": a word before the name makes no name, but the name may start at the next word.
    if (rejected) {
      BODY_OFFICE.lastIndex = m.index + name.length + 1;
      continue;
    }
    if (!free(m.index, end)) continue;
    const role = `${body} ${office}`;
    const home = koreanHome(name, role);
    out.push([
      {
        index: m.index,
        surface: `${name} ${role}`,
        name,
        role,
        country: home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        how: 'named, then the body served, then the office (Korean)',
      },
      end,
    ]);
  }
  return out;
}
