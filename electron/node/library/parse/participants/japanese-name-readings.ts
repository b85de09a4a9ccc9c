// Japanese gives a person's reading in brackets right after the name, the first time it names them, then the office:
// "大須賀一誠(おおすがいっせい)幸田町長", "劉 淑如(リウ・シュージュ)国際長", "楊 宇(よう う)アジア司参事官". The bracket
// tells where the name ends, which the run of Han characters into the office ("一誠幸田町長") does not; the office after
// it, ending on an office word, tells that the reading is a person's, not a place's ("幸田町(こうたちょう)").
// cjk-japanese.ts reads the same gloss (GLOSSED) where a shared head noun closes kanji right after it; this reads the
// rest: a name of five kanji, an office in katakana and kanji, a head word of Japanese only ("国際長").

import { GLOSSED_PLACE } from './cjk-japanese-words.ts';
import type { Found } from './cjk-offices.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';
import { namedAt } from './named-mention.ts';

/**
 * The name (two to five Han characters, a space allowed between family and given name), opened by anything but a Han
 * character, then its reading in kana in brackets, then, after an optional space, the office up to a particle, a comma
 * or a bracket.
 */
const NAME_READING =
  /(?<![\p{Script=Han}々])(\p{Script=Han}[\p{Script=Han}々]{0,4}(?:[ 　][\p{Script=Han}々]{1,3})?)[(（]([\p{Script=Hiragana}\p{Script=Katakana}ー・ 　]{2,20})[)）][ 　]?([^\s、。，,（(）)「」『』\p{Script=Hiragana}][^\s、。，,（(）)「」『』]{0,29}?)(?=[、。，,（(「\s]|と|は|が|の|に|を|ら|から|$)/gu;
/** The office ends on an office word: "幸田町長", "アジア司参事官", "国際長" (the head of international affairs). */
const ENDS_ON_OFFICE = new RegExp(`(?:${JAPANESE_TITLE.source}|長)$`, 'u');

/**
 * The other Japanese readings' finds, less those the bracketed reading shows cut wrong ("須賀一誠" for 大須賀一誠,
 * "アジア" given the office "司参事官"), then the people named with their reading.
 */
export function withReadings(found: Found[], text: string): Found[] {
  const read = japaneseReadingNames(text);
  if (read.length === 0) return found;
  const within = (f: Found): boolean =>
    read.some((r) => f.mention.index >= r.mention.index && f.end <= r.end && f.mention.name !== r.mention.name);
  const same = (f: Found): boolean => read.some((r) => r.mention.name === f.mention.name && r.end === f.end);
  return [...found.filter((f) => !within(f) && !same(f)), ...read];
}

/** People named with their reading, then their office. */
function japaneseReadingNames(text: string): Found[] {
  if (!/[(（][\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(NAME_READING)) {
    const name = m[1] ?? '';
    const role = m[3] ?? '';
    // Five characters at most, the space aside: a longer run holds more than the name.
    // …and a place glossed ("武漢市（ぶかんし）") is none.
    // A surname alone glossed ("葛(かつ)総領事") calls back to someone met before, or in passing: a whole name only.
    const kanji = name.replace(/[ 　]/gu, '').length;
    if (kanji < 2 || kanji > 5 || GLOSSED_PLACE.test(name) || !ENDS_ON_OFFICE.test(role)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({
      mention: namedAt(text, m.index ?? 0, end, {
        name: name.replace(/　/gu, ' '),
        role,
        country: null,
        how: 'named with its reading in brackets, then the office (Japanese)',
      }),
      end,
    });
  }
  return out;
}
