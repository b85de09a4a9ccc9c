// Russian and Ukrainian headlines and leads name a well-known official by the bare surname: as the
// subject of the verb of meeting ("Лавров проводит встречу с Генсеком ООН", "Шмигаль зустрівся з
// …"), or both sides after the meeting noun, in the genitive ("встреча Лаврова и Тиллерсона",
// "зустріч Кулеби та Блінкена"). Only a word shaped like an East Slavic surname (-ов, -ев, -ин,
// -ский, -енко, -ук…) is read alone, and never one the record also writes as a place ("в Киеве").

import { isCountryWord } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { genitiveCountry } from './slavic.ts';
import { genitiveDictionaryWord } from './slavic-dictionary.ts';
import type { Mention } from './types.ts';

/** A surname in the nominative: Лавров, Шойгу is not read (no ending says it is one). */
const SURNAME = "[\\p{Lu}][\\p{Ll}’'-]+(?:ов|ев|ёв|ин|ын|ский|цкий|ський|цький|енко|ук|юк|ова|ева|ёва|ина|ына|ская|ська)";
/** The verbs of meeting, past or present, either gender, Russian then Ukrainian. */
const MET =
  '(?:встретил(?:ся|ась)|встречается|провод(?:ит|ят)(?: [\\p{L}]+){0,2}? (?:встречу|переговоры|беседу)|пров[её]л[а]? (?:встречу|переговоры|беседу|телефонный разговор)|принял[а]?|обсудил[а]? с|зустр(?:івся|ілася|ілась|ічається)|проводить(?: [\\p{L}]+){0,2}? (?:зустріч|переговори)|провів (?:зустріч|переговори|розмову)|провела (?:зустріч|переговори|розмову)|прийня(?:в|ла)|обговорив з|обговорила з)';
/** At a line's or a sentence's start: the bare surname, then the verb. */
const SUBJECT = new RegExp(`(?:^|(?<=[.!?»”"] ))(${SURNAME}) ${MET}(?![\\p{L}])`, 'gmu');

/** Both sides as the subject of a plural verb: "В ходе встречи Лавров и Керри обсудили …", "Кулеба та Блінкен обговорили …". */
const MET_TOGETHER =
  '(?:встретились|обсудили|провели (?:встречу|переговоры|беседу)|обменялись|зустрілися|зустрілись|обговорили|провели (?:зустріч|переговори|розмову)|обмінялися)';
const SUBJECTS = new RegExp(`(?<![\\p{L}’'-])(${SURNAME}) (?:и|і|та) ([\\p{Lu}][\\p{Ll}’'-]+) ${MET_TOGETHER}(?![\\p{L}])`, 'gu');

/** The meeting nouns, in any case. */
const MEETING =
  '(?:[Вв]стреч[аиеуы]|[Пп]ереговор(?:ы|ов|ах|ам)|[Бб]есед[аыеу]|[Рр]азговор[аеу]?|[Зз]устріч[іь]?|[Пп]еремовин(?:и|ах)?|[Рр]озмов[аиіу])';
/** A surname in the genitive: Лаврова, Кулеби, Порошенко, Зеленского. */
const SURNAME_GENITIVE =
  "[\\p{Lu}][\\p{Ll}’'-]+(?:ова|ева|ёва|ина|ына|ского|цкого|ського|цького|енко|енка|ука|юка|ової|евой|овой|иной)";
/** "встреча Лаврова и Тиллерсона": two bare words after the noun; the second may be a foreign surname of any shape. */
const PAIR = new RegExp(
  `(?<![\\p{L}])${MEETING} (${SURNAME_GENITIVE}) (?:и|і|та) ([\\p{Lu}][\\p{Ll}’'-]+)(?![\\p{L}’'-]| [\\p{Lu}])`,
  'gu',
);

/** A word the record also writes as a place: "в Киеве", "у Львові", or its adjective ("киевский"). */
function writtenAsPlace(word: string, text: string): boolean {
  const stem = word.replace(/[аыиуо]$/u, '');
  if (new RegExp(`(?<![\\p{L}])(?:в|во|у|из|із|под|під) ${stem}(?:е|і|у)(?![\\p{L}])`, 'iu').test(text)) return true;
  return new RegExp(`(?<![\\p{L}])${stem.toLowerCase()}(?:ск|ськ)`, 'u').test(text);
}

function notAName(word: string, text: string): boolean {
  return isCountryWord(word) || genitiveCountry(word) !== null || writtenAsPlace(word, text);
}

function mention(index: number, written: string, name: string, how: string): Mention {
  return {
    index,
    surface: written,
    name,
    ...(name !== written ? { alias: written } : {}),
    role: null,
    country: null,
    kind: 'named',
    how,
  };
}

export function slavicBareSurnameMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (
    !/\p{Script=Cyrillic}/u.test(text) ||
    !/встре[тч]|переговор|бесед|разговор|принял|обсудил|зустр|перемовин|розмов|прийня|обговори/iu.test(text)
  )
    return [];
  const ukrainian = /[іїєґ]/u.test(text);
  const out: [Mention, number][] = [];
  for (const m of execAll(SUBJECT, text)) {
    const name = m[1] ?? '';
    const end = m.index + name.length;
    if (notAName(name, text) || !free(m.index, end)) continue;
    out.push([mention(m.index, name, name, 'named by the bare surname before the verb of meeting (Russian or Ukrainian)'), end]);
  }
  const pairs = (pattern: RegExp, inName: (w: string) => string, how: string, firstAfterSpace: boolean): void => {
    for (const m of execAll(pattern, text)) {
      const first = m[1] ?? '';
      const second = m[2] ?? '';
      if (notAName(first, text) || notAName(second, text)) continue;
      // After the meeting noun (one word) the first surname starts after its space; as subjects, at the match.
      const firstAt = m.index + (firstAfterSpace ? m[0].indexOf(' ') + 1 : 0);
      const secondAt = firstAt + m[0].slice(firstAt - m.index).indexOf(second, first.length);
      if (!free(firstAt, firstAt + first.length) || !free(secondAt, secondAt + second.length)) continue;
      out.push([mention(firstAt, first, inName(first), how), firstAt + first.length]);
      out.push([mention(secondAt, second, inName(second), how), secondAt + second.length]);
    }
  };
  pairs(
    PAIR,
    // Ukrainian declines -енко (Коваленка), which the general reading would cut to a consonant stem.
    (w) => (/енка$/u.test(w) ? w.replace(/а$/u, 'о') : genitiveDictionaryWord(w, ukrainian)),
    'named by the bare surname after the meeting, in the genitive (Russian or Ukrainian)',
    true,
  );
  pairs(SUBJECTS, (w) => w, 'named by the bare surname, both sides before the verb of meeting (Russian or Ukrainian)', false);
  return out;
}
