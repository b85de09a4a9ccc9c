// Korean names a Buddhist monk by his dharma name and the honorific "스님", his office before it:
// "총무원장 지관 스님", "봉암사 주지 원타 스님", "수좌 적명스님과". The name rules read a name when
// an office follows it; here the office comes first and "스님" (not an office) closes the name. The
// office is required: "여러 스님", "많은 스님들" are monks nobody named.

import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

/** Cheap test first: no "스님", no monk. */
const GATE = /스님/u;

/**
 * A monastery's or an order's office ("총무원장", "교육원장", "주지", "수좌", "회주", "방장",
 * "조실", "종정", "강주", "선원장"), a space, a two- or three-syllable dharma name, then "스님" spaced
 * or glued and no more Hangul than a particle.
 */
const MONK =
  /(?<![\p{L}])(\p{Script=Hangul}{0,6}(?:원장|주지|수좌|회주|방장|조실|종정|강주|선원장|율원장|부장|실장|교구장|이사장|위원장)) (\p{Script=Hangul}{2,3}) ?스님(?=(?:은|는|이|가|과|와|의|을|를|께서|께|도|에게)?(?![\p{Script=Hangul}]))/gu;

export function koreanMonkMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(MONK, text)) {
    const role = m[1] ?? '';
    const name = m[2] ?? '';
    const end = m.index + m[0].length;
    if (!free(m.index, end)) continue;
    out.push([
      {
        index: m.index,
        surface: `${role} ${name} 스님`,
        name,
        role,
        country: null,
        kind: 'named',
        how: 'a monk named by his office, dharma name and "스님" (Korean)',
      },
      end,
    ]);
  }
  return out;
}
