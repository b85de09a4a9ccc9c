// A Russian or Ukrainian personal name in the instrumental ("Борисом Грызловым", "Еленой
// Ивановой", "Дмитром Кулебою") back in its dictionary form, word by word, from the endings of
// given names and surnames. A rebuilt name is a reading, not the record's text: the caller keeps the
// written form beside it and says it was rebuilt.

/** Given names whose stem changes when declined: Павел → Павлом, Лев → Львом (Russian). */
const FLEETING: Record<string, string> = { Павлом: 'Павел', Львом: 'Лев', Петром: 'Пётр' };
/** Ukrainian given names in -о: Дмитро → Дмитром, Петро → Петром. */
const UKRAINIAN_O = /^(?:Дмитр|Петр|Павл|Михайл|Данил|Гаврил)ом$/u;

/** Nominative words that only look instrumental: masculine names in -ей/-ой, Korean "Ким", "Ли". */
const ALREADY = /^(?:Сергей|Алексей|Андрей|Матвей|Тимофей|Корней|Евсей|Толстой|Ким|Ли|Хом|Ом|Шойгу)$/u;

/** One word of a name in the instrumental, in its dictionary form (unchanged when it cannot tell). */
export function dictionaryWord(word: string, ukrainian = false): string {
  if (ALREADY.test(word)) return word;
  if (ukrainian && UKRAINIAN_O.test(word)) return word.replace(/ом$/u, 'о');
  const fleeting = FLEETING[word];
  if (fleeting) return fleeting;
  const rules: [RegExp, string][] = [
    // Surnames: -овым/-евым/-иным → -ов/-ев/-ин; -ским/-цким → -ский/-цкий (uk -ським → -ський).
    [/([ое]в|ин|ын)ым$/u, '$1'],
    // Ukrainian: -овим/-євим/-іним → -ов/-єв/-ін (Лавровим → Лавров).
    [/([оеє]в|ін|ин)им$/u, '$1'],
    [/([сц]к)им$/u, '$1ий'],
    [/([сц]ьк)им$/u, '$1ий'],
    // Feminine: -овой/-евой/-иной → -ова/-ева/-ина; -ской → -ская; (uk) -ською → -ська.
    [/([ое]в|ин|ын)ой$/u, '$1а'],
    [/([сц]к)ой$/u, '$1ая'],
    [/([сц]ьк)ою$/u, '$1а'],
    // -ою/-ею (uk and older ru): Кулебою → Кулеба, Марією → Марія.
    [/(\p{L})ою$/u, '$1а'],
    [/([аеиоуяюії])єю$/u, '$1я'],
    // Given names: -ией/-ией → -ия (Марией → Мария), -ьей → -ья (Натальей → Наталья), -ой → -а (Еленой → Елена).
    [/ией$/u, 'ия'],
    [/ьей$/u, 'ья'],
    [/(\p{L}{2})ой$/u, '$1а'],
    // -ием → -ий (Дмитрием), a vowel + -ем → -й (Андреем, Макеем, Николаем).
    [/([аеиоуяюэії])[еє]м$/u, '$1й'],
    // -рем → -рь in Russian (Игорем → Игорь); a hushing consonant + -ем drops it (Вучичем → Вучич).
    [/рем$/u, ukrainian ? 'р' : 'рь'],
    [/([жшчщц])ем$/u, '$1'],
    // Another consonant + -ем is a soft stem's: Вайлем → Вайль, Гоголем → Гоголь.
    [/([бвдзклмнпстфх])ем$/u, '$1ь'],
    // -ом, -ём after any consonant: Борисом → Борис, Фиданом → Фидан, Блинкеном → Блинкен.
    [/(\p{L}{2})[оё]м$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}

/** A whole name: each word rebuilt ("Борисом Грызловым" → "Борис Грызлов"; "Николасом Мадуро" → "Николас Мадуро"). */
export function dictionaryForm(name: string, ukrainian = false): string {
  return name
    .split(' ')
    .map((w) => dictionaryWord(w, ukrainian))
    .join(' ');
}
