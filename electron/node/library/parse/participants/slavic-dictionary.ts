// A Russian or Ukrainian personal name in the instrumental ("Борисом Грызловым", "Еленой
// Ивановой", "Дмитром Кулебою") back in its dictionary form, word by word, from the endings of
// given names and surnames. A rebuilt name is a reading, not the record's text: the caller keeps the
// written form beside it and says it was rebuilt.

/** Given names whose stem changes when declined: Павел → Павлом, Лев → Львом (Russian). */
const FLEETING: Record<string, string> = { Павлом: 'Павел', Львом: 'Лев', Петром: 'Пётр' };
/** Ukrainian given names in -о: Дмитро → Дмитром, Петро → Петром. */
const UKRAINIAN_O = /^(?:Дмитр|Петр|Павл|Михайл|Данил|Гаврил)ом$/u;

/**
 * The consonants that end the stem of a Ukrainian surname in -ко (-енко, -чко, -шко) before
 * -ком; after a vowel, in "Вовком" or in a foreign "Майком", the к is the stem's own (Гнатюк, Вовк, Майк).
 */
const KO_SURNAME_INSTRUMENTAL = /\p{L}[нчшщж]ком$/u;
/** …and before -ка in the genitive (Шевченка, Кличка, Ляшка). */
const KO_SURNAME_GENITIVE = /\p{L}[нчшщж]ка$/u;

/** Nominative words that only look instrumental: masculine names in -ей/-ой, Korean "Ким", "Ли". */
const ALREADY = /^(?:Сергей|Алексей|Андрей|Матвей|Тимофей|Корней|Евсей|Толстой|Ким|Ли|Хом|Ом|Шойгу)$/u;

/** One word of a name in the instrumental, in its dictionary form (unchanged when it cannot tell). */
export function dictionaryWord(word: string, ukrainian = false): string {
  if (ALREADY.test(word)) return word;
  if (ukrainian && UKRAINIAN_O.test(word)) return word.replace(/ом$/u, 'о');
  // Ukrainian surnames in -ко (Шевченко, Кличко, Бойко) decline as -ком; after a vowel the к is the stem's (Гнатюком → Гнатюк).
  if (ukrainian && KO_SURNAME_INSTRUMENTAL.test(word)) return word.replace(/ом$/u, 'о');
  const fleeting = FLEETING[word];
  if (fleeting) return fleeting;
  const rules: [RegExp, string][] = [
    // Surnames: -овым/-евым/-иным → -ов/-ев/-ин; -ским/-цким → -ский/-цкий (uk -ським → -ський).
    [/([ое]в|ин|ын)ым$/u, '$1'],
    // Ukrainian: -овим/-євим/-іним → -ов/-єв/-ін (Лавровим → Лавров).
    [/([оеє]в|ін|ин)им$/u, '$1'],
    [/([сц]к)им$/u, '$1ий'],
    [/([сц]ьк)им$/u, '$1ий'],
    // Ukrainian adjectival surnames in -ний/-ній: Залужним → Залужний, Гнатюк stays (above).
    ...(ukrainian ? ([[/([^аеєиіїоуюя])ним$/u, '$1ний']] as [RegExp, string][]) : []),
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

/** Ukrainian given names in -о, in the genitive: Дмитра → Дмитро, Михайла → Михайло. */
const UKRAINIAN_O_GENITIVE = /^(?:Дмитр|Петр|Павл|Михайл|Данил|Гаврил)а$/u;
/** Given names whose stem changes when declined: Павла → Павел, Льва → Лев (Russian). */
const FLEETING_GENITIVE: Record<string, string> = { Павла: 'Павел', Льва: 'Лев', Петра: 'Пётр' };

/**
 * One word of a name in the genitive ("встреча … Сергея Лаврова", "Марины Ковтун", "Михайла
 * Добкіна") in its dictionary form; a word with no genitive ending (a surname that does not decline,
 * "Си") is left as written.
 */
export function genitiveDictionaryWord(word: string, ukrainian = false): string {
  if (ukrainian && UKRAINIAN_O_GENITIVE.test(word)) return word.replace(/а$/u, 'о');
  if (ukrainian && KO_SURNAME_GENITIVE.test(word)) return word.replace(/а$/u, 'о');
  const fleeting = ukrainian ? undefined : FLEETING_GENITIVE[word];
  if (fleeting) return fleeting;
  const rules: [RegExp, string][] = [
    // Adjectival surnames: -ского → -ский (uk -ського → -ський), -ого → -ой (Толстого).
    [/([сц]ь?к)ого$/u, '$1ий'],
    [/(\p{L}{2})ого$/u, '$1ой'],
    // Feminine surnames: -овой/-евой/-иной → -ова/-ева/-ина; -ской → -ская.
    [/([ое]в|ин|ын)ой$/u, '$1а'],
    [/([сц]к)ой$/u, '$1ая'],
    // Patronymics: -овича → -ович, -овны → -овна.
    [/(вич|ьич|ич)а$/u, '$1'],
    [/(вн)ы$/u, '$1а'],
    // -ии → -ия (Марии), -ьи → -ья (Натальи), -ия → -ий (Василия), uk -ія → -ій (Сергія).
    [/ии$/u, 'ия'],
    [/ьи$/u, 'ья'],
    [/ия$/u, 'ий'],
    [/ія$/u, 'ій'],
    // A vowel + -я → -й: Сергея → Сергей, Николая → Николай, Макея → Макей.
    [/([аеоуэюяиії])я$/u, '$1й'],
    // Игоря → Игорь (uk Ігоря → Ігор), Руденя → Рудень: a soft stem takes back its soft sign.
    [/ря$/u, ukrainian ? 'р' : 'рь'],
    [/(\p{L}[^аеёиоуыэюяіїєьйр])я$/u, '$1ь'],
    // Feminine -а names: Марины → Марина; after г, к, х, ж, ш, ч, щ (and in Ukrainian always) -и → -а.
    [/(\p{L}{2})ы$/u, '$1а'],
    [ukrainian ? /(\p{L}{2})и$/u : /(\p{L}[гкхжшчщ])и$/u, '$1а'],
    // Masculine consonant stems: Лаврова → Лавров, Дональда → Дональд, Добкіна → Добкін.
    [/(\p{L}{2}[^аеёиоуыэюяіїєьй])а$/u, '$1'],
  ];
  for (const [re, to] of rules) if (re.test(word)) return word.replace(re, to);
  return word;
}
