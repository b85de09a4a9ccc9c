// A sovereign or a religious head is named by one word after the title: the name taken on the
// throne or the chair of Peter, with the numeral of its order or not. "Đức Thánh Cha Phanxicô đã
// tiếp …", "ĐTC Phanxicô", "Đức Giáo hoàng Francis", "Papst Franziskus", "el papa Francisco"; with
// a numeral after any such title or the style that stands for it: "Raja Mswati III", "the King of
// Spain Felipe VI", "His Holiness Garegin II", "Đức Bênêđictô XVI". The title is the role; a pope's
// side is the Holy See. One word after a pope's title is a name only where no capitalised word
// follows (a two-word name is another rule's), and never a common word, a country or a title.

import { isCountryWord, normalizeCountry } from '../../../../shared/countries.ts';
import { fold } from '../text.ts';
import { NOT_NAMES } from './names.ts';
import type { Mention } from './types.ts';

/** Cheap test first: a pope's title in one of its languages, or a regnal numeral. */
const GATE = /Giáo [Hh]oàng|Thánh Cha|ĐTC|Pope|Papst|[Pp]apa |[Pp]ape |Paus | [IVX]+\b/u;

/**
 * A pope's title: Vietnamese (with "Đức", His Holiness, or the abbreviation "ĐTC"), English, German, Indonesian and
 * Dutch; the Romance "papa" only after its article ("el papa Francisco"): "Papa Diop" is a Senegalese given name.
 */
const POPE = '(?:Đức )?(?:Giáo [Hh]oàng|Thánh Cha)|ĐTC|Pope|Papst|(?<=(?:[Ee]l|[Ii]l|[Oo]|[Ll]e) )[Pp]ap[ae]|Paus';

/**
 * A sovereign's or a religious head's title, or the style that stands for one, then a country at most:
 * here the one word after it is a name only with its numeral ("Raja Eswanti," misspells a country).
 */
const HEAD =
  '(?:the )?(?:King|Queen|Sultan|Emir|Emperor|Patriarch|Catholicos|His Holiness|His Majesty|Her Majesty|König|Königin|Kaiser|Rey|Reina|Rei|Rainha|Roi|Reine|Re|Regina|Koning|Koningin|Kong|Dronning|Raja|Ratu|Đức|Nhà vua|Quốc vương)(?: of (?:the )?\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+)?)?';

const NAME = "(\\p{Lu}[\\p{Ll}\\p{M}'’-]+)(?: ([IVX]{1,5})\\.?(?![\\p{L}]))?";

const FORM = new RegExp(`(?<![\\p{L}])(?:(${POPE})|(${HEAD})) ${NAME}`, 'dgu');

/** A capitalised word after the name: the name runs on ("Papa Juan Pablo"), for the rules that read longer names. */
const RUNS_ON = /^ \p{Lu}\p{Ll}/u;

/** Words a title is followed by that name no one: the country or see itself, or another office. */
const NOT_A_NAME = /^(?:Thánh|Tòa|Toà|Giáo|Vatican|Roma|Rome|Emeritus|Hoàng)$/u;

/**
 * A monarch of another century in the same sentence is history told around the visit: "Der erste Eintrag stammt von
 * Kaiser Wilhelm II aus dem Jahr 1899" (a city's golden book).
 */
const OLD_YEAR = /(?<!\d)(?:1[0-8]\d\d|19[0-4]\d)(?!\d)/u;
function inHistory(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('\n', start));
  const stops = [text.indexOf('.', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return OLD_YEAR.test(text.slice(from + 1, stops.length ? Math.min(...stops) : text.length));
}

export function regnalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!GATE.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of text.matchAll(FORM)) {
    const pope = m[1];
    const head = m[2];
    const word = m[3] ?? '';
    const numeral = m[4];
    if (head && !numeral) continue;
    if (NOT_A_NAME.test(word) || NOT_NAMES.has(fold(word), word) || isCountryWord(word) || normalizeCountry(word)) continue;
    const end = m.index + m[0].length;
    if (!numeral && RUNS_ON.test(text.slice(end, end + 3))) continue;
    const index = m.indices?.[3]?.[0] ?? m.index;
    if (!free(m.index, end) || inHistory(text, m.index, end)) continue;
    const name = numeral ? `${word} ${numeral}` : word;
    const title = (pope ?? head ?? '').replace(/^the /u, '');
    const of = / of (?:the )?(.+)$/u.exec(title);
    const role = of ? title.slice(0, of.index) : title;
    const styleOnly = /^(?:His|Her) |^Đức$/u.test(role);
    out.push([
      {
        index,
        surface: text.slice(m.index, end),
        name,
        role: styleOnly ? null : role,
        country:
          pope || /^(?:Đức|His Holiness)$/u.test(role) ? (pope ? 'Holy See' : null) : of ? normalizeCountry(of[1] ?? '') : null,
        kind: 'named',
        how: 'named by a regnal or religious name after the title',
      },
      end,
    ]);
  }
  return out;
}
