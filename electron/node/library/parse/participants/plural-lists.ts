// One plural office described at length, then the two holders: "Los ministros de relaciones
// exteriores de México y Estados Unidos, Luis Videgaray y Rex Tillerson", "les ministres américain
// et français des Affaires étrangères, Antony Blinken et Jean-Yves Le Drian", "las ministras de
// Exteriores, María Ángela Holguín, de Colombia, y Delcy Rodríguez, de Venezuela", "ses homologues
// japonais Tarô Kôno, et iranien Mohammad Javad Zarif". The countries, when the description or the
// names carry them, go to the holders in order ("respectively"). plural-titles.ts reads the short form.

import { adjectiveCountry, countryAt } from '../../../../shared/countries.ts';
import { compiledEarly } from '../compiled-early.ts';
import { execAll } from '../patterns.ts';
import { fold } from '../text.ts';
import { readName } from './names.ts';
import type { Mention } from './types.ts';

const HEAD = compiledEarly(
  /(?<![\p{L}])(?:[Mm]inistr(?:es|os|as|i)|[Cc]ancilleres|[Cc]hanceleres|[Hh]omolog(?:ues|os|as|hi)|[Ss]ecretari(?:os|as)|MM\.)(?![\p{L}])/gu,
);
/** Words a description of the office may hold in lower case: prepositions, "and", portfolios. */
const SMALL = new Set(
  (
    'de del des dos das da do la las los les le el of for et y e and ' +
    'relaciones exteriores asuntos affaires etrangeres negocios estrangeiros relacoes esteri affari ' +
    'defensa defense defesa difesa economia economie finanzas finances hacienda comercio commerce commercio ' +
    'cooperacion cooperation cooperacao interior interieur justicia justice respectivamente respectivement respectively'
  ).split(' '),
);
const LANGUAGES = ['es', 'fr', 'pt', 'it', 'en'];
const adjective = (word: string): string | null => {
  for (const l of LANGUAGES) {
    const c = adjectiveCountry(l, word);
    if (c) return c;
  }
  return null;
};
const AND = /^,? (?:et|y|e|and) /u;
/** ", de Colombia,", " por México": the country a holder speaks for, right after the name. */
const FROM = /^,? (?:de|del|da|do|du|por|pour|of) /u;

/** The office one holder has: "ministros" → "ministro", "cancilleres" → "canciller", "ministri" → "ministro". */
const singular = (head: string): string => head.replace(/i$/u, 'o').replace(/(?<=[eo]r)es$|s$/u, '');

type Holder = { name: string; start: number; end: number; country: string | null };

/** A holder at `at` (a space before the name): the name, then the country that may follow it. */
function holder(text: string, at: number): Holder | null {
  const name = readName(text, at);
  if (!name || name.name.split(' ').length < 2) return null;
  let end = name.end;
  let country: string | null = null;
  const from = FROM.exec(text.slice(end, end + 8));
  const place = from ? countryAt(text, end + from[0].length - 1) : null;
  if (from && place) {
    country = place.country;
    end = place.end;
  }
  return { name: name.name, start: text.indexOf(name.name, at), end, country };
}

export function pluralListMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/inistr|ancill|hancel|omolog|ecretari|MM\./u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HEAD, text)) {
    let pos = m.index + m[0].length;
    const countries: string[] = [];
    for (let words = 0; words < 10; words++) {
      const comma = text[pos] === ',' ? 1 : 0;
      if (/^ \p{Lu}/u.test(text.slice(pos + comma, pos + comma + 2))) {
        const first = holder(text, pos + comma);
        const and = first ? AND.exec(text.slice(first.end, first.end + 6)) : null;
        if (first && and) {
          // "et iranien Mohammad Javad Zarif": the second holder's nationality before the name.
          let at = first.end + and[0].length - 1;
          const own = /^ (\p{Ll}{4,})(?= \p{Lu})/u.exec(text.slice(at, at + 30));
          const ownCountry = own?.[1] ? adjective(own[1]) : null;
          if (ownCountry && own) at += own[0].length;
          const second = holder(text, at);
          if (second && free(m.index, second.end)) {
            const role = m[0] === 'MM.' ? null : singular(m[0]);
            const pair: [Holder, string | null][] = [
              [first, first.country ?? countries[0] ?? null],
              [second, second.country ?? ownCountry ?? countries[1] ?? null],
            ];
            for (const [h, country] of pair)
              out.push([
                {
                  index: h.start,
                  surface: text.slice(h.start, h.start + h.name.length),
                  name: h.name,
                  role,
                  country,
                  kind: 'named',
                  how: 'named after an office shared by two',
                },
                h.end,
              ]);
            break;
          }
        }
      }
      // Past one more word of the description: a capitalised word, a small word, a nationality.
      const w = /^ ([\p{L}’'-]+)/u.exec(text.slice(pos, pos + 40));
      if (!w?.[1]) break;
      const word = w[1];
      if (/^\p{Lu}/u.test(word)) {
        const place = countryAt(text, pos);
        if (place) {
          countries.push(place.country);
          pos = place.end;
          continue;
        }
      } else if (!SMALL.has(fold(word))) {
        const c = adjective(word);
        if (!c) break;
        countries.push(c);
      }
      pos += w[0].length;
    }
  }
  return out;
}
