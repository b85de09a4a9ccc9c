// Russian and Ukrainian name the person met after "с"/"з" (with), in the instrumental case: "провёл
// переговоры с главой МИД Турции Хаканом Фиданом", "со своим белорусским коллегой Владимиром
// Макеем", "зустрівся з державним секретарем Ентоні Блінкеном". The dictionary form is what a desk
// officer files the person under: the record's own plain form where it writes one, else rebuilt
// from the case endings (slavic-dictionary.ts), marked so, with the written form kept beside it.

import { adjectiveCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { genitiveCountry } from './slavic.ts';
import { dictionaryForm } from './slavic-dictionary.ts';
import { nominativeOffice } from './slavic-office-case.ts';
import type { Mention } from './types.ts';

/** Endings of a masculine or feminine noun or surname in the instrumental: -ом, -ем, -ым, -им, -ой, -ей, -ою. */
const INSTRUMENTAL = '(?:ом|ем|ём|ым|им|ой|ей|ою|ею|єм)';
// A double surname keeps both its capitalised halves: "Мелик-Багдасаровым", "Римским-Корсаковым".
const WORD = `[\\p{Lu}][\\p{Ll}’'-]*(?:-[\\p{Lu}][\\p{Ll}’']*)?${INSTRUMENTAL}`;
const CAP = "[\\p{Lu}][\\p{Ll}’'-]+";
/**
 * A name: two or three capitalised words, the first and last inflected ("Хосейном Амиром
 * Абдоллахианом", "Абдаллой Бу Хабибом"), or a foreign given name that does not decline before an
 * inflected surname ("Энтони Блинкеном") and a declined given name before a surname that does not
 * ("Николасом Мадуро").
 */
const NAME = `(${WORD}(?: ${CAP})?(?: ${WORD})|(?:${CAP} ){1,2}${WORD}|${WORD} ${CAP}(?![\\p{L}-]))`;

/**
 * An office written with a capital, in the instrumental: "с Президентом Украины", "с Чрезвычайным и
 * Полномочным Послом", "з Міністром закордонних справ". Part of the description, never of the name.
 */
const OFFICE =
  "(?:Вице-президент|Президент|Премьер-министр|Прем['’]єр-міністр|Министр|Міністр|Губернатор|Посл|Председател|Голов|Глав|Мэр|Мер|Канцлер|Генконсул|Консул|Ректор|Проректор|Корол|Спикер|Генсек|Секретар|Государственн|Генеральн|Чрезвычайн|Полномочн|Надзвичайн|Повноважн|Державн|Перв|Перш|Специальн|Спеціальн|Постоянн|Временн|Тимчасов|Постійн)(?:ом|ем|ём|ым|им|ой|ою|ею|єю)";
/** A capitalised word of a description that is no name: an office, or a country's or body's adjective or noun in the genitive ("Российской Федерации", "Федеративної Республіки", "Беларусь"). */
// Ukrainian -і: a state after its post or preposition ("в Україні", "Польщі").
const DESCRIBING = `(?:Республики|Республіки|Королевства|Королівства) \\p{Lu}[\\p{Ll}-]+|${OFFICE}|\\p{Lu}[\\p{Ll}’']+(?:ого|его|ой|ей|ої|ии|и|ы|а|ї|і|у|ь)|\\p{Lu}\\.`;

/** Where the name ends: a conjunction, a stop or a closing quotation mark, a space. */
const NAME_END = '(?= и | і | та |[,.;:!?)»—–-]|\\s|$)';
/** "с" (or "между", "між": a call or talks between two) + the counterpart's description (lower-case words, an acronym, an office, a country in the genitive) + the name. */
const WITH_NAMED = new RegExp(
  `(?<![\\p{L}])(?:[Сс]о?|[Зз]і?|[Іі]з|[Мм]ежду|[Мм]іж) ((?:(?:\\p{Ll}[\\p{Ll}-]*|\\p{Lu}{2,5}|${DESCRIBING}) ){0,8}?)(?!${OFFICE}(?![\\p{L}]))${NAME}${NAME_END}`,
  'gu',
);
const NAME_AT = new RegExp(`${NAME}${NAME_END}`, 'uy');
/** A state's formal name, whose own name stays undeclined after it: "Республики Корея", "Социалистической Республики Вьетнам". */
const FORMAL_STATE_WORD = '(?:Республики|Республіки|Королевства|Королівства|Федерации|Федерації)';
const FORMAL_STATE = new RegExp(`^${FORMAL_STATE_WORD}$`, 'u');
/** "… з ректоркою X Тетяною Мельник та в.о. ректора Y Ігорем Рубаном": a second one met, with a description of their own. */
const AND_DESCRIBED = new RegExp(
  `(,(?: и| і| та)? | и | і | та )((?:(?:\\p{Ll}[\\p{Ll}-]*|в\\.\\s?о\\.|\\p{Lu}{2,5}|${DESCRIBING}) ){1,8}?)(?!${OFFICE}(?![\\p{L}]))(?!${FORMAL_STATE_WORD} )${NAME}${NAME_END}`,
  'uy',
);
const INFLECTED = new RegExp(`^${WORD}$`, 'u');
/** An office noun in the instrumental, lower case: "проректором", "директором", "заступницею". */
const INSTRUMENTAL_NOUN = /^\p{Ll}[\p{Ll}-]{3,}(?:ом|ем|ём|ой|ей|ою|ею|єю)$/u;
/** A first word read into the name that belongs to the description: an office, a state's adjective or noun in the genitive ("Российской Федерации", "Федеративної Республіки"). */
const STATE_WORD = new RegExp(
  `^(?:${OFFICE}|\\p{Lu}\\p{Ll}+(?:ской|цкой|ского|цкого|ської|ського|ного|ної|ых|их|іх)|Республ[иі]к[иі]|Федерации|Федерації|Королевства|Королівства|Штатов|Штатів|Союза|Союзу|Организации|Організації|Империи|Імперії)$`,
  'u',
);

/** A word of the description read as the name's first: a country, a state's word, or a state's own name after "Республики". */
function stateLead(lead: string, described: string): boolean {
  if (lead === '') return false;
  // "… в Астрахани Таубалды Умбетбаевым": after "в" or "у", the first word is where the post is.
  if (/(?:^|\s)(?:в|у|во)$/u.test(described) && !INFLECTED.test(lead)) return true;
  if ((genitiveCountry(lead) && !INFLECTED.test(lead)) || STATE_WORD.test(lead)) return true;
  return FORMAL_STATE.test(described.split(' ').at(-1) ?? '') && !INFLECTED.test(lead);
}

/**
 * Where a name read from undeclined capitalised words runs on into declined ones, the first declined word
 * that starts a name of two words or more; null when the name starts declined or none follows.
 */
function declinedRun(text: string, start: number, name: string): { at: number; name: string } | null {
  const words = name.split(' ');
  if (INFLECTED.test(words[0] ?? '')) return null;
  let at = start;
  for (const [i, w] of words.entries()) {
    if (i > 0 && INFLECTED.test(w)) {
      NAME_AT.lastIndex = at;
      const run = NAME_AT.exec(text)?.[1];
      if (run?.includes(' ') && INFLECTED.test(run.split(' ')[0] ?? '')) return { at, name: run };
      return null;
    }
    at += w.length + 1;
  }
  return null;
}

/** A second person after a plural description: "с главами МИД Ливана и Индонезии X и Y". */
const AND_NAME = /^ (?:и|і|та) ([\p{Lu}][\p{Ll}’'-]+(?: [\p{Lu}][\p{Ll}’'-]+){1,2})(?=[,.;:)]|\s|$)/u;

/** A sentence that reports a meeting, a call or talks: only there is the person "with" a participant. */
// …or an exchange of views, or a reception ("принял делегацию во главе с министром …").
const MEETING_WORD =
  /встре[тч]|переговор|бесед|разговор|телефон|зустр|розмов|перемовин|поспілкува|грамот|обмен\p{L}* мнени|обмін\p{L}* думк|принял|прийня[вл]/iu;

/**
 * The name in its dictionary form: the record's own where it writes every declined word plain
 * elsewhere ("Ентоні Блінкеном" … "Блінкен ще раз запевнив"), else each word rebuilt from its
 * instrumental ending, which is a reading to check.
 */
function plainForm(name: string, text: string): { name: string; rebuilt: boolean } {
  const words = name.split(' ');
  const plain = words.map((w) => {
    const m = new RegExp(`^(.+?)${INSTRUMENTAL}$`, 'u').exec(w);
    if (!m?.[1]) return w;
    return new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, 'u').test(text) ? m[1] : null;
  });
  if (plain.every((w) => w !== null)) return { name: plain.join(' '), rebuilt: false };
  const rebuilt = dictionaryForm(name, /[іїєґ]/u.test(text));
  return { name: rebuilt, rebuilt: rebuilt !== name };
}

/** Whose the description says the person is: a country in the genitive or a state's adjective. */
export function describedCountry(words: string[]): string | null {
  let country: string | null = null;
  for (const w of words) {
    const lower = w.toLowerCase();
    // A capitalised adjective of a state's name ("Российской Федерации", "Російської Федерації") says whose too.
    const stateAdjective = /(?:ск|цк|ськ|зьк)(?:ой|ого|ої|ого)$/u.test(w);
    country ??= /^\p{Lu}/u.test(w)
      ? (genitiveCountry(w) ?? (stateAdjective ? (adjectiveCountry('ru', lower) ?? adjectiveCountry('uk', lower)) : null))
      : (adjectiveCountry('ru', w) ?? adjectiveCountry('uk', w));
  }
  return country;
}

export function slavicInstrumentalMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Cyrillic}/u.test(text) || !MEETING_WORD.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(WITH_NAMED, text)) {
    let described = (m[1] ?? '').trim();
    let name = m[2] ?? '';
    let start = m.index + m[0].length - name.length;
    // A country in the genitive read into the name ("США Энтони", "Венесуэлы Николасом") belongs to the
    // description, and so does a state's formal name ("Социалистической Республики Вьетнам Буй Тхань Шоном").
    for (let lead = name.split(' ')[0] ?? ''; stateLead(lead, described); ) {
      described = `${described} ${lead}`.trim();
      start += lead.length + 1;
      NAME_AT.lastIndex = start;
      const again = NAME_AT.exec(text);
      // No name right after this word: the next may be the state's too.
      name = again?.[1] ?? '';
      lead = again?.[1] ? (name.split(' ')[0] ?? '') : (/^([\p{Lu}][\p{Ll}’'-]+)(?= )/u.exec(text.slice(start))?.[1] ?? '');
    }
    if (name === '') continue;
    // A body's or a place's words left before a declined name ("Совета Безопасности Рашидом Нургалиевым",
    // "в Республике Молдова Кевином Ковертом"): the name is the run that starts declined, the rest describes.
    const declined = declinedRun(text, start, name);
    if (declined) {
      described = `${described} ${text.slice(start, declined.at).trim()}`.trim();
      [start, name] = [declined.at, declined.name];
    }
    if (genitiveCountry(name.split(' ')[0] ?? '') && !INFLECTED.test(name.split(' ')[0] ?? '')) continue;
    // "с Президентом Беларуси": an office and the country it serves, no name.
    if (name.split(' ').length > 1 && genitiveCountry(name.split(' ').at(-1) ?? '')) continue;
    let end = start + name.length;
    // "с послом Кореи Ким Мин Су": an undeclined last word before another capitalised one is a name that
    // runs on undeclined ("Ким" only looks like an instrumental), not a name that ends here.
    if (!INFLECTED.test(name.split(' ').at(-1) ?? '') && /^ \p{Lu}\p{Ll}/u.test(text.slice(end))) continue;
    if (!free(start, end)) continue;
    // The verb of meeting is in the same sentence, before the preposition (an initial's stop, "С.В.Лаврова", ends none).
    const sentence =
      text
        .slice(Math.max(0, m.index - 200), m.index)
        .split(/(?<![\p{Lu}])[.!?]|\n/u)
        .at(-1) ?? '';
    if (!MEETING_WORD.test(sentence) && !MEETING_WORD.test(described)) continue;
    const words = described.split(' ').filter(Boolean);
    const country = describedCountry(words);
    const ukrainian = /[іїєґ]/u.test(text);
    const role = nominativeOffice(
      words.filter((w) => !/^(?:своим|своей|своїм|своєю)$/u.test(w) && !(country && genitiveCountry(w) === country)).join(' '),
      ukrainian,
    );
    const mention = (at: number, who: string): Mention => {
      const plain = plainForm(who, text);
      return {
        index: at,
        surface: text.slice(at, at + who.length),
        name: plain.name,
        ...(plain.rebuilt ? { alias: who } : {}),
        role: role === '' ? null : role,
        country,
        kind: 'named',
        how: plain.rebuilt
          ? `named as the one met, after "с" (Russian or Ukrainian), as '${who}': its dictionary form rebuilt`
          : 'named as the one met, after "с" (Russian or Ukrainian)',
      };
    };
    out.push([mention(start, name), end]);
    // "с ректором A, проректором по науке B и директором центра C": each one met after a comma or "и" with an
    // office of their own; after a comma only where that office is a noun in the instrumental, as the first's was.
    for (let more = 0; more < 8; more++) {
      AND_DESCRIBED.lastIndex = end;
      const next = AND_DESCRIBED.exec(text);
      if (!next?.[3] || !INFLECTED.test(next[3].split(' ')[0] ?? '')) break;
      const own = (next[2] ?? '').trim();
      if (next[1]?.startsWith(',') && !INSTRUMENTAL_NOUN.test(own.split(' ')[0] ?? '')) break;
      const at = end + next[0].length - next[3].length;
      const ownCountry = describedCountry(own.split(' '));
      const ownRole = own
        .split(' ')
        .filter((w) => !(ownCountry && genitiveCountry(w) === ownCountry))
        .join(' ');
      out.push([
        { ...mention(at, next[3]), role: nominativeOffice(ownRole, ukrainian), country: ownCountry },
        at + next[3].length,
      ]);
      end = at + next[3].length;
    }
    const second = AND_NAME.exec(text.slice(end));
    if (second?.[1] && /(?:ами|ями)$/u.test(words[0] ?? '')) {
      const at = end + second[0].indexOf(second[1]);
      end = at + second[1].length;
      out.push([{ ...mention(at, second[1]), country: null }, end]);
    }
  }
  return out;
}
