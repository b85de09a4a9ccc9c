// Japanese names a person the other way round, office first, when it gives the honorific "氏" (Mr, Ms):
// "国際交流部副部長李明氏" (the deputy director of international exchange, Mr Li Ming), and after a comma
// or "の" in apposition: "訪問団の団長、王強氏は", "センター所長の福田一郎氏". Two names closed by "両氏" (both):
// "ジューン・ミラー、キャロリン・ラトキン両氏". The usual order (name, then office) is cjk-japanese.ts's.

import type { Found } from './cjk-offices.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';
import { namedAt } from './named-mention.ts';

/** The office, an optional comma or "の" (of), a name of two to four kanji, then "氏"; "副" before the office is its own. */
const TITLED_NAME = new RegExp(`(副)?(${JAPANESE_TITLE.source})[、の]?(\\p{Script=Han}{2,4})氏`, 'gu');

/** A word that still belongs to the office, not the name: "部長代理", "課長補佐", "会長兼…". */
const STILL_OFFICE = /^(?:代理|補佐|兼|等|ら)/u;

export function japaneseTitledNames(text: string): Found[] {
  if (!text.includes('氏')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = m[3] ?? '';
    if (STILL_OFFICE.test(name)) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length - 1;
    out.push({
      mention: namedAt(text, index, end, {
        name,
        role: (m[1] ?? '') + (m[2] ?? ''),
        how: 'office, then name and "氏" (Japanese)',
      }),
      end,
    });
  }
  return out;
}

/** A name in katakana (its parts joined by "・") or of two to four kanji. */
const NAME = String.raw`[\p{Script=Katakana}ー]{2,}(?:[・=＝][\p{Script=Katakana}ー]+)*|\p{Script=Han}{2,4}`;
/** Two names joined by "、" or "と", closed by "両氏" (both), opening a clause or after "の". */
const BOTH = new RegExp(`(?<=^|[\\s、。，,「」（）()の]|[はがもを])(${NAME})(?:、|と)(${NAME})両氏`, 'gu');

const OFFICE_ENDS = new RegExp(`(?:${JAPANESE_TITLE.source})$`, 'u');

/** "ジューン・ミラー、キャロリン・ラトキン両氏が調印書にサインし": each of the two named. */
export function japaneseBothNamed(text: string): Found[] {
  if (!text.includes('両氏')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(BOTH)) {
    const index = m.index ?? 0;
    const first = m[1] ?? '';
    const second = m[2] ?? '';
    // "会長と団長両氏": two offices, no names.
    if (OFFICE_ENDS.test(first) || OFFICE_ENDS.test(second)) continue;
    const secondAt = index + m[0].length - 2 - second.length;
    for (const [name, at] of [
      [first, index],
      [second, secondAt],
    ] as const)
      out.push({
        mention: {
          index: at,
          surface: name,
          name,
          role: null,
          country: null,
          kind: 'named',
          how: 'two names closed by "両氏" (Japanese)',
        },
        end: at + name.length,
      });
  }
  return out;
}
