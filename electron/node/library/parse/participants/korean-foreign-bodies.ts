// A foreign name in Hangul, then the body the person serves, written out in words no office list
// holds, then the office: "아라키 겐지 소방청 장관", "다나카 유스케 나라 시의회 의원", "바트에르덴 오윤치멕
// 국가 비상관리위원회 서기장". korean.ts reads the name only where the words before the office are
// bodies it knows, and otherwise takes a body's word for the name ("소방청 장관", "홍보국 … 선임국장");
// this rule runs before it.
//
// Where the name starts is where Korean grammar ends the phrase before it (a particle, "측", a
// comma, the sentence's start); the name is the two words after it (three or four after a
// Vietnamese family name), with sounds no Korean name has; then one to three words of the body,
// the last one a body's or a place's ("…청", "…의회", "…위원회", "…구"), a country or an acronym;
// then the office.

import { isCountryWord, normalizeCountry } from '../../../../shared/countries.ts';
import { sinoKorean } from './home.ts';
import { isKoreanTitleWord, KOREAN_OFFICE, notKoreanNameWord } from './korean.ts';
import { JAPANESE_LIKE } from './korean-bodies.ts';
import { koreanName } from './korean-lists.ts';
import { VIETNAMESE_FAMILY } from './korean-name-units.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

/** What ends the phrase before a name: the text's or a line's start, a comma, or a word with a particle or "측" (side). */
const BOUNDARY =
  /(?:^|[\n,，、:：;]\s*|[.。!?]\s+|(?:\p{Script=Hangul}(?:은|는|을|를|과|와|에서|에서는|에는|측|측은|측에서는)|및|그리고) )$/u;

/** A word of the name: Hangul only. */
const NAME_WORD = /^\p{Script=Hangul}{1,6}$/u;
/** A body's ending: no name word has it ("재난관리청", "공보국", "협회", "센터"). */
const BODY_ENDING = /(?:청|처|국|원|회|관|단|센터|대학|대학교|은행|본부|연맹|사무국|상의|소|공사|재단|담당)$/u;
/** The body's last word, right before the office: a body's or a place's ending, or a Latin acronym ("NSC"). */
const BODY_LAST =
  /(?:청|처|부|국|원|회|의회|위원회|본부|사무국|연맹|상의|소|협회|시|현|도|성|주|구|군|대학|대학교|공사|센터|재단|은행|담당|당|실|단)$|^[A-Z]{2,6}$/u;
/** A body's word: Hangul, Latin capitals or digits ("2017", "APEC"), and no particle or verb's ending after it. */
const BODY_WORD = /^[\p{Script=Hangul}A-Z0-9·&-]{1,15}$/u;
const ENDS_CLAUSE = /(?:은|는|을|를|와|과|에|에서|의|에게|께서|으로서|하는|했다|하고|하며|하여|해서|한|된|던)$/u;

/** Two words that sound as no Korean name does ("오카모토 타모츠", "엥흐아마르 만달수렝"), or three or four after a Vietnamese family name. */
function foreignName(words: string[]): boolean {
  // "일본측", "베트남측": a side, not a name's word.
  const side = (w: string): boolean => /측$/u.test(w) || isCountryWord(w.replace(/측$/u, ''));
  if (words.some((w) => !NAME_WORD.test(w) || notKoreanNameWord(w) || side(w) || BODY_ENDING.test(w))) return false;
  if (words.length >= 3) return VIETNAMESE_FAMILY.test(words[0] ?? '') && words.every((w) => w.length <= 3);
  const [a = '', b = ''] = words;
  if (koreanName(a) && sinoKorean(a)) return false;
  return (
    (!sinoKorean(a) && !sinoKorean(b) && b.length >= 2) ||
    (!sinoKorean(a) && b.length >= 2 && !koreanName(b)) ||
    (JAPANESE_LIKE.test(a) && b.length >= 2 && b.length <= 4 && !koreanName(b))
  );
}

/** A country's name in the body's place ("호주 방위산업부"): short Hangul names ("호주", "미국") too, which isCountryWord leaves to names. */
const countryWord = (w: string): boolean => isCountryWord(w) || (/^\p{Script=Hangul}+$/u.test(w) && normalizeCountry(w) !== null);

const bodyWord = (w: string): boolean =>
  BODY_WORD.test(w) && !ENDS_CLAUSE.test(w) && !isKoreanTitleWord(w) && !/^(?:등|및|또|전|前|신임|전임|주한)$/u.test(w);

let office: RegExp | null = null;
const officeAt = (text: string, at: number): RegExpExecArray | null => {
  office ??= new RegExp(KOREAN_OFFICE, 'uy');
  office.lastIndex = at;
  return office.exec(text);
};

/** Where a word of Hangul starts: a name may start there. */
const WORD_START = /(?<![\p{L}\p{N}])\p{Script=Hangul}/gu;

export function koreanForeignBodyMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(WORD_START)) {
    const start = m.index;
    if (!BOUNDARY.test(text.slice(Math.max(0, start - 12), start))) continue;
    const words = (text.slice(start, start + 40).split('\n')[0] ?? '').split(/[ (（]/u);
    // A Vietnamese name has three words, or four ("응우옌 티 낌 응언"): a fourth short word that names no body or country is its own.
    const fourth = words[3] ?? '';
    const size = !VIETNAMESE_FAMILY.test(words[0] ?? '')
      ? 2
      : /^\p{Script=Hangul}{1,2}$/u.test(fourth) && !isCountryWord(fourth) && !BODY_LAST.test(fourth)
        ? 4
        : 3;
    const name = words.slice(0, size);
    if (name.length < size || !foreignName(name)) continue;
    let nameEnd = start + name.join(' ').length;
    // The name's own script in brackets after it ("와타나베 쿠니코(渡辺 邦子)"): the body starts after it.
    const alias = /^ ?[(（]([^)）]{1,30})[)）]/u.exec(text.slice(nameEnd, nameEnd + 34));
    if (alias) nameEnd += alias[0].length;
    else if (text[nameEnd] !== ' ') continue;
    // The office right after the name (and its country), as korean.ts reads it: that rule's.
    if (officeAt(text, nameEnd + 1)) continue;
    const body = (text.slice(nameEnd + 1, nameEnd + 120).split('\n')[0] ?? '').split(' ');
    let at = nameEnd + 1;
    for (let k = 1; k <= 3; k++) {
      const w = body[k - 1] ?? '';
      if (!bodyWord(w)) break;
      at += w.length + 1;
      const served = body.slice(0, k);
      const last = served.at(-1) ?? '';
      if (!(BODY_LAST.test(last) || countryWord(last))) continue;
      const o = officeAt(text, at);
      if (!o) continue;
      if (k === 1 && countryWord(served[0] ?? '')) break;
      const end = at + o[0].length;
      if (!free(start, end)) break;
      const country = countryWord(served[0] ?? '') ? normalizeCountry(served[0] ?? '') : null;
      const role = [...(country ? served.slice(1) : served), (o[1] ?? '').trim()].join(' ');
      out.push(
        namedMention(text, start, end, {
          name: name.join(' '),
          ...(alias?.[1] ? { alias: alias[1].trim() } : {}),
          role,
          country,
          how: 'a foreign name in Hangul, then the body it serves and the office (Korean order)',
        }),
      );
      break;
    }
  }
  return out;
}
