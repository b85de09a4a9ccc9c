// A Korean report on councils writes a chair bare after the name, "양천구의회 신상균 의장", "시의회(의장
// 하경옥)", and a foreign council's chair in the reading of their own language, "구라우치 이사오 부의장",
// "팜 반 히에우 의장". So a chair or deputy chair with no country, whose name is a full Korean one
// (three Sino-Korean syllables, a Korean surname) written after the council, a bracket or the start of
// a phrase (never after another word of a name), is Korea's. Read after the sides are filled: a
// country found here says nothing of who the other side is.

import { HOME_WHY, sinoKorean } from './home.ts';
import { koreanName } from './korean-lists.ts';
import type { Person } from './types.ts';

const KOREA = 'Republic of Korea';
/** A chair or deputy chair of a council or assembly, with no body before it. */
const BARE_CHAIR = /^부?의장$/u;
/** What may stand before the name: a council ("구의회"), another chair ("의장, "), a particle, "비롯해", a stop. */
const OPENS_NAME = /(?:의회|의장|은|는|이|가|을|를|와|과|에서|에는|및|등|며|비롯|비롯해|비롯한|[\s(（,·.!?。「『"“'‘]|^)$/u;

/** Where the name is written before its chair: what comes just before it. */
function wordsBefore(name: string, text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 5);
    if (!/^ ?부?의장/u.test(after)) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    out.push(before.endsWith(' ') ? before.trimEnd() : before);
  }
  return out;
}

export function homeOfKoreanChairs(people: Person[], text: string): void {
  if (!text.includes('의장')) return;
  for (const p of people) {
    const name = p.name ?? '';
    if (p.country !== null || !BARE_CHAIR.test(p.role ?? '') || name.length !== 3) continue;
    if (!koreanName(name) || !sinoKorean(name)) continue;
    // "(의장 하경옥)": the office before the name, in the council's bracket.
    const bracketed = text.includes(`의장 ${name})`);
    const before = wordsBefore(name, text);
    if (!bracketed && (before.length === 0 || !before.every((b) => OPENS_NAME.test(b)))) continue;
    p.country = KOREA;
    p.countryFrom = HOME_WHY;
  }
}
