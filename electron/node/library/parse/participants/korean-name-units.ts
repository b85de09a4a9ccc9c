// Words that stand between a Korean name and its office, or where a name would, and are no name:
// the field or campus the office is for ("정완철 국제교류 부회장", "우제완 상명대 서울캠퍼스 교학부총장",
// "김혜진 보건복지부 기획조정실장"), a list of places in brackets after a body ("지방정부(상하이시·저장성)
// 외사판공실 주임"), and native Korean words such as a verb's ending ("있다고 대통령", "하겠고 총장").

import { sinoKorean } from './home.ts';

/**
 * Sino-Korean syllables and names transliterated into Hangul end in nothing or in ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅅ
 * or ㅇ. A word with any other final ("있", "겠", "했", "좋", "같") is native Korean: a verb or an
 * adjective, never a name of either kind.
 */
const NAME_FINALS = new Set([0, 1, 4, 8, 16, 17, 19, 21]);
export function nativeKoreanWord(word: string): boolean {
  for (const ch of word) {
    const code = (ch.codePointAt(0) ?? 0) - 0xac00;
    if (code >= 0 && code <= 11171 && !NAME_FINALS.has(code % 28)) return true;
  }
  return false;
}

/** Whether a syllable of the word ends in a consonant ("정완철": yes; "이나이", "기와노": no). */
const closedSyllable = (word: string): boolean => [...word].some((ch) => ((ch.codePointAt(0) ?? 0) - 0xac00) % 28 !== 0);

/** Places or things listed in brackets ("(상하이시·저장성·광둥성)"): no spelling of a name, which is one item. */
const BRACKETED_LIST = /^\s*\p{Script=Hangul}{2,}(?:\s*[·,、]\s*\p{Script=Hangul}{2,})+\s*$/u;
export const bracketedList = (inBrackets: string | undefined): boolean =>
  inBrackets !== undefined && BRACKETED_LIST.test(inBrackets);

/** "한국측", "중국측": a side, not a name. */
const SIDE_WORD = /측$/u;

/** A city, county or district ("파주시", "강남구"): a place before an office, read by the place rule. */
const LOCAL_UNIT = /^\p{Script=Hangul}{2,5}(?:시|군|구|읍|면|동|도)$/u;

/**
 * In "A B 부회장" where B is a word no Korean name is (four syllables or more, or a sound no Sino-Korean
 * name has) and A a full Korean name (a surname and two syllables): A is the person and B the field,
 * campus or ministry the office is for. Also with one body's word between ("A 상명대 B 교학부총장").
 * Returns how many words before the office belong to it (1 or 2), or 0.
 * `koreanName`: whether a word could be a Korean name; `notName`: a word no name holds.
 */
export function wordsBeforeOffice(all: string[], koreanName: (w: string) => boolean, notName: (w: string) => boolean): number {
  const word = all.at(-1) ?? '';
  // Only a word the name rule would take for a name by its length or sound, never one with a particle ("정부에서").
  if (!(word.length >= 4 || (word.length >= 3 && !sinoKorean(word))) || notName(word)) return 0;
  const full = (w: string): boolean =>
    w.length === 3 && koreanName(w) && sinoKorean(w) && !notName(w) && !LOCAL_UNIT.test(w) && !SIDE_WORD.test(w);
  const between = all.at(-2) ?? '';
  const unit = full(between)
    ? 1
    : between.length >= 2 && !notName(between) && !koreanName(between) && full(all.at(-3) ?? '')
      ? 2
      : 0;
  // "이나이 슌가쿠 의장", "기와노 요시히로 참의원": a Japanese surname (open syllables only) and a given name of
  // two to four syllables are one foreign name, not a Korean name and a field.
  const first = all.at(-1 - unit) ?? '';
  const given = all.at(-unit) ?? '';
  if (unit > 0 && !closedSyllable(first) && given.length <= 4) return 0;
  return unit;
}

/** One-syllable family names written after a Western given name ("리" and "린" as Lee and Lin are spelt abroad); not "구", "주", "시", "도": a ward, a state, a city, a province written apart. */
const FAMILY_AFTER_GIVEN =
  /^[김이리박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차우민진나지엄채원천방공현함변염여추소석설마길연위표명반라왕금옥육인맹모탁린]$/u;

/** "ㅔ" closed by a consonant ("헬렌", "조셉"): no Sino-Korean syllable sounds so, a transliteration's do. */
const closedE = (word: string): boolean =>
  [...word].some((ch) => {
    const code = (ch.codePointAt(0) ?? 0) - 0xac00;
    return code >= 0 && code <= 11171 && Math.floor((code % 588) / 28) === 5 && code % 28 !== 0;
  });

/** A particle or a clause's ending that closes a native word ("그 때마다 정 총장이", "회의부터 김 회장"). */
const NATIVE_ENDING = /(?:마다|부터|까지|처럼|보다|한테|께서|면서|지만|더니|도록|려고|거나)$/u;

/**
 * "스티브 리 회장", "헬렌 원 회장", "빅토르 박 의원": a Western given name (two syllables or more, a sound
 * no Sino-Korean name has) and a one-syllable family name are one person, as Koreans abroad are named.
 * Not after a verb or a particle ("따르면 권 회장", "앞장선 김 회장": the surname alone, said again).
 */
export const givenThenFamily = (given: string, family: string, notName: (w: string) => boolean): boolean =>
  given.length >= 2 &&
  FAMILY_AFTER_GIVEN.test(family) &&
  (!sinoKorean(given) || closedE(given)) &&
  !nativeKoreanWord(given) &&
  !NATIVE_ENDING.test(given) &&
  !notName(given);

/**
 * A name with its particle glued on, then another person's office: "조태열이 주한미국대사와 통화했다" (the minister,
 * with the ambassador), or a noun with "이나" (or): "정상이나 장관 등이" (summits or ministers). Four syllables so
 * written are no Chinese name: a Korean name of three and "이"/"가", or two and "이나".
 */
export const particleGlued = (word: string, koreanName: (w: string) => boolean): boolean =>
  word.length === 4 && ((/[이가]$/u.test(word) && koreanName(word.slice(0, 3))) || word.endsWith('이나'));

/** Words of one syllable that are also surnames but stand before a name as "former", "current", "posted", "late", "both", "new". */
const PREFIX_WORD = /^(?:전|현|주|신|구|고|양|도|부|제|사)$/u;
/**
 * "박 경재 총영사": a surname written apart from its given name, as some community boards do, where the record also
 * writes the name whole ("박경재 총영사가 … 박 경재 총영사는"). The name is the two together, not the given name alone;
 * without the whole name elsewhere the two words may be a Vietnamese name's last two ("딩 반 너이") or a body's.
 */
export function spacedSurname(before: string, given: string, text: string, koreanName: (w: string) => boolean): string | null {
  if (given.length !== 2 || before.length !== 1 || PREFIX_WORD.test(before) || !koreanName(before + given)) return null;
  return new RegExp(`(?<!\\p{Script=Hangul})${before}${given}`, 'u').test(text) ? before + given : null;
}

/** Vietnamese family names as Korean writes them. */
// "황" (Hoàng) and "부엉" (Vương) open three words only in a Vietnamese name (a Korean name is one word).
// Not "또", "도", "보", "부", "당", "호": those are also everyday Korean words ("케리 장관은 또 척 헤이글 국방장관이").
// Đinh and Nguyễn are also written "딩" and "우웬" ("딩 반 너이 공안국장", "우웬 반 장 부성장").
export const VIETNAMESE_FAMILY =
  /^(?:응우옌|응우엔|응웬|응엔|웬|우웬|쩐|레|팜|호앙|황|후인|판|부이|부엉|응오|즈엉|르엉|찐|딘|딩|람|마이)$/u;

/** A long word naming a place ("나가사키현") or a firm ("에너지"), not a person written solid. */
export const PLACE_OR_FIRM = /(?:현|성|시|도|군|구|주|국|당|에너지|그룹|전자|대학|학교)$/u;

/** The last word of a firm's or a body's name: "농협경제지주", "관광공사", "문화재단". */
export const BODY_WORD = /(?:지주|회사|재단|협회|공사|공단|그룹|은행|조합|농협|센터|본부|위원회|연구원|대학교) $/u;

/** A word that ends as a body's name does, never a person's: "비즈니스 센터 수석 부회장", "우호 협회 회장"; a firm's
 * trade at the end of its name ("삼성전자 사장", "한국전력 본부장", "현대건설 부사장", "대한항공 전무"). */
export const BODY_END =
  /(?:센터|협회|재단|공단|그룹|은행|조합|본부|위원회|연구원|대학교|회사|전자|전력|자동차|건설|화학|증권|보험|항공|물산|제약|통신|중공업|반도체|제철|해운|산업|식품|철강)$/u;

/**
 * A given name of one syllable before a surname no Sino-Korean word sounds like ("존 스미스", "린 헌트"): no Korean
 * name is one syllable written apart from the next; but "주 휴스턴 총영사" is a posting.
 */
export const oneSyllableGiven = (penult: string, last: string, notWord: (w: string) => boolean): boolean =>
  penult.length === 1 && penult !== '주' && last.length >= 2 && !sinoKorean(last) && !notWord(penult);
