// Polish, Czech, Slovak, Croatian, Serbian and Bulgarian told apart by the letters each writes
// (language.ts asks here once the script is known). A letter is counted against the text's length,
// so a Slavic name in an English or German story ("Łukasz", "Řihák") leaves the text as it was.
// Polish: ł ś ź ż ń; Czech: ř ě ů; Croatian and Serbian: ć đ beside č š ž; Slovak: č š ž ť ď ň ľ with
// its long vowels and none of the others. Croatian writes the "ije" of "prije", "predsjednik",
// "vrijeme" where Serbian writes "pre", "predsednik", "vreme" (and its own months, "svibnja").
// Cyrillic: Serbian and Macedonian letters (ј љ њ ћ ђ џ; ѓ ќ ѕ) and Macedonian's short words, Bulgarian by its
// frequent ъ and no ы/э.

import { countMatches } from './patterns.ts';

type Count = (re: RegExp) => number;
const counter =
  (text: string): Count =>
  (re) =>
    countMatches(re, text);

/** Croatian words (ijekavian spellings, its own months and words of office) against their Serbian twins. */
const CROATIAN =
  /(?<![\p{L}])(?:prije|tijekom|također|tko|vrijeme\p{L}*|predsjedni\p{L}*|veleposlani\p{L}*|priopć\p{L}*|tjed\p{L}*|mjesec\p{L}*|rekao|kazao|sijeć\p{L}*|siječ\p{L}*|veljač\p{L}*|ožuj\p{L}*|travanj\p{L}*|travnj\p{L}*|svibanj\p{L}*|svibnj\p{L}*|lipanj\p{L}*|lipnj\p{L}*|srpanj\p{L}*|srpnj\p{L}*|kolovoz\p{L}*|rujan\p{L}*|rujn\p{L}*|listopad\p{L}*|studen\p{L}*|prosin\p{L}*|vanjsk\p{L}*|općin\p{L}*|sjednic\p{L}*|uopće|nakon)(?![\p{L}])/giu;
const SERBIAN =
  /(?<![\p{L}])(?:pre|tokom|takođe|ko|šta|vreme\p{L}*|predsedni\p{L}*|ambasador\p{L}*|saopšt\p{L}*|nedelj\p{L}*|hiljad\p{L}*|posle|veoma|spoljn\p{L}*|januar\p{L}*|februar\p{L}*|mart[a]?|april\p{L}*|jun[a]?|jul[a]?|avgust\p{L}*|septemb\p{L}*|oktob\p{L}*|novemb\p{L}*|decemb\p{L}*|opštin\p{L}*|sednic\p{L}*)(?![\p{L}])/giu;

/** 'hr' or 'sr' for a Latin-script text in either: by Croatian's and Serbian's own spellings and words; `tie` when even. */
export function croatianOrSerbian(text: string, tie: 'hr' | 'sr'): 'hr' | 'sr' {
  const count = counter(text);
  const croatian = count(CROATIAN);
  const serbian = count(SERBIAN);
  return croatian === serbian ? tie : croatian > serbian ? 'hr' : 'sr';
}

/** The Latin-script Slavic language of a text, or null when its letters are not clearly one's. */
export function latinSlavic(text: string, letters: number): string | null {
  // Most texts hold none of the letters below: one cheap test before counting.
  if (!/[łśźżńřěůčšžćđľťď]/iu.test(text)) return null;
  const count = counter(text);
  if (count(/[łśźżń]/giu) > 0.006 * letters) return 'pl';
  if (count(/[řěů]/giu) > 0.006 * letters) return 'cs';
  const carons = count(/[čšž]/giu);
  if (count(/[ćđ]/giu) > 0.004 * letters && carons > 0.005 * letters) return croatianOrSerbian(text, 'sr');
  // Slovak: carons and its long vowels (Slovene writes no acute accents), none of the letters above.
  if (carons + count(/[ťďňľĺŕô]/giu) > 0.01 * letters && count(/[áéíóúý]/giu) > 0.02 * letters && count(/[ľĺŕôäťďň]/giu) > 0)
    return 'sk';
  return null;
}

/** A Cyrillic text's South Slavic language, or null for Russian. */
export function cyrillicSlavic(text: string, letters: number): string | null {
  const count = counter(text);
  if (count(/[ѓќѕЃЌЅ]/gu) > 0.002 * letters) return 'mk';
  // Macedonian without those letters: its "во" and "со" (Russian's and Bulgarian's "в", "с"; Serbian's "у", "са"),
  // its "е" (Serbian "је") and its pronouns "го", "ги"; never Russian's ы or э, nor Bulgarian's ъ.
  const macedonian = count(/(?<!\p{L})(?:во|со|е|го|ги|беше)(?!\p{L})/giu);
  if (
    macedonian >= 2 &&
    macedonian > count(/(?<!\p{L})(?:в|с|у|је|что|это)(?!\p{L})/giu) &&
    count(/[ыэъЫЭЪ]/gu) < 0.001 * letters
  )
    return 'mk';
  if (count(/[јљњћђџЈЉЊЋЂЏ]/gu) > 0.005 * letters) return 'sr';
  // Bulgarian writes ъ inside words ("във", "държава", "събота"), Russian seldom; Bulgarian has no ы or э.
  if (count(/ъ/giu) > 0.005 * letters && count(/[ыэЫЭ]/gu) < 0.001 * letters) return 'bg';
  return null;
}
