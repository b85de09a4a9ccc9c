// A Japanese prefecture or city writes of its own head by office alone: "総領事が、知事を表敬訪問しました"
// (the consul general called on the Governor), "市長を表敬訪問", "香川県知事と会談". The one called
// on is in the room, though the record never names them: a participant with a role and no name.

import { execAll } from '../patterns.ts';
import { HOME_WHY } from './home.ts';
import type { Mention } from './types.ts';

/** Heads of a Japanese prefecture, city, town, village or ward, of its assembly, a university or a chamber of commerce. */
const HEAD = '(?:副?知事|副?市長|町長|村長|区長|議長|学長|理事長|会頭)';

/**
 * The office alone or after a prefecture or city written in kanji ("香川県知事"), then what the visitor
 * did with its holder: called on ("を表敬訪問", "を訪問し"), met ("と会談", "と面会", "と懇談"),
 * or "の表敬を受け" (received the courtesy call of). Not after kanji or katakana that would be a name
 * ("鈴木知事": the name reader's), nor before "選" (an election) or "会" (an association).
 */
const HOST = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Katakana}ー・])((?:\\p{Script=Han}{1,4}[都道府県])?(?:\\p{Script=Han}{1,4}[市区町村])?)(${HEAD})(?:を(?:表敬訪問|表敬|訪問し|訪問しま|訪ね)|と(?:会談|面会|懇談|意見交換)|の表敬を受け)`,
  'gu',
);

/** What may stand before the office: the start of a line, punctuation, or a particle ending the word before. */
const OPENS = /(?:^|[\n、。，,「」（）()：:　 ]|[はがにでもをと])$/u;

/** A Japanese record (kana) in which the head of a prefecture or city is called on by office alone. */
export function japaneseHostMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Hiragana}/u.test(text) || !/(?:知事|市長|町長|村長|区長|議長|学長|理事長|会頭)/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HOST, text)) {
    const place = m[1] ?? '';
    const office = m[2] ?? '';
    const end = m.index + place.length + office.length;
    if (!free(m.index, end) || !OPENS.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    out.push([
      {
        index: m.index,
        surface: text.slice(m.index, end),
        name: null,
        role: office,
        country: 'Japan',
        countryFrom: HOME_WHY,
        kind: 'role',
        how: 'called on by office alone (Japanese)',
      },
      end,
    ]);
  }
  return out;
}
