// Local Korean papers often write a head's office glued to the name, with no space: "이석우시장 및
// 김영수의장을 면담했다", "김성환장관은". Read only a full Korean name (a surname, three Sino-Korean
// syllables) before an office that heads a body, and never a word that ends as a place or a body
// does: "남양주시장", "경기도지사", "외교부장관" are the office with its place, named by other rules.

import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { koreanName } from './korean-lists.ts';
import type { Mention } from './types.ts';

/**
 * Three syllables, then the office, then a particle, a comma or a space. Not "구청장" ("서대문구청장" is
 * the district's), "대사" ("주몽골대사"): those glue the place instead. "회장" and "의원" glue a body's
 * name too ("한인회장", "시의원"), but never to three syllables a Korean name could be.
 */
const GLUED =
  /(?<![\p{L}\p{N}.])(\p{Script=Hangul}{3})(시장|군수|의장|부의장|총재|장관|부?회장|의원)(?=(?:은|는|이|가|과|와|을|를|의|께서|님|으로|에게|도)?(?:[\s,.)]|$))/gu;

/** Names joined by "·" before the last one, sharing its glued office: "김명신·고우방·오헌봉의원". */
const SHARED_BEFORE = /(?:(?<![\p{L}\p{N}.])\p{Script=Hangul}{3}·)+$/u;

/** Last syllables of a place's or a body's name: "양주", "경기도", "외교부", "국회". */
const PLACE_OR_BODY_END = /[도시군구주부국회청원관대성실당단과]$/u;

/** Three syllables a Korean name could be, not a place's or a body's end. */
const person = (w: string): boolean => koreanName(w) && sinoKorean(w) && !PLACE_OR_BODY_END.test(w);

export function koreanGluedNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}{3}(?:시장|군수|의장|총재|장관|회장|의원)/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(GLUED)) {
    const name = m[1] ?? '';
    const role = m[2] ?? '';
    const end = m.index + name.length + role.length;
    // "자생한의원", "소아과의원": a clinic, not a member of an assembly.
    if (!person(name) || (role === '의원' && /한$/u.test(name)) || !free(m.index, end)) continue;
    const shared = SHARED_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
    const names = shared.split('·').filter((n) => n !== '');
    // Every name in the run must be one, or the run is not a list of people ("한·중·일회장").
    if (names.some((n) => !person(n))) continue;
    let at = m.index - shared.length;
    for (const n of [...names, name]) {
      if (n !== name && !free(at, at + n.length)) {
        at += n.length + 1;
        continue;
      }
      const home = koreanHome(n, role);
      out.push([
        {
          index: at,
          surface: n === name ? `${name}${role}` : n,
          name: n,
          role,
          country: home,
          ...(home ? { countryFrom: HOME_WHY } : {}),
          kind: 'named',
          how: 'named with the office glued on (Korean)',
        },
        n === name ? end : at + n.length,
      ]);
      at += n.length + 1;
    }
  }
  return out;
}
