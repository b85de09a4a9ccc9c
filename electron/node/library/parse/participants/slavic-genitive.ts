// Russian and Ukrainian name the sides of a meeting in the genitive after the word for it: "состоялась
// встреча губернатора Ростовской области Василия Голубева и председателя Гродненского облисполкома
// Владимира Караника", "зустріч голови Харківської облдержадміністрації Михайла Добкіна з …". The
// desk files each under the dictionary form: the record's own where it writes the name plain
// elsewhere, else rebuilt from the genitive endings, marked so, with the written form kept beside it.

import { adjectiveCountry } from '../../../../shared/countries.ts';
import { genitiveCountry } from './slavic.ts';
import type { Mention } from './types.ts';

/** The word for the meeting, in any case: "встреча", "встречи", "переговоры", "беседа", "зустріч". */
const MEETING_NOUN =
  '(?:[Вв]стреч[аиеу]|[Пп]ереговор(?:ы|ов|ах)|[Бб]есед[аыеу]|[Зз]устріч(?:і)?|[Пп]еремовин(?:и|ах)?|[Рр]озмов[аиі])';

/** Offices in the genitive, with their dictionary form for the role. */
const OFFICES: Record<string, string> = {
  губернатора: 'губернатор',
  'вице-губернатора': 'вице-губернатор',
  президента: 'президент',
  'вице-президента': 'вице-президент',
  министра: 'министр',
  посла: 'посол',
  главы: 'глава',
  председателя: 'председатель',
  мэра: 'мэр',
  'премьер-министра': 'премьер-министр',
  госсекретаря: 'госсекретарь',
  генсека: 'генсек',
  голови: 'голова',
  міністра: 'міністр',
  мера: 'мер',
  "прем'єр-міністра": "прем'єр-міністр",
  'прем’єр-міністра': 'прем’єр-міністр',
};
const OFFICE_GEN = `(?:${Object.keys(OFFICES)
  .map((o) => `[${o[0]}${o[0]?.toUpperCase()}]${o.slice(1)}`)
  .join('|')})`;
/** The office's complement: lower-case words, acronyms, capitalised words in the genitive ("Ростовской области", "МИД Беларуси"). */
const DESCRIPTION = '(?:(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}+(?:ого|его|ой|ей|ої|ії|ии|и|ы|а|ї|у|ь)) ){0,6}?';
/** A given name in the genitive, then a surname (declined or not: "Марины Ковтун"). */
const NAME = "(\\p{Lu}\\p{Ll}+(?:а|я|ы|и) \\p{Lu}[\\p{Ll}'’-]+)";
const SIDE = `(${OFFICE_GEN}) (${DESCRIPTION})${NAME}(?= и | і | та | с | со | з | із |[,.;:)—–]|\\s*$)`;
const FIRST = new RegExp(`(?<![\\p{L}])${MEETING_NOUN} ${SIDE}`, 'gu');
const SECOND = new RegExp(`(?:и|і|та) ${SIDE}`, 'uy');

/** Ukrainian given names in -о, genitive in -а: Михайла → Михайло, Дмитра → Дмитро. */
const UKRAINIAN_O = /^(?:Михайл|Дмитр|Петр|Павл|Данил|Гаврил)а$/u;

/** A given name in the genitive back in its dictionary form, or null when the ending says nothing. */
/** Russian given names whose stem changes when declined: Петра → Пётр, Павла → Павел, Льва → Лев. */
const FLEETING: Record<string, string> = { Петра: 'Пётр', Павла: 'Павел', Льва: 'Лев' };

function givenName(word: string, ukrainian: boolean): string | null {
  if (ukrainian && UKRAINIAN_O.test(word)) return word.replace(/а$/u, 'о');
  if (!ukrainian && FLEETING[word]) return FLEETING[word] ?? null;
  const rules: [RegExp, string][] = [
    [/ии$/u, 'ия'],
    [/ьи$/u, 'ья'],
    [/ия$/u, 'ий'],
    [/([аеоуэ])я$/u, '$1й'],
    [/ря$/u, ukrainian ? 'р' : 'рь'],
    [/([кгхжшчщ])и$/u, '$1а'],
    [/ы$/u, 'а'],
    [/([бвдзлмнпрстф])а$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return null;
}

/** A surname in the genitive back in its dictionary form; a woman's surname that does not decline stays. */
function surname(word: string, feminine: boolean, ukrainian: boolean): string {
  // Ukrainian declines the surnames in -енко: Петренка → Петренко, Шевченка → Шевченко.
  if (ukrainian && /енка$/u.test(word)) return word.replace(/а$/u, 'о');
  const rules: [RegExp, string][] = feminine
    ? [
        [/([ое]в|ин|ын)ой$/u, '$1а'],
        [/([сц]к)ой$/u, '$1ая'],
        [/([сц]ьк)ої$/u, '$1а'],
      ]
    : [
        [/([сц]ь?к)ого$/u, '$1ий'],
        [/([аеоу])я$/u, '$1й'],
        [/([^аеиоуыэюяії])а$/u, '$1'],
      ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** The country a description names: a state in the genitive ("Беларуси") or its adjective ("Российской Федерации"). */
function countryOf(description: string): string | null {
  for (const w of description.split(' ')) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const c =
      genitiveCountry(w) ??
      (/(?:ск|цк|ськ|зьк)(?:ой|ого|ої)$/u.test(w)
        ? (adjectiveCountry('ru', w.toLowerCase()) ?? adjectiveCountry('uk', w.toLowerCase()))
        : null);
    if (c) return c;
  }
  return null;
}

export function slavicGenitiveMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Cyrillic}/u.test(text) || !/встреч|переговор|бесед|зустріч|перемовин|розмов/iu.test(text)) return [];
  const ukrainian = /[іїєґ]/u.test(text);
  const out: [Mention, number][] = [];
  const read = (m: RegExpExecArray): number | null => {
    const [office = '', described = '', written = ''] = [m[1], m[2], m[3]];
    const start = m.index + m[0].length - written.length;
    const end = start + written.length;
    const [first = '', last = ''] = written.split(' ');
    const given = givenName(first, ukrainian);
    if (given === null || !free(start, end)) return null;
    const feminine = /[ая]$/u.test(given);
    const rebuilt = `${given} ${surname(last, feminine, ukrainian)}`;
    // The record's own plain form, where it writes one ("Владимир Макей встретился …").
    const plain = new RegExp(`(?<![\\p{L}])${rebuilt}(?![\\p{L}])`, 'u').test(text);
    const role = `${OFFICES[office.toLowerCase()] ?? office} ${described.trim()}`.trim();
    out.push([
      {
        index: start,
        surface: written,
        name: rebuilt,
        ...(plain || rebuilt === written ? {} : { alias: written }),
        role,
        country: countryOf(described),
        kind: 'named',
        how: plain
          ? 'named as a side of the meeting, in the genitive (Russian or Ukrainian)'
          : `named as a side of the meeting, in the genitive (Russian or Ukrainian), as '${written}': its dictionary form rebuilt`,
      },
      end,
    ]);
    return end;
  };
  for (const m of text.matchAll(FIRST)) {
    // Inside a quotation ("«Обсуждена подготовка …, согласованных в ходе переговоров президента …»"): someone's words about other talks.
    const opening =
      text
        .slice(Math.max(0, m.index - 300), m.index)
        .split(/[.!?\n]\s*/u)
        .at(-1) ?? '';
    if (/^\s*["“«„]/u.test(opening)) continue;
    let end = read(m);
    // "… и председателя Гродненского облисполкома Владимира Караника": the other side, the same way.
    while (end !== null) {
      SECOND.lastIndex = end + 1;
      const next = text[end] === ' ' ? SECOND.exec(text) : null;
      end = next ? read(next) : null;
    }
  }
  return out;
}
