// Russian and Ukrainian write an office as a head noun and its complement in the genitive, then
// the name: "глава Центробанка Эльвира Набиуллина", "чрезвычайный и полномочный посол РФ в КНР
// Игорь Моргулов", "помощники президента РФ Максим Орешкин и Юрий Ушаков", "Міністр закордонних
// справ України Дмитро Кулеба". Only the nominative is read: a name in another case ("с
// Майком Помпео") would have to be rebuilt, and a rebuilt name is a guess.

import { adjectiveCountry, normalizeCountry } from '../../../../shared/countries.ts';
import { execAll } from '../patterns.ts';
import { sentenceBefore } from './context.ts';
import type { Mention } from './types.ts';

const HEADS = [
  // Russian
  'заместител[ьи] председателя',
  'зампредседателя',
  'председател[ьи]',
  'помощник(?:и)?',
  'советник(?:и)?',
  'посол',
  'послы',
  'постпред',
  'министр(?:ы)?',
  'глава',
  'главы',
  'директор',
  'руководител[ьи]',
  'президент',
  'вице-президент',
  'премьер-министр',
  'вице-премьер',
  'госсекретарь',
  'спикер',
  'генсек',
  'генеральный секретарь',
  'секретарь',
  'пресс-секретарь',
  'официальный представитель',
  'спецпредставитель',
  // "его сирийский коллега Бассам Саббаг": a counterpart names a side, not an office; the adjective before it says whose.
  'коллега',
  // The heads of regions and cities, who receive ambassadors and delegations as ministers do.
  'губернатор',
  'вице-губернатор',
  'мэр',
  // A university's heads and a consul, who receive and pay the visits of a town's partners.
  'ректор',
  'проректор',
  'декан',
  'генконсул',
  'генеральный консул',
  'консул',
  // Ukrainian
  'міністр',
  'голова',
  'радник',
  'помічник',
  'речник',
  'державний секретар',
  'держсекретар',
  'заступник(?: міністра)?',
  "прем[’']єр-міністр",
  'мер',
  'генеральний консул',
  'колега',
  // A city council's secretary and its executive committee's manager lead the council's delegations.
  'секретар',
  'керуючий справами',
];
const MODIFIER = '(?:(?:[Чч]резвычайный и полномочный|[Пп]ервый|[Сс]пециальный|[Нн]адзвичайний і повноважний|[Пп]ерший) )?';
const head = (h: string): string => h.replace(/^(\p{Ll})/u, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * A state's formal word opens no name: "Посол Республіки Індонезія в Україні пан Юдді Кріснанді" is the
 * envoy's state and posting, then the name, though "Республіки Індонезія" stands before a lower-case "в".
 */
const NOT_STATE = '(?!(?:Республик|Республі[кц]|Королевств|Королівств|Федераци|Федераці)\\p{L}* )';
const STATE_WORD = /^(?:Республик|Республі[кц]|Королевств|Королівств|Федераци|Федераці)/u;
const SLAVIC = new RegExp(
  `(?<![\\p{L}-])(${MODIFIER}(?:${HEADS.map(head).join('|')}))((?: [\\p{Ll}-]+| [\\p{Lu}][\\p{L}-]*| [гм]\\.\\s?[\\p{Lu}][\\p{L}-]*){0,5}?) ${NOT_STATE}([\\p{Lu}][\\p{Ll}’'-]+ [\\p{Lu}][\\p{Ll}’'-]+|\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}’'-]+)(?=[,.;:)]| \\p{Ll}| \\d| –| —| -|\\s*$)`,
  'gu',
);
/**
 * A verb in the words between the office and the name: the sentence went on ("Губернатор встретился с
 * мэром Москвы Сергеем Собяниным", "Мер зустрівся з мером …"), so the name is another person's, in
 * another case, and the words are no office. A reflexive past form or a meeting verb's past.
 */
const VERB =
  /^(?:\p{Ll}+(?:лся|лась|лись|лось|вся|лася|лися)|(?:встрети|провё|прове|приня|обсуди|подписа|посети|зустрі|прові|прийня|обговори|підписа|відвіда)\p{Ll}*)$/u;
/** A first word in an adjective's genitive ("Верховної", "Государственной", "Народного"): no given name ends so. */
const BODY_GENITIVE = /^\p{Lu}\p{Ll}+(?:ої|ого|ього|ной|ской|цкой|ської|цької) /u;
/** The word before an office that says its holder held it before: "бывший", "колишній", Bulgarian "досегашния". */
const FORMER = /(?<![\p{L}])(?:бывш|прежн|предыдущ|колишн|попередн|досегашн|бивш|предишн)\p{L}*\s+$/iu;
/** "и Юрий Ушаков": a second name after a plural title. */
const AND_NAME = /^ (?:и|і|та) ([\p{Lu}][\p{Ll}’'-]+ [\p{Lu}][\p{Ll}’'-]+)(?=[,.;:)]|\s|$)/u;
/** "От российской стороны …", "З української сторони …": whose delegation the list is. */
const SIDE = /(?<![\p{L}])(?:[Оо]т|[Зз]|[Сс]о?|[Вв]ід) (\p{Ll}+) сторон[ыи]/u;

/** A country in the genitive, by its dictionary form: "России" → Россия, "Китая" → Китай, "України" → Україна. */
export function genitiveCountry(word: string): string | null {
  const forms = [
    word,
    word.replace(/ии$/u, 'ия'),
    // Ukrainian: "Росії" → "Росія", "Туреччини" → "Туреччина".
    word.replace(/ії$/u, 'ія'),
    // Ukrainian -а nouns whose genitive, dative and locative end in -і: "Польщі" → "Польща", "в Україні" → "Україна".
    word.replace(/([^аеєиіїоуюя])і$/u, '$1а'),
    word.replace(/[иы]$/u, 'а'),
    word.replace(/я$/u, 'й'),
    // "Беларуси" → "Беларусь".
    word.replace(/и$/u, 'ь'),
    word.replace(/а$/u, ''),
    // Ukrainian masculine genitives: "В'єтнаму" → "В'єтнам", "Китаю" → "Китай".
    word.replace(/у$/u, ''),
    word.replace(/ю$/u, 'й'),
  ];
  for (const f of forms) {
    // Ukrainian writes its apostrophe three ways ("В'єтнам", "В’єтнам", "Вʼєтнам").
    const c = normalizeCountry(f) ?? (/['’]/u.test(f) ? normalizeCountry(f.replace(/['’]/gu, 'ʼ')) : null);
    if (c) return c;
  }
  return { РФ: 'Russia', КНР: 'China', США: 'United States', КНДР: "Democratic People's Republic of Korea" }[word] ?? null;
}

export function slavicMentions(text: string, free: (a: number, b: number) => boolean): [Mention, number][] {
  if (!/\p{Script=Cyrillic}/u.test(text)) return [];
  const out: [Mention, number][] = [];
  for (const m of execAll(SLAVIC, text)) {
    const title = m[1] ?? '';
    const words = (m[2] ?? '').trim().split(' ').filter(Boolean);
    const name = m[3] ?? '';
    let end = m.index + m[0].length;
    // "Голова Верховної Ради висловив…", "Председатель Государственной Думы заявил": a body in the genitive, no name.
    if (BODY_GENITIVE.test(name)) continue;
    if (words.some((w) => VERB.test(w))) continue;
    // "от прежнего консула", "колишній ректор": one who held the office before, not who holds it now.
    if (FORMER.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // "Посол Республики Корея в России Ли Сок Бэ": after a state's formal word, a capitalised word
    // right before the name that is no country nor the place after "в" is the name's own first word, cut off.
    // Only past a lower-case word after the state's ("в России"): "Республики Образцово Пётр Примеров" stays read.
    const before = words.at(-1) ?? '';
    const posted = /^(?:в|у|во)$/u.test(words.at(-2) ?? '');
    const state = words.findIndex((w) => STATE_WORD.test(w));
    if (
      state >= 0 &&
      words.slice(state + 1).some((w) => /^\p{Ll}/u.test(w)) &&
      /^\p{Lu}/u.test(before) &&
      !posted &&
      !genitiveCountry(before) &&
      !STATE_WORD.test(before)
    )
      continue;
    if (!free(m.index, end)) continue;
    // The country is a capitalised word of the complement; "в КНР" says where, not whose.
    let country: string | null = null;
    const role: string[] = [title];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] ?? '';
      if (/^(?:в|у|при)$/u.test(w)) break;
      const c: string | null =
        /^\p{Lu}/u.test(w) && country === null
          ? (genitiveCountry(w) ?? (/(?:ой|ей|ої)$/u.test(w) ? adjectiveCountry('ru', w.toLowerCase()) : null))
          : null;
      if (c) {
        country = c;
        // "Китайской Народной Республики": the rest of the country's name is not the office.
        while (/^\p{Lu}/u.test(words[i + 1] ?? '')) i++;
      } else {
        // "помощник российского лидера": a nationality adjective says whose, and stays in the role.
        if (country === null && /^\p{Ll}{5,}(?:ого|его|ой|ей|ої|ого)$/u.test(w))
          country = adjectiveCountry('ru', w) ?? adjectiveCountry('uk', w);
        role.push(w);
      }
    }
    const counterpart = /^[Кк]олл?ега$/u.test(title);
    if (counterpart && country === null) {
      const adjective = /(\p{Ll}{4,}(?:ий|ый|ой|ій)) $/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
      country = adjective ? (adjectiveCountry('ru', adjective) ?? adjectiveCountry('uk', adjective)) : null;
    }
    if (country === null) {
      const side = SIDE.exec(sentenceBefore(text, m.index))?.[1];
      country = side ? (adjectiveCountry('ru', side) ?? adjectiveCountry('uk', side)) : null;
    }
    const mention = (at: number, who: string): Mention => ({
      index: at,
      surface: text.slice(at, at === m.index ? end : at + who.length),
      name: who,
      role: counterpart ? null : role.join(' '),
      country,
      kind: 'named',
      how: 'named with a title (Russian or Ukrainian)',
    });
    out.push([mention(m.index, name), end]);
    const second = AND_NAME.exec(text.slice(end));
    if (second?.[1] && /и$|ы$|і$/u.test(title.split(' ').at(-1) ?? '')) {
      const at = end + second[0].indexOf(second[1]);
      end += second[0].length;
      out.push([mention(at, second[1]), end]);
    }
  }
  return out;
}
