// Where a full stop is an abbreviation's, not a sentence's end: "Assoc. Prof. Dr. Le Hoai Quoc", "tại TP. Biên Hòa",
// "z. B. Berlin", "dr. Budi", "MM. les maires". The date rules read a date with the meeting words of its own sentence, so a
// sentence cut at a title or a place's prefix parts a date from the meeting it tells.

/**
 * Common abbreviations of titles, offices, places and everyday phrases, per language, that stand before a name, a place
 * or a number and rarely end a sentence. A capitalised word of up to four letters ("Dr", "Gov", "Dept", "Prof") is one
 * by the sentence splitter's own rule; only the longer, the all-capital and the lower-case ones are listed.
 */
const ABBREVIATIONS = new Set([
  // English: associate, Messieurs; the Philippines' and Nigeria's engineer, barangay.
  'Assoc',
  'assoc',
  'Messrs',
  // Vietnamese: thành phố, thị xã, thị trấn, bác sĩ, kỹ sư, nhà xuất bản; "Tp." as well.
  'TP',
  'TX',
  'TT',
  'BS',
  'KS',
  'NXB',
  // French: Messieurs; German: stellvertretend, beziehungsweise, circa, vergleiche, gegebenenfalls, inklusive, Doktor.
  'MM',
  'Stellv',
  'stellv',
  'bzw',
  'ca',
  'vgl',
  'ggf',
  'inkl',
  'evtl',
  // Spanish and Portuguese: excelentísimo, ilustrísimo, licenciado, señores.
  'Excmo',
  'Excma',
  'Exmo',
  'Exma',
  'Ilmo',
  'Ilma',
  'Lcdo',
  'Lcda',
  'Licda',
  'Sres',
  'Sras',
  'Srta',
  // Titles written in lower case: Indonesian and Dutch doctor, engineer, Dutch sir/madam, Spanish, Italian.
  'dr',
  'drs',
  'dra',
  'drg',
  'ir',
  'prof',
  'dhr',
  'mevr',
  'mr',
  'sr',
  'sra',
  'dott',
  'sig',
  'ing',
  'lic',
  'vs',
]);

/** The word the full stop follows, with the letters before it up to a space or a stop: "Assoc", "Prof", "TP", "z". */
const LAST_WORD = /(?:^|[^\p{L}])(\p{L}+)$/u;

/**
 * The full stop at the end of `before` is an abbreviation's: a listed abbreviation ("Assoc", "TP", "bzw", "dr") or a
 * single lower-case letter ("z" of "z. B.", "a" of "u. a.").
 */
export function abbreviationBefore(before: string): boolean {
  const word = LAST_WORD.exec(before)?.[1];
  return word !== undefined && (ABBREVIATIONS.has(word) || /^\p{Ll}$/u.test(word));
}
