// Korean lists that name people bare and say the office once: after "등" (and others) for all of
// them ("A, B, C 등 5명의 의원으로", "D, E 등 감사 2명이 자리를 함께했다"), after the last name only
// ("24대 F, 28대 G, 39대 H 군수 등": the Nth holder of the office), or glued to the last name's
// bracket ("I(민·구리1), J(민·광명2)의원이 참석했다"). Each item is a name alone: a Korean one of
// three syllables, or a foreign one of two or three words; one item that is not makes it no list.

import { normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { isKoreanTitleWord, notKoreanNameWord } from './korean.ts';
import { koreanName, TITLE_END } from './korean-lists.ts';
import type { Mention } from './types.ts';

/** An office's word: "의원", "군수", "감사", "총영사". */
const office = (w: string): boolean => TITLE_END.test(w) || isKoreanTitleWord(w);

/**
 * Two syllables that end an office of three ("부의장", "부지사", "사무관"). A Korean name of three syllables
 * may end in an office's last syllable alone ("김종관", "이재상"): only these two make it an office.
 */
const OFFICE_TAIL =
  /(?:의장|시장|군수|회장|총장|지사|위원|의원|사장|원장|관장|국장|단장|부장|차장|과장|실장|청장|대사|영사|공사|이사|고문|무관|교수|감사|대표|주임|비서|총재|장관|차관|관보)$/u;
/** An office in the list's place of a name: a Korean name of three syllables only where it ends as one does. */
const officeInPlace = (w: string): boolean =>
  w.length === 3 && koreanName(w) ? isKoreanTitleWord(w) || OFFICE_TAIL.test(w) : office(w);

/** Cheap test before the pattern: such a list names its people before "등" or a bracket. */
const GATE = /, /u;

const ITEM = '(?:\\d{1,3}대 )?\\p{Script=Hangul}{1,5}(?: \\p{Script=Hangul}{1,5}){0,2}(?:[(（][^()（）]{1,20}[)）])?';
const LIST = new RegExp(
  `(?<=^|[\\s,])((?:${ITEM}, ){1,9}${ITEM})(?:(?: (\\p{Script=Hangul}{1,8}))? 등|(?<=[)）])(\\p{Script=Hangul}{1,8}?)(?:이|가|은|는|도)(?![\\p{L}]))`,
  'gu',
);
/** The sentence says they were there: attended, sat in, made up the delegation, visited. */
const PRESENT = /참석|배석|동석|함께|구성|꾸려|방문|일행|대표단|방문단|면담|예방|접견/u;
/**
 * What follows "등": "등 5명의 의원", "등 감사 2명", "등 모두 10명의 학회 고문단과" (the group the office
 * makes, "고문단", after the body's word: each named is one of its "고문").
 */
const AFTER =
  /^(?: 모두)?(?: ?\d+명의)?(?: \p{Script=Hangul}{2,6}(?= \p{Script=Hangul}{1,8}단))? (\p{Script=Hangul}{1,8}?)단?(?:이|가|은|는|으로|로|들|과|와)?(?: \d+명)?(?![\p{L}])/u;
/** A word that ends a place or a body, not a person's three syllables: "영암군", "도의회" (names end in "원", "주", "현"). */
const NOT_PERSON_END = /(?:시|군|구|당|청|회|처|단)$/u;

/** A body's last syllable: "도의회", "시청", "국민의힘당". */
const BODY_END = /(?:회|청|부|당|시|도|군|구|실)$/u;
/** A word ending in a particle no foreign name's first part ends in: "회장을", "방문단은", "도의회에서". */
const PARTICLE = /(?:을|를|은|는|의|에|에서|으로|에게|했다|하고|하며)$/u;

function nameItem(item: string): string | null {
  const bare = item.replace(/^\d{1,3}대 /u, '').replace(/[(（][^()（）]*[)）]$/u, '');
  const words = bare.split(' ');
  const last = words.at(-1) ?? '';
  // A bracket after the word ("정희시(민·군포1)": party and seat) says it is a person, whatever its last syllable.
  const bracketed = bare !== item.replace(/^\d{1,3}대 /u, '');
  if (notKoreanNameWord(last) || words.some((w) => normalizeCountry(w)) || (!bracketed && officeInPlace(last))) return null;
  if (words.length === 1) return bare.length === 3 && koreanName(bare) && (bracketed || !NOT_PERSON_END.test(bare)) ? bare : null;
  // "접견에는 오민석(민·수원3)", "도의회 김민수": the sentence's words or a body before a Korean name open the list.
  const before = words.at(-2) ?? '';
  const opened = bracketed || BODY_END.test(before) || PARTICLE.test(before);
  if (opened && last.length === 3 && koreanName(last) && sinoKorean(last)) return last;
  // A foreign name of two or three words has a sound no Sino-Korean word has ("아츠미 이와오", "발레리
  // 장"); words that all sound Sino-Korean are a list of topics ("공무원 교류", "관광객 유치 정책").
  if (words.every(sinoKorean) || words.some((w) => w.length > 4)) return null;
  // "깃카와 히로야스": a foreign name's first part may end in "와", never in a particle or a clause word.
  const opening = words.slice(0, -1);
  return opening.some((w) => PARTICLE.test(w) || w.length < 2 || (notKoreanNameWord(w) && !w.endsWith('와'))) ? null : bare;
}

/** A Korean name with a Korean office ("이수원 군수") is Korea's; no other country is read from a bare list. */
const home = (name: string, role: string): { country: string | null; countryFrom?: string } => {
  const country = koreanHome(name, role);
  return country ? { country, countryFrom: HOME_WHY } : { country: null };
};

const sentenceAround = (text: string, from: number, to: number): string => {
  const start = Math.max(0, ...['.', '\n', '。'].map((c) => text.lastIndexOf(c, from) + 1));
  const ends = ['.', '\n', '。'].map((c) => text.indexOf(c, to)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : undefined);
};

export function koreanBareListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text) || !/\p{Script=Hangul}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(LIST, text)) {
    const body = m[1] ?? '';
    const end = m.index + m[0].length;
    if (!PRESENT.test(sentenceAround(text, m.index, end))) continue;
    const items = body.split(', ');
    // "39대 이수원 군수 등": the office after the last name is every one's.
    const lastWords = (items.at(-1) ?? '').split(' ');
    const titled = !m[2] && lastWords.length >= 2 && office(lastWords.at(-1) ?? '') ? lastWords.pop() : undefined;
    if (titled) items[items.length - 1] = lastWords.join(' ');
    // The list is the run of names right before its end: "A 회장을 비롯, B, C" is the list B, C.
    const names: [string, number][] = [];
    let at = m.index + items.join(', ').length;
    for (const item of [...items].reverse()) {
      at -= item.length;
      const name = nameItem(item);
      if (!name) break;
      names.unshift([name, at + item.indexOf(name)]);
      at -= 2;
    }
    if (names.length < 2) continue;
    const after = m[2] || titled ? null : AFTER.exec(text.slice(end));
    const said = m[2] ?? titled ?? m[3] ?? after?.[1] ?? null;
    // No office said, no list of people: "문화재, 정보화, 이주민 등 분야" is a list of topics.
    if (!said || !office(said)) continue;
    const role = said;
    for (const [name, index] of names) {
      if (!free(index, index + name.length)) continue;
      out.push([
        {
          index,
          surface: name,
          name,
          role,
          ...home(name, role),
          kind: 'named',
          how: 'named in a list whose office is said once',
          attending: true,
        },
        index + name.length,
      ]);
    }
  }
  return out;
}
