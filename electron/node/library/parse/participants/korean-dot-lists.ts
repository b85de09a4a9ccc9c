// Korean joins names that share one office with "·" and says the office once, after the last:
// "도르찌 좁드 엥흐토야·차강후 뭉흐바트 국회의원 등이 참석했으며", "존 스미스·메리 존스 상원의원이". korean-lists.ts
// reads such a list of Korean names of one word ("김영삼·황경아 부의장"); a foreign name is two or three
// words, and the name-then-office rule reads only the last of them. Each item is a whole name; the office
// after the last is every one's.

import { isCountryWord } from '../../../../shared/countries.ts';
import { isKoreanTitleWord, notKoreanNameWord } from './korean.ts';
import { TITLE_END } from './korean-lists.ts';
import { namedMention } from './named-mention.ts';
import type { Mention } from './types.ts';

const HOW = 'named in a list joined by "·" that shares the office after the last name (Korean)';

/** Cheap test first: a word, "·", a word, then a space (a foreign name after the dot). */
const GATE = /\p{Script=Hangul}·\p{Script=Hangul}+ \p{Script=Hangul}/u;

/**
 * Two to six names of two or three words each (a word may be one syllable: "존 스미스"), joined by "·", then one office word and "등" or a particle. The
 * list opens a clause: after a comma, a line's start or a sentence's "는/은/에는 ".
 */
const LIST =
  /(?<=^|[,，]\s|\n|(?:은|는|에는|에서는) )((?:\p{Script=Hangul}+(?: \p{Script=Hangul}+){1,2}·){1,5}\p{Script=Hangul}+(?: \p{Script=Hangul}+){1,2}?) (?!등)(\p{Script=Hangul}{2,8}?)(?= ?등|(?:이|가|은|는|과|와|을|를)?[\s,])/gmu;

/** Words that open a clause or tell a time: never a name's (an office's last syllable may end one: "메리", "하산"). */
const CLAUSE_WORD = /^(?:이번|이날|이어|이후|이에|한편|지난|오전|오후|당시|현재|최근|전날|양측|신임|전임|또한|특히|그리고)$/u;

const nameWord = (w: string): boolean =>
  !CLAUSE_WORD.test(w) &&
  !notKoreanNameWord(w) &&
  !isKoreanTitleWord(w) &&
  !isCountryWord(w) &&
  !/(?:은|는|을|를|의|에|로|과|와|들)$/u.test(w);

export function koreanDotListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(LIST)) {
    const title = m[2] ?? '';
    if (!TITLE_END.test(title) && !isKoreanTitleWord(title)) continue;
    const names = (m[1] ?? '').split('·');
    // Each name three syllables or more in all: "A B" of two short words is a phrase as often as a name.
    if (!names.every((n) => n.replaceAll(' ', '').length >= 3 && n.split(' ').every(nameWord))) continue;
    const found: [Mention, number][] = [];
    let at = m.index ?? 0;
    for (const name of names) {
      if (free(at, at + name.length)) found.push(namedMention(text, at, at + name.length, { name, role: title, how: HOW }));
      at += name.length + 1;
    }
    out.push(...found);
  }
  return out;
}
