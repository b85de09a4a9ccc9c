// Japanese names a person with no office by the honorific alone: "氏" (Mr, Ms) in a report, "さん" in a diary,
// "様" in a list of guests, "閣下" (His Excellency) for an envoy. Two forms say the person was there: the honorific
// straight before the verb of the meeting ("松田健一氏と会談し", "トム・ハンクス氏と懇談", "松田健一氏の表敬訪問を受け")
// and a list of names each with the honorific closed by who attended ("A氏、B氏、C氏が出席した", "森様、林様、王様").
// A name with "氏" elsewhere ("…氏の著書", "…氏によると") may be anyone the record speaks of, and is left to the office readings.

import type { Found } from './cjk-offices.ts';

/** A name opening a word: after the start, punctuation, or kana of the grammar (a particle, a verb's ending: "訪れた"). */
const OPENS = String.raw`(?<=^|[\s、。，,「」『』（）()：:]|\p{Script=Hiragana})`;
/** A name: two to five kanji ("小和田哲男"; a space may part family and given name), or katakana words joined by "・" or "＝". */
const NAME = String.raw`\p{Script=Han}{2,5}|\p{Script=Han}{1,2}[ 　]\p{Script=Han}{1,3}|[\p{Script=Katakana}ー]{2,}(?:[・=＝][\p{Script=Katakana}ー]+)*`;
/** The honorifics a report, a diary or a welcome gives a name: "氏", "さん", "様", "閣下". */
const HONORIFIC = '(?:氏|さん|様|閣下)';
/** The name, the honorific, then "と" or "を" and a verb of meeting: met, talked with, called on; or whose visit was received. */
const MET = new RegExp(
  `${OPENS}(${NAME})${HONORIFIC}(?=と(?:の)?(?:電話会談|会談|懇談|会見|面会|面談|意見交換|会食|歓談)|を表敬|の(?:表敬)?訪問を受け)`,
  'gu',
);
/**
 * Names each with an honorific, parted by "、", closed by who attended: "A氏、B氏らが出席した", "A氏、B氏も参加した";
 * the last one may come with who they are ("…、来賓の会津藩主の子孫C氏も参加した"), read by the office readings.
 */
const ATTENDED = new RegExp(
  `${OPENS}(?:(?:${NAME})${HONORIFIC}、)+(?:${NAME})${HONORIFIC}(?=(?:、[^。、\n]{1,30}?${HONORIFIC})?ら?(?:が|も)[^。、\n]{0,6}?(?:出席|参加|同席|列席))`,
  'gu',
);
const ONE = new RegExp(`^(${NAME})${HONORIFIC}$`, 'u');
/** Two names or more, each closed by "様", one after another. */
const GUESTS = new RegExp(`${OPENS}(?:\\p{Script=Han}{2,4}様、)+\\p{Script=Han}{2,4}様`, 'gu');

/** Kanji before "氏" that are an office or a body, not a name: "同氏", "両氏", "総領事氏". */
const NOT_NAME = /^[同両各本当前元故]|[長官員事使]$/u;

function named(name: string, index: number, how: string): Found {
  return { mention: { index, surface: name, name, role: null, country: null, kind: 'named', how }, end: index + name.length };
}

export function japaneseHonorificNames(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(MET)) {
    const name = m[1] ?? '';
    if (!NOT_NAME.test(name))
      out.push(named(name, m.index ?? 0, 'named with an honorific before the verb of meeting (Japanese)'));
  }
  for (const m of text.matchAll(ATTENDED)) {
    let at = m.index ?? 0;
    for (const part of m[0].split('、')) {
      const name = ONE.exec(part)?.[1] ?? '';
      if (name && !NOT_NAME.test(name))
        out.push({ ...named(name, at, 'names with an honorific, listed as attending (Japanese)'), end: at + part.length });
      at += part.length + 1;
    }
  }
  if (text.includes('様、'))
    for (const m of text.matchAll(GUESTS)) {
      let at = m.index ?? 0;
      for (const part of m[0].split('、')) {
        const name = part.slice(0, -1);
        if (!NOT_NAME.test(name)) out.push({ ...named(name, at, 'a list of names with "様" (Japanese)'), end: at + part.length });
        at += part.length + 1;
      }
    }
  return out;
}
