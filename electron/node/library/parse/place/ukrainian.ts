// Ukrainian names the place of a meeting in the locative ("у Києві", "в Одесі", "у Нью-Йорку",
// "у Вашингтоні", "в Анталії", "у Великій Британії") and a state after an envoy's title in the
// genitive or the locative ("посол Польщі", "в Україні"). A desk files the place as it is called
// ("Київ", "Нью-Йорк", "Велика Британія"), so the ending comes off where its grammar says how:
// -ії is -ія, a masculine -ові is -ів ("Львові"), -ку/-гу/-ху drop their -у ("Нью-Йорку"), a
// feminine adjective's -ій is -а ("Великій"), a neuter -стві is -ство ("Посольстві"), -і after a consonant drops unless the record itself
// writes the feminine form ("Одеса" beside "в Одесі"). Russian has its own rules (russian.ts);
// place.ts asks here only for a record written in Ukrainian (its letters і, ї, є, ґ).

import { normalizeCountry } from '../../../../shared/countries.ts';

/** Letters only Ukrainian writes among the Cyrillic languages desks read. */
export const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/u;

/** Cities whose locative no ending rule undoes (a vowel that alternates, a consonant that changes). */
const IRREGULAR: Record<string, string> = {
  Києві: 'Київ',
  Празі: 'Прага',
  Ризі: 'Рига',
  Гаазі: 'Гаага',
  Відні: 'Відень',
  Дніпрі: 'Дніпро',
  Брюсселі: 'Брюссель',
  Кишиневі: 'Кишинів',
};
/** Names that do not decline though they end as a locative does. */
const INDECLINABLE = /^(?:Тбілісі|Делі|Нью-Делі|Гельсінкі|Хельсінкі|Сочі|Малі|Чилі|Маямі|Баку|Абу-Дабі|Ханої|Шанхаї)$/u;
const VOWELS = 'аеєиіїоуюяь';

/** One word in its dictionary form, or null when its ending says nothing sure. */
function nominativeWord(word: string, text: string): string | null {
  if (INDECLINABLE.test(word)) return word;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/ії$/u.test(word)) return `${word.slice(0, -1)}я`;
  if (/ові$/u.test(word)) return `${word.slice(0, -3)}ів`;
  if (/[кгх]у$/u.test(word)) return word.slice(0, -1);
  // A feminine adjective before the noun: "Великій Британії", "Південній Кореї".
  if (/\p{Ll}{2}ій$/u.test(word)) return `${word.slice(0, -2)}а`;
  // "Кореї" → "Корея", "Китаї" → "Китай": a vowel before -ї.
  if (/[аеоуя]ї$/u.test(word)) {
    const stem = word.slice(0, -1);
    return writes(text, `${stem}я`) ? `${stem}я` : `${stem}й`;
  }
  if (!/і$/u.test(word)) return null;
  const stem = word.slice(0, -1);
  if (stem.length < 2 || VOWELS.includes(stem.at(-1) ?? '')) return null;
  // A state's name ("Україні", "Польщі", "Туреччині") or the record's own nominative decides: "Одеса", "Вашингтон".
  if (normalizeCountry(`${stem}а`) !== null || writes(text, `${stem}а`)) return `${stem}а`;
  if (writes(text, stem)) return stem;
  if (writes(text, `${stem}ь`)) return `${stem}ь`;
  // "Посольстві", "Консульстві", "Представництві": a neuter noun in -ство/-цтво, its locative -стві/-цтві.
  if (/[сц]тв$/u.test(stem)) return `${stem}о`;
  // "Варшаві", "Москві", "Женеві": no masculine name ends in -в but -ів, whose locative is -ові (above).
  if (/в$/u.test(stem) || /щ$/u.test(stem)) return `${stem}а`;
  // "Сеулі", "Кремлі": hard or soft, the ending cannot tell.
  if (/л$/u.test(stem)) return null;
  return stem;
}

const writes = (text: string, form: string): boolean =>
  text.includes(form) && new RegExp(`(?<![\\p{L}’'-])${form}(?![\\p{L}’'-])`, 'u').test(text);

/** The place's own name, each word undone; the name as written when a word cannot be. */
export function ukrainianNominative(name: string, text = ''): string {
  if (!/\p{Script=Cyrillic}$/u.test(name)) return name;
  const words = name.split(' ').map((w) => nominativeWord(w, text));
  return words.every((w) => w !== null) ? words.join(' ') : name;
}

/** A meeting still to come in Ukrainian: "пройдуть у Києві", "відбудеться", "зустрінеться", "відвідає". */
export const UKRAINIAN_UPCOMING =
  /(?<![\p{L}])(?:відбудеться|відбудуться|пройде|пройдуть|проведе|проведуть|зустрінеться|зустрінуться|прибуде|прибудуть|відвідає|відвідають|заплановано|запланована|запланований|заплановані)(?![\p{L}])/iu;
