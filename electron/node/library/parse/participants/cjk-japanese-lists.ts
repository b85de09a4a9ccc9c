// A Japanese list of those taking part writes one person a line, the name, a space, then the office:
// "鈴木英敬 三重県知事", "佐藤 花子 市国際交流課長 ほか 計3名". The office after the space is read
// whole, a prefecture or a city before it included, which the name-then-title reading (cjk-japanese.ts)
// takes for no name at all ("三重県知事" is a place's office).

import { countryPrefix, type Found } from './cjk-offices.ts';
import { HOME_WHY } from './home.ts';
import { JAPANESE_TITLE } from './japanese-offices.ts';
import { namedAt } from './named-mention.ts';

/** The office closes with a title: "三重県知事", "外務大臣", "国際交流課長". */
const ENDS_IN_TITLE = new RegExp(`(?:${JAPANESE_TITLE.source})$`, 'u');

/**
 * At the start of a line: a name of two to four kanji, or a surname and a given name with a space between,
 * a space, then a run of kanji that ends in a title, and nothing after it but "ほか" (and others) or a comma.
 */
const LINE =
  /^(\p{Script=Han}{2,4}|\p{Script=Han}{1,2}[ 　]\p{Script=Han}{1,3})[ 　]+(\p{Script=Han}{2,14})[ 　]*(?:ほか.*|[、,，].*)?$/gmu;

/** A prefecture's, a city's, a town's or a ward's office: Japan's own. */
const LOCAL_PLACE = /^\p{Script=Han}{1,4}[都道府県市区町村]/u;

export function japaneseListLines(text: string): Found[] {
  if (!text.includes(' ') && !text.includes('　')) return [];
  const out: Found[] = [];
  for (const m of text.matchAll(LINE)) {
    const name = m[1] ?? '';
    const office = m[2] ?? '';
    if (!ENDS_IN_TITLE.test(office) || ENDS_IN_TITLE.test(name)) continue;
    // A country before the office ("中国外交部長") says whose it is; a prefecture or city, Japan's.
    const whose = countryPrefix(office);
    const local = whose === null && LOCAL_PLACE.test(office);
    const index = m.index ?? 0;
    const end = index + m[0].indexOf(office, name.length) + office.length;
    out.push({
      mention: namedAt(text, index, end, {
        name,
        role: whose ? office.slice(whose.length) : office,
        country: whose?.country ?? (local ? 'Japan' : null),
        ...(local ? { countryFrom: HOME_WHY } : {}),
        attending: true,
        how: 'a line of a list of those taking part: name, then office (Japanese)',
      }),
      end,
    });
  }
  return out;
}
