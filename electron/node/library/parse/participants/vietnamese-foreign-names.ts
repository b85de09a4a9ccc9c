// A foreigner the Vietnamese press calls by a courtesy word is often written the way the guest's
// own papers write the name, not as three Vietnamese syllables: the surname alone ("bà Bucken",
// "ông Takaki Chủ tịch Hội…"), hyphenated ("ngài Oh-Sae-Hyun, Thị trưởng"), with an initial ("ngài
// A.KurbaNov", "ngài S. Tuliagamov") or a Japanese surname in capitals ("ngài ITO Naoki"). A
// Vietnamese word is one syllable, so a single word that is not one is no Vietnamese given name
// ("ông Hùng" for "Nguyễn Văn Hùng" again) and no place's ("Bà Rịa", "Bà Chiểu").

import { fold } from '../text.ts';

/** One Vietnamese syllable with its marks folded away: onset, one to three vowels, a final consonant. */
const VI_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/u;

/** A capitalised word of the Latin alphabet that is not one Vietnamese syllable: "Bucken", "Takaki", "Schmid-Kreye". */
export const foreignWord = (word: string): boolean =>
  /^\p{Lu}[\p{L}\p{M}-]+$/u.test(word) && !VI_SYLLABLE.test(fold(word).toLowerCase().replace(/đ/gu, 'd').replace(/-/gu, ''));

/** An initial glued to the surname or spaced from it: "A.KurbaNov", "L.Guliamov", "S. Tuliagamov". */
const INITIALLED = /^\p{Lu}\.\s?\p{Lu}[\p{L}\p{M}-]+$/u;
/** A surname in capitals before the given name, as Japanese papers write it: "ITO Naoki". */
const CAPITAL_SURNAME = /^[A-Z]{2,}$/u;

/**
 * A name read after "ông", "bà" or "ngài" that the Vietnamese reading would drop as one word or as a body's acronym
 * ("S.", "ITO"), but that is a foreigner's name in the guest's own spelling.
 */
export function foreignCourtesyName(courtesy: string, name: string): boolean {
  if (!/^(?:ông|bà|ngài)$/iu.test(courtesy)) return false;
  if (INITIALLED.test(name)) return true;
  const words = name.split(' ');
  // "Thay mặt Đoàn, Ngài Ji": a word of two or three letters alone is a name cut short, not a surname.
  if (words.length === 1) return foreignWord(name) && name.replace(/-/gu, '').length >= 4;
  const [first, ...rest] = words;
  return words.length === 2 && CAPITAL_SURNAME.test(first ?? '') && rest.every(foreignWord);
}
