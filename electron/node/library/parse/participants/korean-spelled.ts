// Korean text writes a foreigner's name in Hangul and gives its own spelling in brackets right after it,
// whatever stands before: "국가주석 르엉 끄엉(Lương Cường)이", "교육훈련청장 부이 반 키엠(Bui Van Kiem)과",
// "위원장, 푸레다그바(Purevdagva.B)". The Korean rules read a name when an office follows it; an office
// before the name, or none, left these unread. The bracket is the sign: as many Hangul words as Latin
// ones, each Latin word capitalised, or one Hangul word and a Mongolian-style initial ("Erdenebayar.S").

import { isCountryWord } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: Hangul, then an opening bracket and a capital Latin letter. */
const GATE = /\p{Script=Hangul}[(（]\p{Lu}/u;

/** One to four Hangul words, then the bracket with the Latin spelling. */
const SPELLED =
  /(?<![\p{L}\p{N}])(\p{Script=Hangul}{1,8}(?: \p{Script=Hangul}{1,6}){0,3})[(（]((?:\p{Lu}\.)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ .]\p{Lu}[\p{L}\p{M}'’-]*){0,3}\.?)[)）]/gu;

/** A place's or a body's last syllable ("빈즈엉성", "하노이시", "울란바토르시의회"), never a foreigner's name here. */
const NOT_PERSON_END = /(?:성|시|군|구|도|현|주|국|당|부|청|원|회|처|관|단|강|산|섬|호수|공항|항|만|대학|대|사|그룹|학교)$/u;

/** The office words a Korean text may glue before the name ("주한국 베트남 대사 부 호"): none is a name's first word. */
const OFFICE_WORD = /(?:대사|총영사|영사|장관|차관|주석|총리|의장|위원장|청장|시장|지사|성장|부장|국장|총장|회장|서기장|서기)$/u;

/** The last word of a firm's or a body's name, never a person's ("Chung Group", "News Friday"). */
const BODY_END =
  /^(?:Group|Corporation|Company|Bank|University|Institute|Foundation|Association|Council|Ministry|Office|Agency|News|Friday|Times|Post|Province|City|District)$/iu;

/** The last word of a time phrase, "during", "year", "after", "when": no name's first word. */
const TIME_WORD = /^(?:중|해|후|때)$/u;

/** A word the sentence ends with a particle ("레쩐군에", "정부의"): no name's. */
const PARTICLE_END = /(?:에|의|을|를|에서|으로)$/u;

function latinWords(spelled: string): string[] | null {
  // "Erdenebayar.S", "J.Aldarjavkhlan": one name and an initial.
  if (/^(?:\p{Lu}\.)?\p{Lu}[\p{Ll}\p{M}'’-]+(?:\.\p{Lu}{1,2})?\.?$/u.test(spelled) && spelled.includes('.')) return [spelled];
  const words = spelled.split(' ');
  if (words.length < 2 || words.some((w) => !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(w))) return null;
  return words;
}

export function koreanSpelledMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(SPELLED)) {
    const spelled = m[2] ?? '';
    const latin = latinWords(spelled);
    if (latin === null) continue;
    // The Hangul words the spelling covers: as many as it has words, counted back from the bracket.
    const hangul = (m[1] ?? '').split(' ');
    const words = hangul.slice(-latin.length);
    if (words.length !== latin.length || words.some((w) => OFFICE_WORD.test(w))) continue;
    // A time phrase's last word ("기간 중", "지난 해", "회담 후") ends the clause before the name: the
    // spelling then has a word the Hangul leaves out ("무스타파 알쿠헤지(Faris Mustafa Al-Kooheji)").
    if (words.length > 2 && TIME_WORD.test(words[0] ?? '')) words.shift();
    // A particle ends a word of the sentence, not of the name ("레쩐군에 위치한 쩐프중학교(…)").
    if (words.some((w) => PARTICLE_END.test(w))) continue;
    const name = words.join(' ');
    if (name.length < 2 || NOT_PERSON_END.test(words.at(-1) ?? '')) continue;
    if (latin.some((w) => NOT_NAMES.has(fold(w), w) || isCountryWord(w)) || BODY_END.test(latin.at(-1) ?? '')) continue;
    // The reporter's own name in the byline bracket ("[인사이드비나=하노이, 떤 풍(TAN PHUNG) 기자]").
    const open = text.lastIndexOf('[', m.index);
    if (open >= 0 && m.index - open < 40 && !text.slice(open, m.index).includes(']')) continue;
    const start = m.index + (m[1] ?? '').length - name.length;
    const end = m.index + m[0].length;
    // The reporter's byline ("떤 풍(TAN PHUNG) 기자"): the one who wrote it, not who met.
    if (/^ ?기자/u.test(text.slice(end, end + 4))) continue;
    if (!free(start, end)) continue;
    out.push([
      {
        index: start,
        surface: name,
        name,
        alias: spelled,
        role: null,
        country: null,
        kind: 'named',
        how: 'named in Hangul with its own spelling in brackets',
      },
      end,
    ]);
  }
  return out;
}
