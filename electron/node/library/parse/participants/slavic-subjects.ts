// Russian and Ukrainian news often open a sentence with the host's bare name and the verb of
// meeting: "Игорь Петров встретился с генеральным консулом …", "Олена Коваль зустрілася з
// делегацією …". The name is in the nominative, so it is read as written; an office written first
// ("Мэр Казани провёл встречу") is no name.

import { isCountryWord } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import type { Mention } from './types.ts';

const WORD = "[\\p{Lu}][\\p{Ll}’'-]+";
/** The verbs of meeting, past tense, either gender: met, held a meeting or talks. */
const MET =
  '(?:встретил(?:ся|ась)|провел[а]? (?:встречу|переговоры|беседу)|провёл (?:встречу|переговоры|беседу)|зустр(?:івся|ілася|ілась)|провів (?:зустріч|переговори)|провела (?:зустріч|переговори))';
/**
 * At a line's or a sentence's start: two capitalised words, then the verb, or up to three words of when or where between
 * them, the first in lower case, with no comma ("Сергей Иванов перед Новым годом встретился с …", "Олена Коваль у середу
 * зустрілася з …"; not "Ранее Сергей Иванов встретился", whose first word is no given name).
 */
const SUBJECT = new RegExp(
  `(?:^|(?<=[.!?»”"] ))(${WORD} ${WORD})(?: \\p{Ll}[^\\s.,;:!?«»"“”()]*(?: [^\\s.,;:!?«»"“”()]+){0,2}?)? ${MET}(?![\\p{L}])`,
  'gmu',
);
/** A first word that is an office, a body or a side, not a given name: "Мэр Казани", "Глава района", "Делегация Китая". */
const NOT_GIVEN =
  /^(?:мэр|мер|глава|голова|губернатор|министр|міністр|президент|посол|ректор|директор|председатель|делегация|делегація|сторона|сторони|стороны|премьер|прем’єр|канцлер|спикер|также|також|сегодня|сьогодні|вчера|вчора|затем|потім)$/iu;
/** A second word in the genitive of a place or a body ("Мэр Львова", "Губернатор области"): endings no surname of a host takes here. */
const GENITIVE_PLACE = /(?:ской|ського|ської|цкой|области|області|района|району|города|міста)$/u;

export function slavicSubjectMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/встрети|встречу|переговор|беседу|зустр/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(SUBJECT, text)) {
    const name = m[1] ?? '';
    const [given = '', family = ''] = name.split(' ');
    if (NOT_GIVEN.test(given) || GENITIVE_PLACE.test(family) || isCountryWord(given) || isCountryWord(family)) continue;
    const end = m.index + name.length;
    if (!free(m.index, end)) continue;
    out.push([
      {
        index: m.index,
        surface: name,
        name,
        role: null,
        country: null,
        kind: 'named',
        how: 'named as the one who met, before the verb of meeting (Russian or Ukrainian)',
      },
      end,
    ]);
  }
  return out;
}
