// Russian names a meeting's city in the prepositional case: "в Гамбурге", "в Нью-Йорке", "в Анталье",
// "в Горках". A desk officer files the city as it is called ("Гамбург"), so the case ending comes off
// by the grammar of the ending; the record itself says whether a name in -е is feminine ("Москвы",
// "Прага" elsewhere in the text). Ukrainian ("у Вашингтоні") has its own endings: ukrainian.ts.

/** Letters only Ukrainian writes: its case endings follow other rules. */
const UKRAINIAN = /[іїєґІЇЄҐ]/u;
const VOWELS = 'аеёиоуыэюяь';
const FEMININE_ENDINGS = ['а', 'ы', 'у', 'ой'];
/** After these a plural takes -и, not -ы ("Горках" → "Горки", "Каннах" → "Канны"). */
const SOFT_PLURAL = /[гкхжшчщ]$/u;

/** The name with its prepositional ending taken off; the name as written when its ending says nothing sure. */
export function russianNominative(name: string, text = ''): string {
  // Two words ("Большом Кремлевском дворце") decline as adjective and noun: left as written.
  if (/\s/.test(name) || UKRAINIAN.test(name) || !/\p{Script=Cyrillic}$/u.test(name)) return name;
  if (/ье$/u.test(name)) return `${name.slice(0, -1)}я`;
  if (/ии$/u.test(name)) return `${name.slice(0, -1)}я`;
  if (/ях$/u.test(name)) return `${name.slice(0, -2)}и`;
  if (/ах$/u.test(name)) {
    const stem = name.slice(0, -2);
    return stem + (SOFT_PLURAL.test(stem) ? 'и' : 'ы');
  }
  if (!/е$/u.test(name)) return name;
  const stem = name.slice(0, -1);
  const last = stem.at(-1) ?? '';
  if (last === '' || VOWELS.includes(last)) return name;
  // What the record itself writes elsewhere decides: the bare name, the name with its soft sign
  // ("Брюссель"), or a feminine form ("Москвы", "Прагу").
  const word = (form: string): boolean => text.includes(form) && new RegExp(`(?<![\\p{L}-])${form}(?![\\p{L}-])`, 'u').test(text);
  if (word(stem)) return stem;
  if (word(`${stem}ь`)) return `${stem}ь`;
  if (FEMININE_ENDINGS.some((e) => word(stem + e))) return `${stem}а`;
  // No Russian noun ends in a consonant and в ("Москв"): "в Москве" is feminine.
  if (/[^аеёиоуыэюяь]в$/u.test(stem)) return `${stem}а`;
  // "в Кремле", "в Сеуле": Кремль or Сеул, the ending cannot tell; left as written.
  if (last === 'л') return name;
  return stem;
}
