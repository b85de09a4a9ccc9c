// Japanese names a person the other way round, office first, when it gives the honorific "氏" (Mr, Ms):
// "国際交流部副部長李明氏" (the deputy director of international exchange, Mr Li Ming), and after a comma
// or "の" in apposition: "訪問団の団長、王強氏は", "センター所長の福田一郎氏"; a katakana name too ("駐日米国大使の
// ラーム・エマニュエル氏"), an envoy's "閣下" (His Excellency: "総領事 小松一郎閣下"), a reading in brackets between
// ("副省長・李明(リ・ミン)閣下"). Two names closed by "両氏" (both):
// "ジューン・ミラー、キャロリン・ラトキン両氏". The usual order (name, then office) is cjk-japanese.ts's.

import type { Found } from './cjk-offices.ts';
import { JAPANESE_OWN_ACT } from './context.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';
import { namedAt } from './named-mention.ts';

/**
 * The office, an optional comma, "の" (of), "・" or a space, a name of two to four kanji or in katakana, its reading in
 * brackets if given, then "氏" or "閣下"; "副" before the office is its own.
 */
const TITLED_NAME = new RegExp(
  `(副)?(${JAPANESE_TITLE.source})[、の・ 　]?(\\p{Script=Han}{2,4}|(?<![\\p{Script=Katakana}ー])[\\p{Script=Katakana}ー]{2,}(?:[・=＝][\\p{Script=Katakana}ー]+)*)(?:[(（][\\p{Script=Hiragana}\\p{Script=Katakana}ー・ 　]{2,20}[)）])?(?:氏|閣下)`,
  'gu',
);

/**
 * The office, then a foreign name in katakana of two words or more and no honorific, closing the phrase: "州知事アンディ・
 * スディルマン・スライマンは", "委員会会長シン・ムン・フ、…" (a translation's order). "の" after it makes the person the
 * owner of what follows ("大統領ジョー・バイデンの親書"), not someone met.
 */
const TITLED_KATAKANA = new RegExp(
  `(副)?(${JAPANESE_TITLE.source})・?([\\p{Script=Katakana}ー]{2,}(?:[・=＝][\\p{Script=Katakana}ー]+)+)(?=[はがとをのもにで、。，,\\s（(]|$)`,
  'gu',
);

/** A word that still belongs to the office, not the name: "部長代理", "課長補佐", "会長兼…". */
const STILL_OFFICE = /^(?:代理|補佐|兼|等|ら)/u;

export function japaneseTitledNames(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(TITLED_KATAKANA)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const owner = text[end] === 'の' && !JAPANESE_OWN_ACT.test(text.slice(end, end + 40));
    out.push({
      mention: namedAt(text, index, end, {
        name: m[3] ?? '',
        role: (m[1] ?? '') + (m[2] ?? ''),
        ...(owner ? { possessive: true } : {}),
        how: 'office, then a katakana name (Japanese)',
      }),
      end,
    });
  }
  if (!text.includes('氏') && !text.includes('閣下')) return out;
  for (const m of text.matchAll(TITLED_NAME)) {
    const name = m[3] ?? '';
    if (STILL_OFFICE.test(name)) continue;
    const index = m.index ?? 0;
    const end = index + m[0].length - (m[0].endsWith('閣下') ? 2 : 1);
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
