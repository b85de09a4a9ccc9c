// Offices that also follow a group's word, read as a person's only after a name (for korean.ts).

/**
 * "대표" (and "교육장") alone also follows a group's word ("주민 대표", "부임자 대표 2인", "의원단 대표"): read as a
 * person's title only after a full Korean name of three syllables or a foreign one whose last word
 * names no body, and only where the title ends the phrase ("조한철 대표는", "대표,").
 */
const GROUP_WORD = /(?:단|회|부|청|처|실|당|사|자)$/u;
const ALONE_AFTER_FULL_NAME = new Set(['대표', '교육장']);
// The courtesy "님" before the particle changes nothing: "조한철 대표님과", "대표님,".
const ENDS_PHRASE = /^님?(?:[은는이가과와를의도께]|에게|[,.)\]”"’'])/u;
const headOfGroup = (words: string[], foreign: boolean, after: string): boolean =>
  ENDS_PHRASE.test(after) &&
  (foreign ? !GROUP_WORD.test(words.at(-1) ?? '') : words.length === 1 && (words[0] ?? '').length === 3);

/** Whether the office read after `words` is that person's: always, but for those a group's word also takes. */
export const readsAsPersonsOffice = (office: string, words: string[], foreign: boolean, after: string): boolean =>
  !ALONE_AFTER_FULL_NAME.has(office) || headOfGroup(words, foreign, after);
