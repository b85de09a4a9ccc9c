// Ukrainian and Russian official writing sets a surname in capitals after the given name: "міський голова
// Миргорода Сергій СОЛОМАХА", "зустріч зі Світланою КРИВЕНКО", "посол ЮАР Кристиан Рабие БОТА". The readers of
// Cyrillic names know a name by its capitalised words; a surname all in capitals is read as they are, written
// with its first letter only (the same length, so every offset holds). An initialism stays as it is: three
// letters or fewer ("США", "ООН"), a run of consonants ("ОДКБ", "ЄБРР"), or one of those spoken as a word ("НАТО", "НАБУ").

/** A capitalised Cyrillic word (the given name), a space, then a word of four capitals or more (the surname). */
const UPPER_SURNAME =
  /(?<![\p{L}\p{M}’'-])(\p{Lu}[\p{Ll}’']{2,}(?:-\p{Lu}[\p{Ll}’']+)? )(\p{Lu}{4,}(?:-\p{Lu}{2,})?)(?![\p{L}\p{M}])/gu;

const CYRILLIC_UPPER_RUN = /\p{Script=Cyrillic}\p{Lu}{3}/u;

/** Initialisms read as a word, which a surname's rule would take for one. */
const SPOKEN_INITIALISMS = new Set(
  (
    'НАТО НАБУ ОБСЄ ОБСЕ ЮНЕСКО ЮНІСЕФ ЮНИСЕФ ОПЕК АСЕАН ФІФА ФИФА УЄФА УЕФА НАСА ІДІЛ ИГИЛ ХАМАС МАГАТЕ ПАРЄ ПАСЕ ' +
    'ЄАЕС ЕАЭС БРИКС ГУАМ ПРООН ЮНЕП ЮНКТАД ЕКОВАС АТЕС АСЕМ НАФТА ФАТФ ФРОНТЕКС ЄВРОПОЛ ЕВРОПОЛ ІНТЕРПОЛ ИНТЕРПОЛ ' +
    'КМДА ЦВК НКРЕКП НАЗК НАДС РНБО СНБО ГУР СЗР ДСНС МОЗ ЗСУ ДПСУ'
  ).split(' '),
);

const VOWEL = /[АЕЁИІЇОУЫЭЮЯЄ]/u;

/** A word of capitals that reads as a surname, not an initialism: it has vowels between its consonants. */
function surnameLike(word: string): boolean {
  if (!/^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)?$/u.test(word) || SPOKEN_INITIALISMS.has(word)) return false;
  let consonants = 0;
  for (const c of word) {
    if (c === '-' || c === 'Ь' || c === 'Ъ' || c === 'Й') {
      consonants = 0;
      continue;
    }
    consonants = VOWEL.test(c) ? 0 : consonants + 1;
    if (consonants >= 3) return false;
  }
  return VOWEL.test(word);
}

const titleCase = (word: string): string =>
  word
    .split('-')
    .map((w) => (w[0] ?? '') + w.slice(1).toLowerCase())
    .join('-');

/** The text with each Cyrillic surname written in capitals after a given name written in title case ("Сергій Соломаха"). */
export function titleCaseUpperSurnames(text: string): string {
  if (!CYRILLIC_UPPER_RUN.test(text)) return text;
  return text.replace(UPPER_SURNAME, (all, given: string, surname: string) =>
    /^\p{Script=Cyrillic}/u.test(given) && surnameLike(surname) ? given + titleCase(surname) : all,
  );
}
