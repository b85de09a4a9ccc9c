// Russian and Ukrainian name the one who receives credentials or a message in the dative: "вручил
// верительные грамоты Президенту Киргизской Республики Садыру Жапарову", "передал президенту
// Республики Конго Дени Сассу-Нгессо послание", "вручив вірчі грамоти Президентові України …". The
// receiver was in the room. Masculine endings (-у, -ю) are taken back to the nominative; a foreign name
// that does not decline is kept as written; a woman's dative (-е, -ой) is not rebuilt here.

import { adjectiveCountry, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { genitiveCountry } from './slavic.ts';
import type { Mention } from './types.ts';

/** The verb of handing over, either gender, Russian then Ukrainian. */
const HANDED = '(?:вручил[аи]?|передал[аи]?|вручи(?:в|ла|ли)|переда(?:в|ла|ли))';
/** An office in the dative. */
const OFFICE_DATIVE =
  "(?:[Пп]резиденту|[Пп]резидентові|[Пп]ремьер-министру|[Пп]рем[’']єр-міністрові|[Кк]оролю|[Гг]лаве|[Гг]лаві|[Пп]редседателю|[Гг]олові|[Гг]убернатору|[Мм]инистру|[Мм]іністрові|[Гг]енсеку|[Гг]енеральному секретарю)";
const CAP = "[\\p{Lu}][\\p{Ll}’']+(?:-[\\p{Lu}]?[\\p{Ll}’']+)*";
/** What the office is of: lower-case words or capitalised ones in the genitive, and after "Республики" the state's own name. */
const OF = `(?: (?:(?!(?:от|из|с|со|для|від|з|для)(?![\\p{L}]))\\p{Ll}+|(?:Республики|Республіки|Королевства|Королівства) ${CAP}|${CAP}(?:ого|его|ой|ей|ої|ии|ії|ы|и|а|і)|\\p{Lu}{2,5})){0,5}?`;
/** Two or three capitalised words, the last in the dative (-у, -ю) or undeclined (a foreign name in -о, -и, -е…). */
const NAME = `(?!(?:Республики|Республіки|Королевства|Королівства|Федерации|Федерації) )(${CAP}(?: ${CAP})?(?: ${CAP}))`;
const HANDED_TO = new RegExp(
  `(?<![\\p{L}])${HANDED}(?: [\\p{Ll}]+){0,3} (${OFFICE_DATIVE})(${OF}) ${NAME}(?=[,.;:)»"\\n]| \\p{Ll}|\\s*$)`,
  'gu',
);

const EARLIER = /(?:^|\s)(?:Ранее|Раніше|Напомним|Нагадаємо|Нагадуємо)(?![\p{L}])/u;

/** A word of a man's name in the dative, back in the nominative: Садыру → Садыр, Жапарову → Жапаров, Николаю → Николай. */
function nominative(word: string): string | null {
  if (/[аеёиоуыэюяіїє]ю$/u.test(word)) return word.replace(/ю$/u, 'й');
  if (/ю$/u.test(word)) return null;
  if (/[^аеёиоуыэюяіїєь]у$/u.test(word)) return word.replace(/у$/u, '');
  // A genitive (-а, -я: "Шавката Мирзиёева") is a name owned by a noun before it, not the one handed to.
  if (/[ая]$/u.test(word)) return null;
  // A woman's dative (-е after a consonant, -ой, -ей) cannot be told from a foreign name: not rebuilt.
  if (/(?:ой|ей|[^аеёиоуыэюяіїє]е)$/u.test(word)) return null;
  return word;
}

/** The office back in the nominative: "Президенту" → "Президент", "Главе" → "Глава", "Президентові" → "Президент". */
function officeOf(dative: string): string {
  return dative.replace(/(?:ові|у|ю)$/u, (e) => (e === 'ю' && /ителю|ателю$/u.test(dative) ? 'ь' : '')).replace(/(?:е|і)$/u, 'а');
}

/** Whose office: a country in the genitive, or a state's formal name ("Республики Конго"). */
function countryOf(described: string): string | null {
  for (const w of described.split(' ')) {
    const c =
      genitiveCountry(w) ??
      (/(?:ск|цк|ськ|зьк)(?:ой|ої)$/u.test(w)
        ? (adjectiveCountry('ru', w.toLowerCase()) ?? adjectiveCountry('uk', w.toLowerCase()))
        : null);
    if (c) return c;
  }
  const formal = /(?:Республики|Республіки|Королевства|Королівства) (\S+)$/u.exec(described)?.[1];
  return formal ? normalizeCountry(formal) : null;
}

export function slavicDativeMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/вручи|переда/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(HANDED_TO, text)) {
    // "Ранее сообщалось, что … передал …", "Напомним, …": an earlier handing over, recalled.
    const sentence = text.slice(Math.max(text.lastIndexOf('\n', m.index), text.lastIndexOf('. ', m.index)) + 1, m.index);
    if (EARLIER.test(sentence)) continue;
    const written = m[3] ?? '';
    const words = written.split(' ').map(nominative);
    if (words.some((w) => w === null)) continue;
    const name = words.join(' ');
    const at = m.index + m[0].length - written.length;
    const end = at + written.length;
    if (!free(at, end)) continue;
    out.push([
      {
        index: at,
        surface: written,
        name,
        ...(name !== written ? { alias: written } : {}),
        role: officeOf(m[1] ?? ''),
        country: countryOf((m[2] ?? '').trim()),
        kind: 'named',
        how: 'named as the one handed credentials or a message, in the dative (Russian or Ukrainian)',
      },
      end,
    ]);
  }
  return out;
}
