// Russian and Ukrainian name both sides of a meeting after the meeting noun, in the genitive:
// "Встреча главы МИД РФ Сергея Лаврова и президента США Дональда Трампа продлилась…", "встреча
// губернатора Ростовской области Василия Голубева и председателя Гродненского облисполкома Владимира
// Караника", "зустріч голови … адміністрації Михайла Добкіна з …". Each name is filed under its
// dictionary form: the record's own plain form where it writes one, else rebuilt from the endings
// (slavic-dictionary.ts), marked so, with the written form kept beside it.

import { adjectiveCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { genitiveCountry } from './slavic.ts';
import { genitiveDictionaryWord } from './slavic-dictionary.ts';
import type { Mention } from './types.ts';

/** The meeting nouns, in any case: "встреча", "переговоры", "беседа", "разговор", "зустріч", "перемовини", "розмова". */
const MEETING =
  '(?:[Вв]стреч[аиеуы]|[Пп]ереговор(?:ы|ов|ах|ам)|[Бб]есед[аыеу]|[Рр]азговор[аеу]?|[Зз]устріч[іь]?|[Пп]еремовин(?:и|ах)?|[Рр]озмов[аиіу])';
/** Offices in the genitive, singular; the plural ("лидеров", "глав") names two people. */
const SINGULAR = [
  'министра',
  'главы',
  'губернатора',
  'вице-губернатора',
  'президента',
  'вице-президента',
  'премьер-министра',
  'вице-премьера',
  'председателя',
  'заместителя',
  'посла',
  'госсекретаря',
  'спецпосланника',
  'спецпредставителя',
  'представителя',
  'мэра',
  'канцлера',
  'лидера',
  'генсека',
  'секретаря',
  'поверенного в делах',
  // Those who advise, assist or head an institution come along too.
  'советника',
  'помощника',
  'ректора',
  'директора',
  'консула',
  'генконсула',
  'міністра',
  'радника',
  'помічника',
  'голови',
  'президента',
  "прем[’']єр-міністра",
  'державного секретаря',
  'заступника',
  'мера',
  'лідера',
];
const PLURAL = [
  'лидеров',
  'глав',
  'министров',
  'президентов',
  'заместителей',
  'советников',
  'лідерів',
  'міністрів',
  'президентів',
  'заступників',
  'радників',
];
const cased = (h: string): string => h.replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`);
/** Words in the genitive before the office: "нового Временного", "специального", "Чрезвычайного и Полномочного". */
// A possessive or adjective in the plural's genitive too: "их заместителей", "їхніх заступників".
const MODIFIERS = '(?:(?:[\\p{L}-]+(?:ого|его|ього)|их|їх|\\p{Ll}+(?:ых|их|іх)|и|і) ){0,3}';
const HEAD = `${MODIFIERS}(${[...SINGULAR, ...PLURAL].map(cased).join('|')})`;
/** What the office is of: any words, lazily, up to the name. */
// Not across "с"/"з": the name after it is the one met, in the instrumental (slavic-cases.ts).
const COMPLEMENT = "((?: (?!(?:с|со|з|із) )[\\p{L}\\d’'-]+){0,10}?)";
/** Two capitalised words, or three with a patronymic between; or initials and a surname ("С.В.Лаврова"). */
const NAME =
  "([\\p{Lu}][\\p{Ll}’'-]+ (?:[\\p{Lu}][\\p{Ll}’'-]+(?:вича|ьича|овны|евны) )?[\\p{Lu}][\\p{Ll}’'-]+|\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?[\\p{Lu}][\\p{Ll}’'-]+)";
/** What may follow a name: punctuation, a headline's end, a conjunction or preposition, or the verb ("продлилась", "завершились"). */
const AFTER =
  '(?=[,.;:)»"\\n]| (?:и|та|с|со|з|із|в|во|у|на|—|–)(?![\\p{L}])| \\p{Ll}+(?:лась|лись|лось|ла|ли|ло|л|тся|ться)(?![\\p{L}])|\\s*$)';

/** A verb of receiving, whose object is in the accusative, the genitive's form for a man: "Президент X принял министра иностранных дел Y Абдулазиза Камилова". */
const RECEIVED = '(?:[Пп]рин(?:ял|яла|яли)|[Пп]рийня(?:в|ла|ли))';
const RECEIVED_AT = new RegExp(`^${RECEIVED}`, 'u');
/**
 * Who came along, in the genitive after the noun of company or presence: "прибыл в сопровождении посла
 * … Сергея Кисляка", "за участі їхніх заступників …", "при участии". Read only where the sentence tells
 * of a meeting, a visit or an arrival: a briefing "за участю командира …" names no one met.
 */
const COMPANY = '(?:[Вв] сопровождении|[Уу] супроводі|[Пп]ри участии|[Вв] присутствии|[Зз]а участ(?:і|ю)|[Уу] присутності)';
const COMPANY_AT = new RegExp(`^${COMPANY}`, 'u');
const VISIT =
  /встре[тч]|переговор|бесед|визит|прибы|посети|побывал|принял|зустр|перемовин|візит|прибу|прибула|відвіда|побува|прийня/iu;
const FIRST = new RegExp(`(?<![\\p{L}])(?:${MEETING}|${RECEIVED}|${COMPANY}) ${HEAD}${COMPLEMENT} ${NAME}${AFTER}`, 'gu');
const SECOND = new RegExp(`^ (?:и|та) ${HEAD}${COMPLEMENT} ${NAME}${AFTER}`, 'u');
/** After a plural office: "лидеров России и Китая Владимира Путина и Си Цзиньпина". */
const SECOND_BARE = new RegExp(`^ (?:и|та) ${NAME}${AFTER}`, 'u');
/** Said of a meeting still to come: "состоится", "відбудеться", "запланирована". */
const FUTURE =
  /(?<![\p{L}])(?:состоится|состоятся|пройд[её]т|планируется|запланирован\p{L}*|предстоящ\p{L}*|відбудеться|відбудуться|заплановано|запланован\p{L}*|майбутн\p{L}*)(?![\p{L}])/iu;

const POSSESSIVE = /^(?:его|её|ее|своего|своей|його|її|свого|своєї)$/u;

/** The office's own word in the nominative: "министра" → "министр", "главы" → "глава", "лидеров" → "лидер". */
const OFFICE: Record<string, string> = {
  главы: 'глава',
  глав: 'глава',
  голови: 'голова',
  посла: 'посол',
  председателя: 'председатель',
  заместителя: 'заместитель',
  представителя: 'представитель',
  спецпредставителя: 'спецпредставитель',
  госсекретаря: 'госсекретарь',
  секретаря: 'секретарь',
  'поверенного в делах': 'поверенный в делах',
  'державного секретаря': 'державний секретар',
};
function officeWord(head: string): string {
  const lower = head.toLowerCase();
  const word = OFFICE[lower] ?? lower.replace(/(?:ов|ів)$/u, '').replace(/а$/u, '');
  return head[0] === lower[0] ? word : word.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * A guest received is the verb's object, in the accusative: a word in -у/-ю is a noun in -а/-я ("Таро
 * Ямаду" → "Таро Ямада", "Анну Петрову" → "Анна Петрова"), -ую an adjective's -ая; any other word has
 * the genitive's form ("Ивана Сомова").
 */
function accusativeWord(word: string, ukrainian: boolean): string {
  if (/[ую]ю$/u.test(word)) return word.replace(/уюю?$|ую$/u, 'ая').replace(/юю$/u, 'яя');
  if (/\p{L}{2}у$/u.test(word)) return word.replace(/у$/u, 'а');
  if (/\p{L}{2}ю$/u.test(word)) return word.replace(/ю$/u, 'я');
  // A short stem the genitive's rules leave alone: "Ван Ана" → "Ван Ан", "Чен Ына" → "Чен Ын".
  if (/^\p{Lu}[^аеёиоуыэюяіїєьй]а$/u.test(word)) return word.slice(0, -1);
  return genitiveDictionaryWord(word, ukrainian);
}

/**
 * A name's undeclined first words, read into the complement: Vietnamese, Korean and Chinese names decline
 * only their last word ("посла Вьетнама Нгуен Ван Ана"). A capitalised word that ends in a consonant, or
 * is of two letters ("Ли"), and is no country, cannot be a genitive and belongs to the name.
 */
const UNDECLINED = /^(?:\p{Lu}\p{Ll}*[^аеёиоуыэюяіїєьй\P{Ll}]|\p{Lu}\p{Ll})$/u;

/** The record's own plain form where it writes every word of it, else the rebuilt one. */
function plainForm(written: string, text: string, ukrainian: boolean, accusative = false): { name: string; rebuilt: boolean } {
  const words = written.split(/ |(?<=\.)(?=\p{Lu}\p{Ll})/u);
  const plain = words.map((w) => (accusative ? accusativeWord(w, ukrainian) : genitiveDictionaryWord(w, ukrainian)));
  const name = written.includes(' ') ? plain.join(' ') : written.replace(words.at(-1) ?? '', plain.at(-1) ?? '');
  const seen = (w: string): boolean => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text);
  const said = plain.every((w, i) => w === words[i] || seen(w));
  // The record's own plain form keeps a word as written where it writes the name so ("Віктор Коцура"
  // beside "Віктора Коцура"): a surname that does not decline, though it looks as if it did.
  const kept = plain.map((w, i) => (seen(w) ? w : (words[i] ?? w))).join(' ');
  if (!said && written.includes(' ') && kept !== written && seen(kept)) return { name: kept, rebuilt: false };
  return { name, rebuilt: !said };
}

/** The countries in the complement, in order, and the words that are the office's. */
function described(words: string[], ukrainian: boolean): { countries: string[]; role: string[] } {
  const countries: string[] = [];
  const role: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^(?:в|у|при|по)$/u.test(w)) break;
    const c = /^\p{Lu}/u.test(w)
      ? (genitiveCountry(w) ?? (/(?:ой|ей|ої)$/u.test(w) ? adjectiveCountry(ukrainian ? 'uk' : 'ru', w.toLowerCase()) : null))
      : null;
    if (c) {
      countries.push(c);
      // "Российской Федерации": the rest of the country's name is not the office.
      while (/^\p{Lu}/u.test(words[i + 1] ?? '') && !genitiveCountry(words[i + 1] ?? '')) i++;
    } else {
      if (countries.length === 0 && /^\p{Ll}{5,}(?:ого|его|ой|ей|ої)$/u.test(w)) {
        const c2 = adjectiveCountry(ukrainian ? 'uk' : 'ru', w);
        if (c2) countries.push(c2);
      }
      if (!/^(?:и|і|та)$/u.test(w) || countries.length === 0) role.push(w);
    }
  }
  return { countries, role };
}

export function slavicGenitiveMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (
    !/\p{Script=Cyrillic}/u.test(text) ||
    !/[Вв]стреч|[Пп]ереговор|[Бб]есед|[Рр]азговор|[Зз]устріч|[Пп]еремовин|[Рр]озмов|[Пп]рин(?:ял|яла|яли) |[Пп]рийня(?:в|ла|ли) |сопровождении|супроводі|участи|участ[іює]|присутстви|присутност/u.test(
      text,
    )
  )
    return [];
  const ukrainian = /[іїєґ]/u.test(text);
  const out: [Mention, number][] = [];
  for (const m of execAll(FIRST, text)) {
    const sentenceStart = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('\n', m.index)) + 1;
    const sentenceEnd = text.slice(m.index).search(/[.!?\n]/u);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : m.index + sentenceEnd);
    const future = FUTURE.test(sentence);
    const received = RECEIVED_AT.test(m[0]);
    // The stop of an initial or a one-letter abbreviation ("В. Н. Каразіна", "в.о. ректора") ends no sentence here.
    const lead =
      text
        .slice(Math.max(0, m.index - 400), m.index)
        .split(/(?<!(?<![\p{L}])\p{L})[.!?]|\n/u)
        .at(-1) ?? '';
    if (COMPANY_AT.test(m[0]) && !VISIT.test(lead)) continue;
    // Inside a quotation ("«…переговоров президента X с …», - говорится в сообщении"): what a statement recalls, not the meeting reported.
    const paragraph = text.slice(text.lastIndexOf('\n', m.index) + 1, m.index);
    if ((paragraph.match(/"/gu)?.length ?? 0) % 2 === 1 || paragraph.lastIndexOf('«') > paragraph.lastIndexOf('»')) continue;
    const read = (head: string, complement: string, written: string, at: number, country: string | null): Mention | null => {
      if (genitiveCountry(written.split(' ')[0] ?? '')) return null;
      const { name, rebuilt } = plainForm(written, text, ukrainian, received);
      // "министра иностранных дел России и его немецкого коллеги Гидо Вестервелле": the name is the colleague's.
      const own = complement.split(/ (?:и|та) (?=(?:его|её|ее|своего|своей|його|її|свого|своєї) )/u).at(-1) ?? complement;
      const { countries, role } = described(own.trim().split(' ').filter(Boolean), ukrainian);
      return {
        index: at,
        surface: written,
        name,
        ...(rebuilt ? { alias: written } : {}),
        role: own === complement ? [officeWord(head), ...role].join(' ') : role.filter((w) => !POSSESSIVE.test(w)).join(' '),
        country: country ?? countries[0] ?? null,
        kind: 'named',
        how: rebuilt
          ? `named after the meeting, in the genitive (Russian or Ukrainian), as '${written}': its dictionary form rebuilt`
          : 'named after the meeting, in the genitive (Russian or Ukrainian)',
        ...(future ? { future: true } : {}),
      };
    };
    const head = m[1] ?? '';
    const complement = (m[2] ?? '').split(' ');
    let written = m[3] ?? '';
    for (let i = 0; i < 2; i++) {
      const w = complement.at(-1) ?? '';
      if (!UNDECLINED.test(w) || genitiveCountry(w) || complement.length < 2) break;
      written = `${complement.pop()} ${written}`;
    }
    const at = m.index + m[0].length - written.length;
    let end = m.index + m[0].length;
    if (!free(at, end)) continue;
    const plural = PLURAL.includes(head.toLowerCase());
    const countries = described(complement.filter(Boolean), ukrainian).countries;
    const first = read(head, complement.join(' '), written, at, plural ? (countries[0] ?? null) : null);
    if (!first) continue;
    out.push([first, end]);
    const rest = text.slice(end);
    const second = plural ? SECOND_BARE.exec(rest) : SECOND.exec(rest);
    if (!second) continue;
    const who = (plural ? second[1] : second[3]) ?? '';
    const whoAt = end + second[0].length - who.length;
    const mention = plural
      ? read(head, complement.join(' '), who, whoAt, countries[1] ?? null)
      : read(second[1] ?? '', second[2] ?? '', who, whoAt, null);
    end += second[0].length;
    if (mention && free(whoAt, end)) out.push([mention, end]);
  }
  return out;
}
