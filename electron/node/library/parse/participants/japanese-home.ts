// A Japanese record, like a Korean or a Vietnamese one (home.ts), leaves its own people's country
// unsaid: "小林一郎学長", "山本市長", "佐藤 健 理事". So a person read with no country, in a Japanese
// text, whose name is written the Japanese way is Japan's. The Japanese way, told from a Chinese
// name written in the same kanji: a surname of two kanji ("佐藤 健", "石川") or a name of four
// kanji and more, or kana in it ("室伏きみ子"); a name that starts with a common one-kanji Chinese
// surname ("李強", "呉 柏青", "張春燕") is left without one. A katakana or Latin name is a foreigner's.

import { SURNAME } from './chinese-surnames.ts';
import { HOME_WHY } from './home.ts';
import type { Person } from './types.ts';

/** One-kanji Chinese surnames written in their Japanese forms ("呉" for 吴, "厳" for 严), or left out of the common set as everyday words ("万", "方"). */
const CHINESE_IN_JAPANESE = new Set([...'呉厳万方']);
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAN = /\p{Script=Han}/gu;
const KANJI_NAME = /^[\p{Script=Han}\p{Script=Hiragana}]+(?:[ 　][\p{Script=Han}\p{Script=Hiragana}]+)?$/u;

/** A name in kanji written the Japanese way, not a Chinese one. */
export function japaneseName(name: string): boolean {
  if (!KANJI_NAME.test(name)) return false;
  const [surname = '', given] = name.split(/[ 　]/u);
  if (given !== undefined) return [...surname].length >= 2;
  if (/\p{Script=Hiragana}/u.test(name)) return true;
  const chars = [...name];
  if (chars.length >= 4) return true;
  const first = chars[0] ?? '';
  return chars.length >= 2 && !SURNAME.has(first) && !CHINESE_IN_JAPANESE.has(first);
}

export function homeOfJapanese(people: Person[], text: string): void {
  if (!people.some((p) => p.country === null && p.name !== null)) return;
  // Kana beside the kanji: the text is Japanese, not Chinese (the same test as the Chinese and Japanese readings').
  const kana = text.match(KANA)?.length ?? 0;
  if (kana < 20 || kana <= (text.match(HAN)?.length ?? 0) / 10) return;
  for (const p of people) {
    if (p.country !== null || p.name === null || !japaneseName(p.name.trim())) continue;
    p.country = 'Japan';
    p.countryFrom = HOME_WHY;
  }
}
