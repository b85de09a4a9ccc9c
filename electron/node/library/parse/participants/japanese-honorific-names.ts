// Japanese names a person with no office by the honorific alone: "氏" (Mr, Ms) in a report, "様" in a list of
// guests. Two forms say the person was there: the honorific straight before the verb of the meeting
// ("松田健一氏と会談し", "松田健一氏を表敬訪問") and a list of names each with "様" ("森様、林様、王様"). A name with
// "氏" elsewhere ("…氏の著書", "…氏によると") may be anyone the record speaks of, and is left to the office readings.

import type { Found } from './cjk-offices.ts';

/** Two to four kanji opening a clause: after the start, punctuation, or a particle. */
const OPENS = String.raw`(?<=^|[\s、。，,「」『』（）()：:]|[はがもをとの])`;
/** The name, "氏", then "と" or "を" and a verb of meeting: met, talked with, called on. */
const MET = new RegExp(
  `${OPENS}(\\p{Script=Han}{2,4})氏(?=と(?:の)?(?:会談|懇談|会見|面会|面談|意見交換|会食)|を表敬|の表敬訪問を受け)`,
  'gu',
);
/** Two names or more, each closed by "様", one after another. */
const GUESTS = new RegExp(`${OPENS}(?:\\p{Script=Han}{2,4}様、)+\\p{Script=Han}{2,4}様`, 'gu');

/** Kanji before "氏" that are an office or a body, not a name: "同氏", "両氏", "総領事氏". */
const NOT_NAME = /^[同両各本当前元故]|[長官員事使]$/u;

function named(name: string, index: number, how: string): Found {
  return { mention: { index, surface: name, name, role: null, country: null, kind: 'named', how }, end: index + name.length };
}

export function japaneseHonorificNames(text: string): Found[] {
  const out: Found[] = [];
  if (text.includes('氏'))
    for (const m of text.matchAll(MET)) {
      const name = m[1] ?? '';
      if (!NOT_NAME.test(name)) out.push(named(name, m.index ?? 0, 'named with "氏" before the verb of meeting (Japanese)'));
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
