// Local Korean papers often write a head's office glued to the name, with no space: "이석우시장 및
// 김영수의장을 면담했다", "김성환장관은". Read only a full Korean name (a surname, three Sino-Korean
// syllables) before an office that heads a body, and never a word that ends as a place or a body
// does: "남양주시장", "경기도지사", "외교부장관" are the office with its place, named by other rules.

import { HOME_WHY, koreanHome, sinoKorean } from './home.ts';
import { koreanName } from './korean-lists.ts';
import type { Mention } from './types.ts';

/**
 * Three syllables, then the office, then a particle, a comma or a space. Not "구청장" ("서대문구청장" is
 * the district's), "대사" ("주몽골대사") or "회장" ("…협회장"): those glue the place or body instead.
 */
const GLUED =
  /(?<![\p{L}\p{N}.·])(\p{Script=Hangul}{3})(시장|군수|의장|부의장|총재|장관)(?=(?:은|는|이|가|과|와|을|를|의|께서|님)?(?:[\s,.)]|$))/gu;

/** Last syllables of a place's or a body's name: "양주", "경기도", "외교부", "국회". */
const PLACE_OR_BODY_END = /[도시군구주부국회청원관대성실당단]$/u;

export function koreanGluedNameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hangul}{3}(?:시장|군수|의장|총재|장관)/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(GLUED)) {
    const name = m[1] ?? '';
    const role = m[2] ?? '';
    const end = m.index + name.length + role.length;
    if (!koreanName(name) || !sinoKorean(name) || PLACE_OR_BODY_END.test(name) || !free(m.index, end)) continue;
    const home = koreanHome(name, role);
    out.push([
      {
        index: m.index,
        surface: `${name}${role}`,
        name,
        role,
        country: home,
        ...(home ? { countryFrom: HOME_WHY } : {}),
        kind: 'named',
        how: 'named with the office glued on (Korean)',
      },
      end,
    ]);
  }
  return out;
}
