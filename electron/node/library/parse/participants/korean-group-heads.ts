// Offices that also follow a group's word, read as a person's only after a name (for korean.ts).

/**
 * "대표" (and "교육장") alone also follows a group's word ("주민 대표", "부임자 대표 2인", "의원단 대표"): read as a
 * person's title only after a full Korean name of three syllables or a foreign one whose last word
 * names no body, and only where the title ends the phrase ("조한철 대표는", "대표,").
 */
// …or a university's or its department's word ("단국대 행정학과 고문").
const GROUP_WORD = /(?:단|회|부|청|처|실|당|사|자|대|과)$/u;
// So do the everyday offices that are common words too: "고문" (adviser; torture), "상무" (a firm's director; commerce),
// "전무" (executive director; none at all), "원장" (head; a ledger),
// "면장" (a township's head; a permit), "총무" (an association's secretary; general affairs), and a branch's or a subsidiary's head alone ("공장 법인장": the plant's).
// A committee written short ("선교위 총무", "조직위 고문": "…위원회") looks like a three-syllable name.
const COMMITTEE_SHORT = /위$/u;
const ALONE_AFTER_FULL_NAME = /^(?:대표|교육장|고문|상무|전무(?:이사)?|부?원장|면장|총무|지사장|법인장)$/u;
// The courtesy "님" before the particle changes nothing: "조한철 대표님과", "대표님,"; a list's "등" ends the phrase
// too ("박일호 고문 등이"), so does its middle dot ("김상일 원장·한현미 본부장").
const ENDS_PHRASE = /^님?(?:[은는이가과와를의도께]|에게|[,.)\]”"’'·]| 등(?:[이은도과을의]|[^\p{Script=Hangul}]|$))/u;
const headOfGroup = (words: string[], foreign: boolean, after: string): boolean =>
  ENDS_PHRASE.test(after) &&
  (foreign
    ? !GROUP_WORD.test(words.at(-1) ?? '')
    : words.length === 1 && (words[0] ?? '').length === 3 && !COMMITTEE_SHORT.test(words[0] ?? ''));

/** Whether the office read after `words` is that person's: always, but for those a group's word also takes. */
export const readsAsPersonsOffice = (office: string, words: string[], foreign: boolean, after: string): boolean =>
  !ALONE_AFTER_FULL_NAME.test(office) || headOfGroup(words, foreign, after);
